package io.coproduce.reporting.safeguarding;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.safeguarding.SafeguardingPolicy;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.ReportId;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The standard safeguarding report: how many sessions were checked and with what outcome, the
 * blockers, warnings and advice the session checker raised by rule (each with its source), and
 * the supervising adults whose vetting needs attention (an enhanced check with a barred-list check
 * now needed because their pattern of work meets the frequency test; a renewal overdue; a renewal
 * falling due within the host's window). Figures about sessions and adults are counts, so
 * disclosure control protects them. Stateless and thread-safe.
 *
 * <p>Dates are read on the UK's clock ({@link FrequencyTest#UK}) at the instant the report is as
 * of. A renewal is due once a check is older than the policy's renewal period ({@link
 * io.coproduce.participation.vetting.VettingCheck#isOlderThan}); it falls due within {@code N}
 * days when it is not yet older on the day of the report but will be on the day {@code N} days
 * later.
 */
public final class SafeguardingReport {

  /** The report's id. */
  public static final ReportId ID = ReportId.of("safeguarding");

  /** The id of the table of session outcomes. */
  public static final TableId SESSIONS = TableId.of("safeguarding-sessions");

  /** The id of the table of findings by rule. */
  public static final TableId FINDINGS = TableId.of("safeguarding-findings-by-rule");

  /** The id of the table of vetting checks needing attention. */
  public static final TableId VETTING = TableId.of("safeguarding-vetting-due");

  /** The rule sorting a checked session by its most serious finding. */
  public static final Reason OUTCOME_RULE = Reason.of("report.safeguarding.outcome",
      "A checked session is blocked when any finding blocks it, has warnings when a finding is a"
          + " warning and none blocks, and is clear otherwise (advice alone leaves it clear)",
      RuleSource.libraryDefault("Coproduce safeguarding report: sessions by their most serious finding"));

  /** The rule for an enhanced check now needed, from the frequency test. */
  public static final Reason ENHANCED_NEEDED_RULE = Reason.of("report.safeguarding.enhanced-check-needed",
      "An adult whose work with children, past and planned, meets the frequency test is in regulated"
          + " activity and needs an enhanced check with a check of the Children's Barred List",
      FrequencyTest.SOURCE);

  /** The rule for a renewal overdue or falling due, from the organisation's renewal period. */
  public static final Reason RENEWAL_RULE = Reason.of("report.safeguarding.renewal",
      "A check older than the organisation's renewal period is due for renewal; one that will be"
          + " older within the window falls due within it",
      SafeguardingPolicy.LIBRARY);

  /** The longest window, in days, a host may ask about. */
  public static final int MAX_WINDOW_DAYS = 3660;

  static final String CLEAR = "Clear";
  static final String WARNINGS = "Warnings only";
  static final String BLOCKED = "Blocked";
  static final String ENHANCED_NEEDED = "Enhanced check with barred list now needed";
  static final String RENEWAL_OVERDUE = "Renewal overdue";
  static final String RENEWAL_SOON = "Renewal due within the window";

  private SafeguardingReport() {}

  /**
   * The safeguarding report as of {@code asOf}.
   *
   * @param checks the session checks to count (the host chooses which: a period's sessions,
   *     say); no session twice
   * @param adults the supervising adults whose vetting to review; no adult twice
   * @param policy the safeguarding policy (for the renewal period)
   * @param asOf the instant the report is as of
   * @param windowDays how many days ahead to look for renewals falling due, 0 to {@value
   *     #MAX_WINDOW_DAYS}
   * @throws InvalidInputException naming {@code checks}, {@code adults} or {@code windowDays}
   *     when a session or adult appears twice or the window is out of range
   */
  public static Report of(Collection<SessionCheck> checks, Collection<AdultVetting> adults,
      SafeguardingPolicy policy, Instant asOf, int windowDays) {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(adults, "adults");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
      throw InvalidInputException.of("windowDays", "must be 0 to " + MAX_WINDOW_DAYS, windowDays);
    }
    Set<SessionId> sessions = new HashSet<>();
    for (SessionCheck c : checks) {
      Objects.requireNonNull(c, "check");
      if (!sessions.add(c.session())) {
        throw InvalidInputException.of("checks", "must not hold two checks of the same session", c.session());
      }
    }
    Set<PersonId> seen = new HashSet<>();
    for (AdultVetting a : adults) {
      Objects.requireNonNull(a, "adult");
      if (!seen.add(a.adult())) {
        throw InvalidInputException.of("adults", "must not list the same adult twice", a.adult());
      }
    }
    LocalDate day = LocalDate.ofInstant(asOf, FrequencyTest.UK);
    List<Section> sections = List.of(sessions(checks), findings(checks),
        vetting(adults, policy, day, windowDays, FrequencyTest.UK));
    return Report.of(ID, "Safeguarding",
        "Sessions checked before they ran, what the checks found by rule, and the vetting checks"
            + " of supervising adults that need attention.",
        asOf, sections);
  }

  private static Section sessions(Collection<SessionCheck> checks) {
    long blocked = 0;
    long warned = 0;
    long clear = 0;
    for (SessionCheck c : checks) {
      if (c.blocks()) {
        blocked++;
      } else if (!c.findings(Severity.WARNING).isEmpty()) {
        warned++;
      } else {
        clear++;
      }
    }
    Table table = Table.builder(SESSIONS, "Sessions checked, by outcome")
        .description("Each checked session counted once, by its most serious finding.")
        .columns(Column.dimension("outcome", "Outcome"), Column.count("sessions_count", "Sessions"))
        .row(key(CLEAR), count(clear))
        .row(key(WARNINGS), count(warned))
        .row(key(BLOCKED), count(blocked))
        .row(total(), count(clear + warned + blocked))
        .build();
    return Section.charted("Sessions checked",
        "Every session plan is checked before it runs; a blocked session may not run as planned.",
        table, Chart.bar("outcome", "Bar chart of checked sessions by outcome: clear, warnings only, blocked.",
            "sessions_count"),
        List.of(OUTCOME_RULE));
  }

  private static Section findings(Collection<SessionCheck> checks) {
    Map<String, long[]> byRule = new TreeMap<>();
    Map<String, RuleSource> sources = new TreeMap<>();
    for (SessionCheck c : checks) {
      for (Finding f : c.findings()) {
        byRule.computeIfAbsent(f.rule(), r -> new long[3])[f.severity().ordinal()]++;
        sources.putIfAbsent(f.rule(), f.reason().source());
      }
    }
    Table.Builder b = Table.builder(FINDINGS, "Findings by rule")
        .description("Findings the session checker raised, by rule and severity.")
        .columns(Column.dimension("rule", "Rule"),
            Column.count("blocker_count", "Blockers"),
            Column.count("warning_count", "Warnings"),
            Column.count("advice_count", "Advice"),
            Column.sumOf("findings_count", "All findings", "blocker_count", "warning_count", "advice_count"),
            Column.text("source", "Source"));
    long[] all = new long[3];
    List<Reason> rules = new ArrayList<>();
    for (Map.Entry<String, long[]> e : byRule.entrySet()) {
      long[] n = e.getValue();
      b.row(key(e.getKey()), count(n[0]), count(n[1]), count(n[2]), count(n[0] + n[1] + n[2]),
          Cell.text(sources.get(e.getKey()).toString()));
      for (int i = 0; i < 3; i++) {
        all[i] += n[i];
      }
      rules.add(Reason.of(e.getKey(), "Findings of this session-checker rule", sources.get(e.getKey())));
    }
    b.row(total(), count(all[0]), count(all[1]), count(all[2]), count(all[0] + all[1] + all[2]), Cell.empty());
    return Section.charted("Findings by rule",
        "What the checks found, by the rule that raised it; each rule names its source.",
        b.build(), Chart.bar("rule", "Bar chart of blockers and warnings by rule.", "blocker_count", "warning_count"),
        rules);
  }

  private static Section vetting(Collection<AdultVetting> adults, SafeguardingPolicy policy, LocalDate day,
      int windowDays, ZoneId zone) {
    long enhanced = 0;
    long overdue = 0;
    long soon = 0;
    LocalDate horizon = day.plusDays(windowDays);
    for (AdultVetting a : adults) {
      if (FrequencyTest.of(a.work(), zone).isRegulatedActivity()
          && !a.check().meetsOn(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, day)) {
        enhanced++;
      }
      if (a.check().isOlderThan(policy.vettingRenewal(), day)) {
        overdue++;
      } else if (a.check().isOlderThan(policy.vettingRenewal(), horizon)) {
        soon++;
      }
    }
    Table table = Table.builder(VETTING, "Vetting checks needing attention")
        .description("Supervising adults reviewed; one adult may need more than one thing, so the rows do not add up.")
        .columns(Column.dimension("need", "What is needed"), Column.count("adults_count", "Adults"))
        .row(key(ENHANCED_NEEDED), count(enhanced))
        .row(key(RENEWAL_OVERDUE), count(overdue))
        .row(key(RENEWAL_SOON), count(soon))
        .build();
    return Section.of("Vetting checks due",
        "Adults whose pattern of work now needs an enhanced check with a barred-list check, and"
            + " checks overdue for renewal or falling due within the window.",
        table, List.of(ENHANCED_NEEDED_RULE, RENEWAL_RULE));
  }
}
