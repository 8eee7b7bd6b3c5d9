package io.coproduce.reporting.safeguarding;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.TableRows.rows;
import static io.coproduce.reporting.TableRows.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.safeguarding.SafeguardingPolicy;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.participation.vetting.WorkWithChildren;
import io.coproduce.reporting.Examples;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.table.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Tests of the safeguarding report; its report also feeds the all-reports rendering test. */
public class SafeguardingReportTest {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final RuleSource ENGAGEMENT = RuleSource.guidance("Engagement guidance (test)");
  static final SafeguardingPolicy POLICY = SafeguardingPolicy.defaults();

  static Finding finding(Severity severity, String rule, RuleSource source) {
    return Finding.of(severity, rule, "Found in a test session", source, List.of(PersonId.parse("st-a")));
  }

  static SessionCheck check(String session, Finding... findings) {
    return new SessionCheck(SessionId.parse(session), NOW, List.of(findings));
  }

  static List<SessionCheck> checks() {
    return List.of(
        check("s-1"),
        check("s-2", finding(Severity.ADVICE, "engagement.method", ENGAGEMENT)),
        check("s-3", finding(Severity.WARNING, SessionChecker.RENEWAL_RULE, SafeguardingPolicy.LIBRARY)),
        check("s-4", finding(Severity.BLOCKER, SessionChecker.RATIO_RULE, SafeguardingPolicy.NSPCC_RATIOS),
            finding(Severity.WARNING, SessionChecker.RENEWAL_RULE, SafeguardingPolicy.LIBRARY)));
  }

  static AdultVetting adult(String id, VettingCheck check, List<WorkWithChildren> work) {
    return AdultVetting.of(PersonId.parse(id), check, work);
  }

  static VettingCheck barred(LocalDate issued) {
    return VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, issued);
  }

  /** Four two-hour sessions on four days within a fortnight: meets the 4-days-in-30 limb. */
  static List<WorkWithChildren> fourDays() {
    List<WorkWithChildren> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Instant start = Instant.parse("2026-05-04T16:00:00Z").plus(Duration.ofDays(3L * i));
      out.add(WorkWithChildren.of(start, start.plus(Duration.ofHours(2))));
    }
    return out;
  }

  static List<WorkWithChildren> once() {
    Instant start = Instant.parse("2026-05-04T16:00:00Z");
    return List.of(WorkWithChildren.of(start, start.plus(Duration.ofHours(2))));
  }

  static List<AdultVetting> adults() {
    return List.of(
        adult("st-due-on-horizon-minus-one", barred(LocalDate.of(2023, 6, 1)), List.of()),
        adult("st-overdue", barred(LocalDate.of(2023, 5, 31)), List.of()),
        adult("st-due-after-window", barred(LocalDate.of(2023, 7, 1)), List.of()),
        adult("st-due-in-window", barred(LocalDate.of(2023, 6, 30)), List.of()),
        adult("st-enhanced-only", VettingCheck.of(VettingLevel.ENHANCED, LocalDate.of(2025, 1, 1)), fourDays()),
        adult("st-unchecked-weekly", VettingCheck.none(), List.of(once().get(0).inWeeklySeries())),
        adult("st-barred-weekly", barred(LocalDate.of(2025, 1, 1)), List.of(once().get(0).inWeeklySeries())),
        adult("st-unchecked-once", VettingCheck.none(), once()));
  }

  /** The report of the checks and adults above, with a 30-day renewal window. */
  public static Report report() {
    return SafeguardingReport.of(checks(), adults(), POLICY, NOW, 30);
  }

  @Test
  void countsEachCheckedSessionOnceByItsMostSeriousFinding() {
    assertThat(rows(report(), SafeguardingReport.SESSIONS)).containsExactly(
        List.of("Clear", "2"),
        List.of("Warnings only", "1"),
        List.of("Blocked", "1"),
        List.of("Total", "4"));
    assertThat(section(report(), SafeguardingReport.SESSIONS).rules())
        .containsExactly(SafeguardingReport.OUTCOME_RULE);
  }

  @Test
  void countsFindingsByRuleAndSeverityNamingEachRulesSource() {
    assertThat(rows(report(), SafeguardingReport.FINDINGS)).containsExactly(
        List.of("engagement.method", "0", "0", "1", "1", ENGAGEMENT.toString()),
        List.of(SessionChecker.RATIO_RULE, "1", "0", "0", "1", SafeguardingPolicy.NSPCC_RATIOS.toString()),
        List.of(SessionChecker.RENEWAL_RULE, "0", "2", "0", "2", SafeguardingPolicy.LIBRARY.toString()),
        List.of("Total", "1", "2", "1", "4", ""));
    assertThat(section(report(), SafeguardingReport.FINDINGS).rules())
        .extracting(r -> r.rule() + " / " + r.source())
        .containsExactly(
            "engagement.method / " + ENGAGEMENT,
            SessionChecker.RATIO_RULE + " / " + SafeguardingPolicy.NSPCC_RATIOS,
            SessionChecker.RENEWAL_RULE + " / " + SafeguardingPolicy.LIBRARY);
  }

  @Test
  void sectionRulesCarryNoPersonalDetail() {
    assertThat(section(report(), SafeguardingReport.FINDINGS).rules())
        .allSatisfy(r -> assertThat(r.explanation()).doesNotContain("st-a"));
  }

  @Test
  void countsVettingNeedsFromTheFrequencyTestAndTheRenewalPeriod() {
    assertThat(rows(report(), SafeguardingReport.VETTING)).containsExactly(
        List.of("Enhanced check with barred list now needed", "2"),
        List.of("Renewal overdue", "1"),
        List.of("Renewal due within the window", "2"));
    assertThat(section(report(), SafeguardingReport.VETTING).rules())
        .containsExactly(SafeguardingReport.ENHANCED_NEEDED_RULE, SafeguardingReport.RENEWAL_RULE);
    assertThat(SafeguardingReport.ENHANCED_NEEDED_RULE.source()).isEqualTo(FrequencyTest.SOURCE);
    assertThat(SafeguardingReport.RENEWAL_RULE.source()).isEqualTo(SafeguardingPolicy.LIBRARY);
  }

  static Stream<Arguments> renewalBoundaries() {
    // Three-year renewal; the report's day is 1 June 2026 and the window 30 days (to 1 July 2026).
    return Stream.of(
        Arguments.of(LocalDate.of(2023, 5, 31), "1", "0"),
        Arguments.of(LocalDate.of(2023, 6, 1), "0", "1"),
        Arguments.of(LocalDate.of(2023, 6, 30), "0", "1"),
        Arguments.of(LocalDate.of(2023, 7, 1), "0", "0"),
        Arguments.of(LocalDate.of(2026, 6, 1), "0", "0"));
  }

  @ParameterizedTest
  @MethodSource("renewalBoundaries")
  void renewalIsOverdueOnceOlderThanThePeriodAndDueWhenOlderByTheWindowsLastDay(
      LocalDate issued, String overdue, String soon) {
    Report r = SafeguardingReport.of(List.of(), List.of(adult("st-x", barred(issued), List.of())), POLICY, NOW, 30);
    List<List<String>> rows = rows(r, SafeguardingReport.VETTING);
    assertThat(rows.get(1).get(1)).isEqualTo(overdue);
    assertThat(rows.get(2).get(1)).isEqualTo(soon);
  }

  @Test
  void aZeroWindowFindsOnlyWhatIsOverdue() {
    Report r = SafeguardingReport.of(List.of(), adults(), POLICY, NOW, 0);
    assertThat(rows(r, SafeguardingReport.VETTING).get(2)).containsExactly("Renewal due within the window", "0");
    assertThat(rows(r, SafeguardingReport.VETTING).get(1)).containsExactly("Renewal overdue", "1");
  }

  @Test
  void aCheckIssuedAfterTheDayDoesNotMeetTheNeedForAnEnhancedCheck() {
    AdultVetting later = adult("st-later", barred(LocalDate.of(2026, 6, 2)), fourDays());
    Report r = SafeguardingReport.of(List.of(), List.of(later), POLICY, NOW, 30);
    assertThat(rows(r, SafeguardingReport.VETTING).get(0).get(1)).isEqualTo("1");
  }

  @Test
  void readsTheDayOnTheUkClock() {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London: the check issued 31 May 2023 is overdue.
    Instant lateEvening = Instant.parse("2026-05-31T23:30:00Z");
    Report r = SafeguardingReport.of(List.of(),
        List.of(adult("st-x", barred(LocalDate.of(2023, 5, 31)), List.of())), POLICY, lateEvening, 0);
    assertThat(rows(r, SafeguardingReport.VETTING).get(1).get(1)).isEqualTo("1");
  }

  @Test
  void anEmptyReportHasZeroRowsAndAZeroTotal() {
    Report r = SafeguardingReport.of(List.of(), List.of(), POLICY, NOW, 30);
    assertThat(rows(r, SafeguardingReport.FINDINGS)).containsExactly(List.of("Total", "0", "0", "0", "0", ""));
    assertThat(rows(r, SafeguardingReport.SESSIONS).get(3)).containsExactly("Total", "0");
    assertThat(r.asOf()).isEqualTo(NOW);
    assertThat(r.id()).isEqualTo(SafeguardingReport.ID);
  }

  @Test
  void refusesTheSameSessionTwice() {
    var e = rejectionOf(() -> SafeguardingReport.of(List.of(check("s-1"), check("s-1")), List.of(), POLICY, NOW, 1));
    assertThat(e.field()).isEqualTo("checks");
  }

  @Test
  void refusesAMissingPeriodOfWork() {
    List<WorkWithChildren> work = new ArrayList<>();
    work.add(null);
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> AdultVetting.of(PersonId.parse("st-x"), VettingCheck.none(), work))
        .withMessage("work");
  }

  @Test
  void refusesTheSameAdultTwice() {
    var a = adult("st-x", VettingCheck.none(), List.of());
    var e = rejectionOf(() -> SafeguardingReport.of(List.of(), List.of(a, a), POLICY, NOW, 1));
    assertThat(e.field()).isEqualTo("adults");
  }

  @Test
  void refusesAWindowOutOfRange() {
    assertThat(rejectionOf(() -> SafeguardingReport.of(List.of(), List.of(), POLICY, NOW, -1)).field())
        .isEqualTo("windowDays");
    assertThat(rejectionOf(() -> SafeguardingReport.of(List.of(), List.of(), POLICY, NOW,
        SafeguardingReport.MAX_WINDOW_DAYS + 1)).field()).isEqualTo("windowDays");
    assertThat(SafeguardingReport.of(List.of(), List.of(), POLICY, NOW, SafeguardingReport.MAX_WINDOW_DAYS)
        .sections()).hasSize(3);
  }

  @Test
  void publishesUnderTheNhsRuleWithSmallCountsSuppressed() {
    Publication p = Publication.publish(List.of(report()), DisclosurePolicy.nhsDefault());
    assertThat(p.forPublication()).isTrue();
    assertThat(rows(p.tables().get(0))).containsExactly(
        List.of("Clear", "*"), List.of("Warnings only", "*"), List.of("Blocked", "*"), List.of("Total", "*"));
    assertThat(rows(p.tables().get(1)).get(0)).contains("0", "*");
  }

  static Gen<List<List<Severity>>> sessions() {
    Gen<Severity> severity = SourceDSL.arbitrary().enumValues(Severity.class);
    return SourceDSL.lists().of(SourceDSL.lists().of(severity).ofSizeBetween(0, 4)).ofSizeBetween(0, 30);
  }

  @Test
  void everySessionLandsInExactlyOneOutcomeAndEveryFindingInItsSeverity() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(200)).forAll(sessions()).checkAssert(plan -> {
      List<SessionCheck> checks = new ArrayList<>();
      long blocked = 0;
      long blockers = 0;
      for (int i = 0; i < plan.size(); i++) {
        List<Finding> fs = plan.get(i).stream().map(s -> finding(s, "rule.x", ENGAGEMENT)).toList();
        checks.add(new SessionCheck(SessionId.parse("s-" + i), NOW, fs));
        blocked += plan.get(i).contains(Severity.BLOCKER) ? 1 : 0;
        blockers += plan.get(i).stream().filter(s -> s == Severity.BLOCKER).count();
      }
      Report r = SafeguardingReport.of(checks, List.of(), POLICY, NOW, 0);
      Table sessions = io.coproduce.reporting.TableRows.table(r, SafeguardingReport.SESSIONS);
      assertThat(rows(sessions).get(2).get(1)).isEqualTo(Long.toString(blocked));
      assertThat(rows(sessions).get(3).get(1)).isEqualTo(Integer.toString(plan.size()));
      List<List<String>> findings = rows(r, SafeguardingReport.FINDINGS);
      assertThat(findings.get(findings.size() - 1).get(1)).isEqualTo(Long.toString(blockers));
    });
  }
}
