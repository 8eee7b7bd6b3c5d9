package io.coproduce.reporting.strategy;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.TableRows.rows;
import static io.coproduce.reporting.TableRows.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.Aim;
import io.coproduce.participation.strategy.Baseline;
import io.coproduce.participation.strategy.Direction;
import io.coproduce.participation.strategy.Indicator;
import io.coproduce.participation.strategy.IndicatorId;
import io.coproduce.participation.strategy.IndicatorProgress;
import io.coproduce.participation.strategy.Measurement;
import io.coproduce.participation.strategy.Objective;
import io.coproduce.participation.strategy.ObjectiveId;
import io.coproduce.participation.strategy.PlanId;
import io.coproduce.participation.strategy.PlanProgress;
import io.coproduce.participation.strategy.StrategicPlan;
import io.coproduce.participation.strategy.StrategicPlans;
import io.coproduce.participation.strategy.Target;
import io.coproduce.participation.workmap.FundingStatus;
import io.coproduce.participation.workmap.Region;
import io.coproduce.participation.workmap.WorkMap;
import io.coproduce.participation.workmap.WorkMapRules;
import io.coproduce.participation.workmap.Workstream;
import io.coproduce.participation.workmap.WorkstreamId;
import io.coproduce.participation.workmap.WorkstreamMethod;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests of the strategy report; its report also feeds the all-reports rendering test. */
public class StrategyReportTest {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final IndicatorId POLICIES = IndicatorId.parse("a1.i1");
  static final IndicatorId WAITS = IndicatorId.parse("a2.i1");
  static final ObjectiveId O11 = ObjectiveId.parse("a1.o1");
  static final ObjectiveId O12 = ObjectiveId.parse("a1.o2");
  static final ObjectiveId O21 = ObjectiveId.parse("a2.o1");
  static final OrganisationId CHARITY = OrganisationId.parse("org-charity");
  static final OrganisationId SCHOOLS = OrganisationId.parse("org-schools");
  static final String POLICIES_TEXT = "Policies that name young people's mental health";
  static final String WAITS_TEXT = "Weeks waited for a first appointment";

  static final StrategicPlan PLAN = StrategicPlan.of(PlanId.parse("ours"), "Our plan", "1",
      RuleSource.organisationPolicy("Our strategy 2026-2029"), List.of(
          Aim.of("a1", "Prevention everywhere", List.of(Objective.of("a1.o1", "Make the case"),
              Objective.of("a1.o2", "Shape policy")), List.of(),
              List.of(Indicator.of("a1.i1", POLICIES_TEXT, Direction.INCREASE))),
          Aim.of("a2", "Early help", List.of(Objective.of("a2.o1", "Join up services")), List.of(),
              List.of(Indicator.of("a2.i1", WAITS_TEXT, Direction.DECREASE)))));

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  static PlanProgress progress() {
    return PlanProgress.of(PLAN)
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), n("2")))
        .withMeasurement(Measurement.of(POLICIES, CHARITY, day(3, 1), n("3")))
        .withMeasurement(Measurement.of(POLICIES, CHARITY, day(5, 1), n("5")))
        .withMeasurement(Measurement.of(POLICIES, CHARITY, day(7, 1), n("9")))
        .withTarget(Target.of(POLICIES, CHARITY, day(2, 1), n("4")))
        .withTarget(Target.of(POLICIES, SCHOOLS, day(2, 1), n("10")));
  }

  static Workstream.Builder ws(String id, OrganisationId member) {
    return Workstream.builder(WorkstreamId.parse(id), member).funding(FundingStatus.FUNDED)
        .activeFrom(LocalDate.of(2025, 9, 1)).layers(Set.of(Layer.SERVICE)).methods(Set.of(WorkstreamMethod.TRAINING));
  }

  static WorkMap map() {
    return WorkMap.of(Set.of(
        ws("w-charity", CHARITY).objectives(Set.of(O11)).ageBands(Set.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17))
            .regions(Set.of(Region.LONDON)).build(),
        ws("w-schools", SCHOOLS).objectives(Set.of(O11)).ageBands(Set.of(AgeBand.AGE_16_TO_17))
            .regions(Set.of(Region.LONDON)).build(),
        ws("w-ended", CHARITY).objectives(Set.of(O21)).ageBands(Set.of(AgeBand.AGE_0_TO_5))
            .regions(Set.of(Region.LONDON)).active(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)).build()));
  }

  /** The report of the plan progress and work map above, in London. */
  public static Report report() {
    return StrategyReport.of(progress(), map(), Region.LONDON, NOW, LONDON);
  }

  @Test
  void showsEachIndicatorsProgressPerMemberAsKnownOnTheDay() {
    assertThat(rows(report(), StrategyReport.INDICATORS)).containsExactly(
        List.of("a1", "a1.i1", "org-charity", POLICIES_TEXT, "2", "5", "2026-05-01", "4", "3", "met"),
        List.of("a1", "a1.i1", "org-schools", POLICIES_TEXT, "", "", "", "10", "", "not measured"),
        List.of("a2", "a2.i1", StrategyReport.NO_MEMBER, WAITS_TEXT, "", "", "", "", "", "no target"));
    assertThat(section(report(), StrategyReport.INDICATORS).rules()).containsExactly(StrategyReport.TARGET_RULE);
    assertThat(StrategyReport.TARGET_RULE.source()).isEqualTo(IndicatorProgress.TARGET_SOURCE);
  }

  @Test
  void aTargetNotMetInTheIndicatorsDirectionSaysSo() {
    PlanProgress p = PlanProgress.of(PLAN)
        .withMeasurement(Measurement.of(WAITS, SCHOOLS, day(5, 1), n("12")))
        .withTarget(Target.of(WAITS, SCHOOLS, day(2, 1), n("8")));
    Report r = StrategyReport.of(p, map(), Region.LONDON, NOW, LONDON);
    assertThat(rows(r, StrategyReport.INDICATORS).get(1))
        .containsExactly("a2", "a2.i1", "org-schools", WAITS_TEXT, "", "12", "2026-05-01", "8", "", "not met");
  }

  @Test
  void countsTheWorkstreamsActiveOnTheDayForEachObjective() {
    assertThat(rows(report(), StrategyReport.OBJECTIVES)).containsExactly(
        List.of("a1", "a1.o1", "Make the case", "2", "2"),
        List.of("a1", "a1.o2", "Shape policy", "0", "0"),
        List.of("a2", "a2.o1", "Join up services", "0", "0"));
  }

  @Test
  void aWorkstreamIsActiveOnItsLastDay() {
    Instant lastDay = Instant.parse("2026-05-31T12:00:00Z");
    Report r = StrategyReport.of(progress(), map(), Region.LONDON, lastDay, LONDON);
    assertThat(rows(r, StrategyReport.OBJECTIVES).get(2)).containsExactly("a2", "a2.o1", "Join up services", "1", "1");
  }

  @Test
  void listsWhereMembersWorkOverlaps() {
    assertThat(rows(report(), StrategyReport.OVERLAPS)).containsExactly(
        List.of("a1.o1", "org-charity, org-schools", "London", "16-17", "2"));
    assertThat(section(report(), StrategyReport.OVERLAPS).rules()).containsExactly(StrategyReport.OVERLAP_RULE);
    assertThat(StrategyReport.OVERLAP_RULE.source()).isEqualTo(WorkMapRules.OVERLAP_SOURCE);
  }

  @Test
  void listsObjectivesAndAgeBandsNobodyServesInTheRegion() {
    assertThat(rows(report(), StrategyReport.GAPS)).containsExactly(
        List.of("Objective", "a1.o2", "London"),
        List.of("Objective", "a2.o1", "London"),
        List.of("Age band", "0-5", "London"),
        List.of("Age band", "6-9", "London"),
        List.of("Age band", "10-12", "London"),
        List.of("Age band", "18-25", "London"));
    assertThat(StrategyReport.GAP_RULE.source()).isEqualTo(WorkMapRules.GAP_SOURCE);
  }

  @Test
  void seeksGapsOnlyForTheObjectivesAsked() {
    Report r = StrategyReport.of(progress(), map(), Region.LONDON, List.of(O11, O12), NOW, LONDON);
    assertThat(rows(r, StrategyReport.GAPS).get(0)).containsExactly("Objective", "a1.o2", "London");
    assertThat(rows(r, StrategyReport.GAPS).get(1)).containsExactly("Age band", "0-5", "London");
  }

  @Test
  void refusesObjectivesNotInThePlanOrTwice() {
    var e = rejectionOf(() -> StrategyReport.of(progress(), map(), Region.LONDON,
        List.of(ObjectiveId.parse("z9.o9")), NOW, LONDON));
    assertThat(e.field()).isEqualTo("objectives");
    var twice = rejectionOf(() -> StrategyReport.of(progress(), map(), Region.LONDON, List.of(O11, O11), NOW, LONDON));
    assertThat(twice.field()).isEqualTo("objectives");
  }

  @Test
  void buildsFromTheShippedCoalitionPlan() {
    PlanProgress coalition = PlanProgress.of(StrategicPlans.coalition());
    Report r = StrategyReport.of(coalition, WorkMap.empty(), Region.ENGLAND, NOW, LONDON);
    assertThat(rows(r, StrategyReport.INDICATORS)).hasSize(StrategicPlans.coalition().indicators().size());
    assertThat(rows(r, StrategyReport.OBJECTIVES)).hasSize(StrategicPlans.coalition().objectives().size());
    assertThat(rows(r, StrategyReport.OVERLAPS)).isEmpty();
  }

  @Test
  void publishesUnderTheNhsRuleUnchangedSinceNothingInItCountsPeople() {
    Publication p = Publication.publish(List.of(report()), DisclosurePolicy.nhsDefault());
    assertThat(p.forPublication()).isTrue();
    assertThat(rows(p.tables().get(0))).isEqualTo(rows(report(), StrategyReport.INDICATORS));
    assertThat(report().id()).isEqualTo(StrategyReport.ID);
    assertThat(report().asOf()).isEqualTo(NOW);
  }
}
