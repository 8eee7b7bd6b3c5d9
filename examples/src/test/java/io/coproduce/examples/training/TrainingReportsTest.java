package io.coproduce.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScenarioSize;
import io.coproduce.examples.scenario.ScheduledSession;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.reporting.consent.ConsentReport;
import io.coproduce.reporting.influence.InfluenceReport;
import io.coproduce.reporting.quality.QualityReport;
import io.coproduce.reporting.reach.ReachReport;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.safeguarding.AdultVetting;
import io.coproduce.reporting.safeguarding.SafeguardingReport;
import io.coproduce.reporting.strategy.StrategyReport;
import io.coproduce.reporting.table.Table;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingReportsTest {

  private static Scenario scenario;
  private static List<SessionCheck> checks;
  private static List<Report> reports;

  @BeforeAll
  static void buildTheReports() {
    scenario = Scenario.generate(2026, ScenarioSize.TINY);
    ConsentLedger ledger = scenario.writeConsentsTo(ConsentLedger.inMemory());
    ConsentGate gate = scenario.gate(ledger);
    SessionChecker checker = SessionChecker.of(gate);
    checks = scenario.sessions().stream().map(s -> checker.check(s.plan())).toList();
    reports = TrainingReports.of(scenario, ledger, gate, checks);
  }

  private static Table table(Report report, String id) {
    return report.sections().stream().map(Section::table).filter(t -> t.id().toString().equals(id))
        .findFirst().orElseThrow();
  }

  @Test
  void buildsTheSixStandardReportsInOrder() {
    assertThat(reports).extracting(Report::id).containsExactly(ReachReport.ID, InfluenceReport.ID, ConsentReport.ID,
        SafeguardingReport.ID, QualityReport.ID, StrategyReport.ID);
    assertThat(reports).allSatisfy(r -> assertThat(r.asOf()).isEqualTo(scenario.referenceInstant()));
  }

  @Test
  void reachCountsEveryoneWhoAttendedOrContributed() {
    long distinct = scenario.activity().map(f -> f.person()).distinct().count();

    assertThat(TrainingReports.reach(scenario).people()).isEqualTo(distinct).isPositive();
  }

  @Test
  void safeguardingCountsEveryCheckedSessionByOutcome() {
    long blocked = checks.stream().filter(SessionCheck::blocks).count();
    Table sessions = table(reports.get(3), SafeguardingReport.SESSIONS.toString());

    assertThat(sessions.rows()).hasSize(4);
    assertThat(blocked).isEqualTo(scenario.plantedFaults().size());
  }

  @Test
  void everySupervisingAdultIsReviewedOnceWithTheirSessionsAsWork() {
    Set<String> supervising = scenario.sessions().stream().flatMap(s -> s.plan().adults().stream())
        .filter(a -> a.role().supervises()).map(a -> a.id().value()).collect(Collectors.toSet());

    List<AdultVetting> adults = TrainingReports.adults(scenario);

    assertThat(adults).extracting(a -> a.adult().value()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(supervising).isSorted();
    AdultVetting first = adults.get(0);
    long sessionsWithChildren = scenario.sessions().stream()
        .filter(s -> s.plan().adults().stream().map(AdultAttendee::id).anyMatch(first.adult()::equals))
        .filter(TrainingReportsTest::mayHaveChildren).count();
    assertThat(first.work()).hasSize((int) sessionsWithChildren);
  }

  private static boolean mayHaveChildren(ScheduledSession s) {
    return s.plan().youngPeople().stream().anyMatch(p -> p.ageOn(s.plan().day()).mayBeUnder(18));
  }

  @Test
  void qualityAssessesEveryProcessAndEveryForumThatHeldSessions() {
    long forums = scenario.sessions().stream().map(ScheduledSession::forum).distinct().count();

    Table byScope = table(reports.get(4), QualityReport.BY_SCOPE.toString());

    assertThat(byScope.rows()).hasSize(scenario.processes().size() + (int) forums);
  }

  @Test
  void consentCoversEveryYoungPersonForEachPurpose() {
    Table coverage = table(reports.get(2), ConsentReport.COVERAGE_ID);

    assertThat(coverage.rows()).hasSize(TrainingReports.PURPOSES.size());
  }
}
