package io.coproduce.examples.training;

import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.examples.scenario.ActivityFact;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScheduledSession;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.quality.HeldSession;
import io.coproduce.participation.quality.Initiator;
import io.coproduce.participation.quality.ParticipationQuality;
import io.coproduce.participation.quality.QualityFacts;
import io.coproduce.participation.quality.QualityScope;
import io.coproduce.participation.safeguarding.SafeguardingPolicy;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.Recurrence;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.participation.vetting.WorkWithChildren;
import io.coproduce.reporting.aggregate.ActivityEvent;
import io.coproduce.reporting.aggregate.ActivityKind;
import io.coproduce.reporting.consent.ConsentReport;
import io.coproduce.reporting.influence.InfluenceReport;
import io.coproduce.reporting.influence.InfluenceTally;
import io.coproduce.reporting.quality.QualityReport;
import io.coproduce.reporting.quality.QualityResult;
import io.coproduce.reporting.reach.EquityPolicy;
import io.coproduce.reporting.reach.ReachReport;
import io.coproduce.reporting.reach.ReachTally;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.safeguarding.AdultVetting;
import io.coproduce.reporting.safeguarding.SafeguardingReport;
import io.coproduce.reporting.strategy.StrategyReport;
import io.coproduce.participation.workmap.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds every standard report of the reporting module from a scenario, its consent ledger and
 * the checks of its sessions, all as of the scenario's reference instant. Stateless.
 *
 * <p>How the scenario's facts are read, and the assumptions made where the scenario is silent:
 *
 * <ul>
 *   <li><b>Reach</b>: every {@link ActivityFact} becomes an {@link ActivityEvent} (attending a
 *       session is {@link ActivityKind#TOOK_PART}, contributing {@link ActivityKind#CONTRIBUTED})
 *       with the person's age band on the day; compared against {@link SyntheticPopulation} under
 *       the library's default equity policy.
 *   <li><b>Influence</b>: the scenario's voice record, with every young person of the scenario
 *       as the records of who is a young person.
 *   <li><b>Consent</b>: every young person of the scenario, for the four purposes the scenario
 *       records consent for ({@link #PURPOSES}), with a window of {@value #WINDOW_DAYS} days.
 *   <li><b>Safeguarding</b>: the check of every session; the supervising adults of every session
 *       with their check and, as their work with children, every session they were at (past and
 *       planned) where a child may be present, weekly when the session is one of a weekly series,
 *       supervised when the plan names a supervisor holding an enhanced check with the barred
 *       list; plus any history the plan records.
 *   <li><b>Quality</b>: one assessment per co-production process (the forums and the checked
 *       sessions that served it) and one per forum that held sessions. Who initiated each is not
 *       recorded in the scenario, so it is {@link Initiator#UNKNOWN} (read as adult-initiated, the
 *       protective reading). The people's records are the forums' members and everyone the
 *       session plans name.
 *   <li><b>Strategy</b>: {@link CoalitionWork}'s fictional progress and work map, gaps sought
 *       UK-wide, days read in the UK.
 * </ul>
 */
public final class TrainingReports {

  /** The purposes the scenario records consent for, in the order the consent report lists them. */
  public static final List<Purpose> PURPOSES = List.of(Purpose.takingPart(),
      Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE), Purpose.photography(),
      Purpose.quotation(QuoteAttribution.ANONYMOUS));

  /** How many days ahead the consent and safeguarding reports look for expiries, birthdays and renewals. */
  public static final int WINDOW_DAYS = 90;

  private TrainingReports() {}

  /**
   * Builds the six standard reports, in the order reach, influence, consent, safeguarding,
   * participation quality, strategic indicators.
   *
   * @param checks the check of every session of the scenario, by session, in session order
   */
  public static List<Report> of(Scenario scenario, ConsentLedger ledger, ConsentGate gate,
      List<SessionCheck> checks) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(checks, "checks");
    List<Person> people = scenario.people();
    return List.of(reach(scenario).report(), influence(scenario, people).report(),
        ConsentReport.of(gate, ledger, people, PURPOSES, scenario.referenceInstant(), WINDOW_DAYS),
        safeguarding(scenario, checks), quality(scenario, checks), strategy(scenario));
  }

  /** The reach and equity report of the scenario's activity. */
  static ReachReport reach(Scenario scenario) {
    ReachTally tally = ReachTally.create();
    scenario.activity().forEach(f -> tally.add(event(scenario, f)));
    return ReachReport.of(tally, SyntheticPopulation.coalition(), EquityPolicy.defaults(), scenario.referenceInstant());
  }

  /**
   * The reporting module's event for one of the scenario's activity facts, with the young
   * person's age band, nation and monitoring answers on the day (the benchmarks use it too).
   */
  public static ActivityEvent event(Scenario scenario, ActivityFact f) {
    Person person = scenario.person(f.person())
        .orElseThrow(() -> new IllegalStateException("the scenario has no young person " + f.person()));
    ActivityKind kind = switch (f.kind()) {
      case ATTENDED_SESSION -> ActivityKind.TOOK_PART;
      case CONTRIBUTED -> ActivityKind.CONTRIBUTED;
    };
    return ActivityEvent.of(person, f.organisation(), f.layer(), f.forum(), f.process(), f.date(), kind);
  }

  /** The influence report of the scenario's voice record. */
  static InfluenceReport influence(Scenario scenario, List<Person> people) {
    InfluenceTally tally = InfluenceTally.create();
    tally.addAll(scenario.voice(), people, scenario.referenceInstant());
    return InfluenceReport.of(tally.figures(), scenario.referenceInstant());
  }

  /** The safeguarding report of the session checks and the supervising adults' vetting. */
  static Report safeguarding(Scenario scenario, List<SessionCheck> checks) {
    return SafeguardingReport.of(checks, adults(scenario), SafeguardingPolicy.defaults(), scenario.referenceInstant(),
        WINDOW_DAYS);
  }

  /** The supervising adults of every session, in id order, with their check and their work with children. */
  static List<AdultVetting> adults(Scenario scenario) {
    Map<PersonId, VettingCheck> check = new TreeMap<>(Comparator.comparing(PersonId::value));
    Map<PersonId, Set<WorkWithChildren>> work = new LinkedHashMap<>();
    for (ScheduledSession s : scenario.sessions()) {
      SessionPlan plan = s.plan();
      LocalDate day = plan.day();
      boolean children = plan.youngPeople().stream().anyMatch(p -> p.ageOn(day).mayBeUnder(18));
      for (AdultAttendee a : plan.adults()) {
        if (!a.role().supervises()) {
          continue;
        }
        check.putIfAbsent(a.id(), a.vetting());
        Set<WorkWithChildren> theirs = work.computeIfAbsent(a.id(), id -> new HashSet<>());
        theirs.addAll(a.history());
        if (!children) {
          continue;
        }
        boolean supervised = a.supervisor().flatMap(plan::adult)
            .map(sup -> sup.role().supervises()
                && sup.vetting().meetsOn(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, day))
            .orElse(false);
        WorkWithChildren w = WorkWithChildren.of(plan.start(), plan.end());
        if (plan.recurrence() == Recurrence.WEEKLY) {
          w = w.inWeeklySeries();
        }
        theirs.add(supervised ? w.supervisedByCheckedPerson() : w);
      }
    }
    List<AdultVetting> out = new ArrayList<>();
    check.forEach((id, c) -> {
      List<WorkWithChildren> periods = new ArrayList<>(work.get(id));
      periods.sort(Comparator.comparing(WorkWithChildren::start).thenComparing(WorkWithChildren::end)
          .thenComparing(WorkWithChildren::supervised).thenComparing(WorkWithChildren::weeklySeries));
      out.add(AdultVetting.of(id, c, periods));
    });
    return out;
  }

  /** The participation-quality report: every process, then every forum that held sessions. */
  static Report quality(Scenario scenario, List<SessionCheck> checks) {
    Instant at = scenario.referenceInstant();
    Map<io.coproduce.participation.session.SessionId, SessionCheck> byId = new LinkedHashMap<>();
    checks.forEach(c -> byId.put(c.session(), c));
    Map<ProcessId, List<ScheduledSession>> byProcess = new LinkedHashMap<>();
    Map<ForumId, List<ScheduledSession>> byForum = new TreeMap<>(Comparator.comparing(ForumId::value));
    for (ScheduledSession s : scenario.sessions()) {
      byProcess.computeIfAbsent(s.process(), p -> new ArrayList<>()).add(s);
      byForum.computeIfAbsent(s.forum(), f -> new ArrayList<>()).add(s);
    }
    List<QualityResult> results = new ArrayList<>();
    for (CoproductionProcess process : scenario.processes()) {
      List<ScheduledSession> sessions = byProcess.getOrDefault(process.id(), List.of());
      Set<ForumId> forums = new TreeSet<>(Comparator.comparing(ForumId::value));
      sessions.forEach(s -> forums.add(s.forum()));
      results.add(assess(scenario, QualityScope.ofProcess(process, forums), forums, sessions, byId, at));
    }
    byForum.forEach((forum, sessions) ->
        results.add(assess(scenario, QualityScope.ofForum(forum), Set.of(forum), sessions, byId, at)));
    return QualityReport.of(results, at);
  }

  private static QualityResult assess(Scenario scenario, QualityScope scope, Set<ForumId> forums,
      List<ScheduledSession> sessions, Map<io.coproduce.participation.session.SessionId, SessionCheck> checks,
      Instant at) {
    QualityFacts.Builder facts = QualityFacts.builder(scope, at).initiatedBy(Initiator.UNKNOWN)
        .voice(scenario.voice()).network(scenario.network());
    Set<PersonId> seated = new TreeSet<>(Comparator.comparing(PersonId::value));
    for (Membership m : scenario.network().memberships()) {
      if (forums.contains(m.forum())) {
        seated.add(m.person());
      }
    }
    for (PersonId id : seated) {
      scenario.person(id).ifPresent(facts::person);
    }
    for (ScheduledSession s : sessions) {
      SessionCheck check = checks.get(s.id());
      facts.session(check == null ? HeldSession.unchecked(s.plan()) : HeldSession.checked(s.plan(), check));
    }
    return QualityResult.of(ParticipationQuality.of(facts.build()));
  }

  /** The strategic-indicators report of {@link CoalitionWork}'s progress and work map. */
  static Report strategy(Scenario scenario) {
    return StrategyReport.of(CoalitionWork.progress(scenario), CoalitionWork.workMap(scenario), Region.UK_WIDE,
        scenario.referenceInstant(), FrequencyTest.UK);
  }
}
