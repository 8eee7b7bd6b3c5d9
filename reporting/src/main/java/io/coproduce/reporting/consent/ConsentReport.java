package io.coproduce.reporting.consent;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;

import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.Finding;
import io.coproduce.consent.gate.FindingKind;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.gate.ReconsentDue;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.policy.ConsentSources;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.ReportId;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The standard consent report, computed from what the consent gate answers for every young person
 * in scope and every purpose at one instant. Figures about young people are counts, so disclosure
 * control protects them; a young person is counted once per purpose. Stateless and thread-safe.
 *
 * <h2>Tables</h2>
 *
 * <ul>
 *   <li><b>Coverage</b> ({@value #COVERAGE_ID}): per purpose, the young people in scope sorted
 *       into exactly one standing, the first that applies: <em>allowed</em> (the gate allows the
 *       purpose); <em>withdrawn</em> (their withdrawal, or someone's revocation, blocks it);
 *       <em>refused</em> (a refusal or the child's dissent blocks it); <em>expired</em>;
 *       <em>re-consent needed</em> (since a birthday, a new information sheet, or an
 *       invalidation); <em>other</em> (nothing decided yet, consent or assent missing, deferred,
 *       not yet valid, holders disagree). Coverage is allowed out of all in scope.
 *   <li><b>Expiring</b> ({@value #EXPIRING_ID}): per purpose, the young people allowed now whose
 *       consent ends within the window: the earliest end among the grants the decision rests on
 *       falls at or before {@code asOf} plus the window's days (exactly that many days counts).
 *   <li><b>Re-consent due</b> ({@value #RECONSENT_ID}): per purpose, the young people who reach an
 *       age at which the decision becomes theirs on a day after the report's day and within the
 *       window, while the consent rests on someone else's ({@link ConsentGate#reconsentDue}); those
 *       whose birthday has come (the report's day included), so the gate asks for their own
 *       consent now; and those whose consent rested on an information sheet changed materially
 *       since.
 * </ul>
 *
 * <p>No table has a total over purposes: a young person appears once per purpose, so a sum over
 * purposes would count decisions, not people.
 */
public final class ConsentReport {

  /** The report's id. */
  public static final ReportId ID = ReportId.of("consent");

  /** The id of the coverage table. */
  public static final String COVERAGE_ID = "consent-coverage";

  /** The id of the table of consents expiring within the window. */
  public static final String EXPIRING_ID = "consent-expiring";

  /** The id of the table of re-consent due. */
  public static final String RECONSENT_ID = "consent-reconsent-due";

  /** The longest window, in days, a host may ask about. */
  public static final int MAX_WINDOW_DAYS = 3660;


  /** The rule defining coverage. */
  public static final Reason COVERAGE_RULE = Reason.of("report.consent.coverage",
      "Coverage is the share of young people in scope for whom the consent gate allows the purpose at"
          + " the instant of the report; the others are sorted by the first blocking finding:"
          + " withdrawn, refused, expired, re-consent needed, other",
      ConsentSources.DPV_STATUS);

  /** The rule defining a consent expiring within the window. */
  public static final Reason EXPIRING_RULE = Reason.of("report.consent.expiring",
      "A consent allowed now expires within the window when the earliest end among the grants it"
          + " rests on is at most the window's days after the instant of the report",
      FindingKind.EXPIRED.source());

  /** The rule for re-consent at an age transition. */
  public static final Reason AGE_TRANSITION_RULE = Reason.of("report.consent.reconsent-age",
      "When a young person reaches an age at which a decision becomes theirs, consent that rested on"
          + " someone else's authority must be re-confirmed by them: listed ahead of the birthday,"
          + " needed from it",
      FindingKind.RECONSENT_AFTER_AGE_TRANSITION.source());

  /** The rule for re-consent after a material change of the information sheet. */
  public static final Reason MATERIAL_CHANGE_RULE = Reason.of("report.consent.reconsent-material",
      "A new major version of the information sheet a consent rested on invalidates it; a minor"
          + " correction does not",
      ConsentSources.MATERIAL_CHANGE);

  private static final int ALLOWED = 0;
  private static final int WITHDRAWN = 1;
  private static final int REFUSED = 2;
  private static final int EXPIRED = 3;
  private static final int RECONSENT = 4;
  private static final int OTHER = 5;

  private ConsentReport() {}

  /**
   * The consent report as of {@code asOf}.
   *
   * @param gate the consent gate to ask
   * @param ledger the ledger the gate reads (for the validity of the grants a decision rests on)
   * @param inScope the young people in scope; no one twice
   * @param purposes the purposes to report on, in order; at least one, none twice
   * @param asOf the instant the report is as of
   * @param windowDays how many days ahead to look for expiries and birthdays, 0 to {@value
   *     #MAX_WINDOW_DAYS}
   * @throws InvalidInputException naming {@code inScope}, {@code purposes} or {@code windowDays}
   */
  public static Report of(ConsentGate gate, ConsentLedger ledger, Collection<Person> inScope,
      List<Purpose> purposes, Instant asOf, int windowDays) {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(inScope, "inScope");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(asOf, "asOf");
    if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
      throw InvalidInputException.of("windowDays", "must be 0 to " + MAX_WINDOW_DAYS, windowDays);
    }
    if (purposes.isEmpty()) {
      throw InvalidInputException.of("purposes", "must name at least one purpose", null);
    }
    Map<Purpose, Integer> index = new HashMap<>();
    for (Purpose p : purposes) {
      Objects.requireNonNull(p, "purpose");
      if (index.put(p, index.size()) != null) {
        throw InvalidInputException.of("purposes", "must not name the same purpose twice", p);
      }
    }
    Set<PersonId> seen = new HashSet<>();
    for (Person p : inScope) {
      Objects.requireNonNull(p, "person");
      if (!seen.add(p.id())) {
        throw InvalidInputException.of("inScope", "must not list the same young person twice", p.id());
      }
    }
    int n = purposes.size();
    long[][] standing = new long[n][6];
    long[] expiring = new long[n];
    long[] birthdayPassed = new long[n];
    long[] sheetChanged = new long[n];
    Instant horizon = asOf.plus(Duration.ofDays(windowDays));
    for (Person person : inScope) {
      ConsentCheck check = gate.check(person, purposes, asOf);
      List<ConsentEvent> events = null;
      for (int i = 0; i < n; i++) {
        PurposeDecision d = check.decision(purposes.get(i));
        standing[i][standingOf(d)]++;
        if (d.has(FindingKind.RECONSENT_AFTER_AGE_TRANSITION)) {
          birthdayPassed[i]++;
        }
        if (d.has(FindingKind.RECONSENT_AFTER_MATERIAL_CHANGE)) {
          sheetChanged[i]++;
        }
        if (d.allowed()) {
          if (events == null) {
            events = ledger.eventsOf(person.id(), asOf);
          }
          Instant end = earliestEnd(d, events);
          if (end != null && !end.isAfter(horizon)) {
            expiring[i]++;
          }
        }
      }
    }
    long[] ahead = new long[n];
    LocalDate today = LocalDate.ofInstant(asOf, gate.policy().zone());
    if (windowDays > 0) {
      Set<String> counted = new HashSet<>();
      for (ReconsentDue due : gate.reconsentDue(inScope, today.plusDays(1), today.plusDays(windowDays))) {
        Integer i = index.get(due.purpose());
        if (i != null && counted.add(due.subject().value() + '\u0000' + i)) {
          ahead[i]++;
        }
      }
    }
    List<Section> sections = List.of(
        coverage(purposes, standing),
        expiring(purposes, expiring),
        reconsent(purposes, ahead, birthdayPassed, sheetChanged));
    return Report.of(ID, "Consent",
        "Consent coverage per purpose for the young people in scope, refusals and withdrawals,"
            + " consents expiring soon, and re-consent due from birthdays and new information sheets.",
        asOf, sections);
  }

  static int standingOf(PurposeDecision d) {
    if (d.allowed()) {
      return ALLOWED;
    }
    if (d.has(FindingKind.WITHDRAWN) || d.has(FindingKind.REVOKED)) {
      return WITHDRAWN;
    }
    if (d.has(FindingKind.REFUSED_BY_YOUNG_PERSON) || d.has(FindingKind.REFUSED_BY_SURROGATE)
        || d.has(FindingKind.DISSENTED)) {
      return REFUSED;
    }
    if (d.has(FindingKind.EXPIRED)) {
      return EXPIRED;
    }
    if (d.has(FindingKind.RECONSENT_AFTER_AGE_TRANSITION) || d.has(FindingKind.RECONSENT_AFTER_MATERIAL_CHANGE)
        || d.has(FindingKind.INVALIDATED)) {
      return RECONSENT;
    }
    return OTHER;
  }

  /** The earliest end among the grants an allowed decision rests on, or null when none ends. */
  private static Instant earliestEnd(PurposeDecision d, List<ConsentEvent> events) {
    Instant earliest = null;
    for (Finding f : d.findings()) {
      if (f.kind() != FindingKind.OWN_CONSENT && f.kind() != FindingKind.SURROGATE_CONSENT) {
        continue;
      }
      if (f.restsOn().isEmpty()) {
        continue;
      }
      for (ConsentEvent e : events) {
        if (e.id().equals(f.restsOn().get()) && e.validity() != null) {
          Instant until = e.validity().until();
          if (until != null && (earliest == null || until.isBefore(earliest))) {
            earliest = until;
          }
        }
      }
    }
    return earliest;
  }

  private static Section coverage(List<Purpose> purposes, long[][] standing) {
    Table.Builder b = Table.builder(TableId.of(COVERAGE_ID), "Consent coverage by purpose")
        .description("Young people in scope by the standing of their consent for each purpose.")
        .columns(Column.dimension("purpose", "Purpose"),
            Column.count("allowed_count", "Allowed"),
            Column.count("withdrawn_count", "Withdrawn"),
            Column.count("refused_count", "Refused"),
            Column.count("expired_count", "Expired"),
            Column.count("reconsent_count", "Re-consent needed"),
            Column.count("other_count", "Not yet decided or incomplete"),
            Column.sumOf("in_scope_count", "In scope", "allowed_count", "withdrawn_count", "refused_count",
                "expired_count", "reconsent_count", "other_count"),
            Column.percent("coverage", "Coverage (%)", "allowed_count", "in_scope_count"));
    for (int i = 0; i < purposes.size(); i++) {
      long[] s = standing[i];
      long all = 0;
      List<Cell> row = new ArrayList<>();
      row.add(key(purposes.get(i).describe()));
      for (long v : s) {
        row.add(count(v));
        all += v;
      }
      row.add(count(all));
      row.add(all == 0 ? Cell.empty() : Cell.number(100.0 * s[ALLOWED] / all));
      b.row(row);
    }
    return Section.charted("Coverage by purpose",
        "For each purpose, how many young people in scope may take part in it now, and why the others may not.",
        b.build(), Chart.bar("purpose", "Bar chart of consent coverage, in per cent, for each purpose.", "coverage"),
        List.of(COVERAGE_RULE));
  }

  private static Section expiring(List<Purpose> purposes, long[] expiring) {
    Table.Builder b = Table.builder(TableId.of(EXPIRING_ID), "Consents expiring within the window")
        .description("Young people allowed now whose consent for the purpose ends within the window.")
        .columns(Column.dimension("purpose", "Purpose"), Column.count("expiring_count", "Expiring"));
    for (int i = 0; i < purposes.size(); i++) {
      b.row(key(purposes.get(i).describe()), count(expiring[i]));
    }
    return Section.of("Expiring soon",
        "Consents that will end by themselves within the window: ask in good time whether to renew them.",
        b.build(), List.of(EXPIRING_RULE));
  }

  private static Section reconsent(List<Purpose> purposes, long[] ahead, long[] passed, long[] sheet) {
    Table.Builder b = Table.builder(TableId.of(RECONSENT_ID), "Re-consent due")
        .description("Young people who must give their own consent again, by cause.")
        .columns(Column.dimension("purpose", "Purpose"),
            Column.count("birthday_ahead_count", "Birthday within the window"),
            Column.count("birthday_passed_count", "Since a birthday"),
            Column.count("sheet_changed_count", "Since a new information sheet"));
    for (int i = 0; i < purposes.size(); i++) {
      b.row(key(purposes.get(i).describe()), count(ahead[i]), count(passed[i]), count(sheet[i]));
    }
    return Section.charted("Re-consent due",
        "Consents resting on someone else's authority before a birthday at which the decision becomes"
            + " the young person's, and consents resting on an information sheet that has changed.",
        b.build(), Chart.bar("purpose", "Bar chart of re-consent due for each purpose, by cause.",
            "birthday_ahead_count", "birthday_passed_count", "sheet_changed_count"),
        List.of(AGE_TRANSITION_RULE, MATERIAL_CHANGE_RULE));
  }
}
