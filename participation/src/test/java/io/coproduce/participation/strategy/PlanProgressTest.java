package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.A1;
import static io.coproduce.participation.strategy.PlanFixtures.A2;
import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.O11;
import static io.coproduce.participation.strategy.PlanFixtures.O12;
import static io.coproduce.participation.strategy.PlanFixtures.O21;
import static io.coproduce.participation.strategy.PlanFixtures.PLAN;
import static io.coproduce.participation.strategy.PlanFixtures.POLICIES;
import static io.coproduce.participation.strategy.PlanFixtures.SCHOOLS;
import static io.coproduce.participation.strategy.PlanFixtures.WAITS;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static io.coproduce.participation.strategy.PlanFixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanProgressTest {

  static final PlanProgress EMPTY = PlanProgress.of(PLAN);

  static Activity activity(String id, LocalDate start, LocalDate end, Set<AimId> aims, Set<ObjectiveId> objectives) {
    return new Activity(ActivityId.parse(id), CHARITY, "Work " + id, start, end, aims, objectives);
  }

  static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aSeriesIsOrderedByDateWithTheLatestValueAndTheChangeFromBaseline() {
    PlanProgress p = EMPTY
        .withMeasurement(measured(POLICIES, CHARITY, day(6, 1), "7"))
        .withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
        .withMeasurement(measured(POLICIES, CHARITY, day(4, 1), "5.50"))
        .withMeasurement(measured(POLICIES, SCHOOLS, day(5, 1), "40"))
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), n("2")));

    IndicatorProgress charity = p.progress(POLICIES, CHARITY, day(12, 31));
    assertThat(charity.series()).extracting(Measurement::on).containsExactly(day(2, 1), day(4, 1), day(6, 1));
    assertThat(charity.series()).extracting(Measurement::value).containsExactly(n("3"), n("5.5"), n("7"));
    assertThat(charity.latest()).map(Measurement::value).contains(n("7"));
    assertThat(charity.baseline()).map(Baseline::value).contains(n("2"));
    assertThat(charity.changeFromBaseline()).contains(n("5"));
    assertThat(charity.indicator()).isEqualTo(POLICIES);
    assertThat(charity.member()).isEqualTo(CHARITY);
    assertThat(charity.direction()).isEqualTo(Direction.INCREASE);
    assertThat(charity.asOf()).isEqualTo(day(12, 31));
  }

  @Test
  void progressAsOfADayIgnoresWhatCameLater() {
    PlanProgress p = EMPTY
        .withMeasurement(measured(WAITS, CHARITY, day(2, 1), "18"))
        .withMeasurement(measured(WAITS, CHARITY, day(4, 1), "12"))
        .withBaseline(Baseline.of(WAITS, CHARITY, day(3, 1), n("20")))
        .withTarget(Target.of(WAITS, CHARITY, day(1, 15), n("15")))
        .withTarget(Target.of(WAITS, CHARITY, day(3, 15), n("10")));

    IndicatorProgress before = p.progress(WAITS, CHARITY, day(1, 31));
    assertThat(before.series()).isEmpty();
    assertThat(before.latest()).isEmpty();
    assertThat(before.targetStatus()).isEqualTo(TargetStatus.NOT_MEASURED);

    IndicatorProgress feb = p.progress(WAITS, CHARITY, day(2, 28));
    assertThat(feb.latest()).map(Measurement::value).contains(n("18"));
    assertThat(feb.baseline()).as("the baseline applies from 1 March").isEmpty();
    assertThat(feb.changeFromBaseline()).isEmpty();
    assertThat(feb.target()).map(Target::value).contains(n("15"));
    assertThat(feb.targetStatus()).isEqualTo(TargetStatus.NOT_MET);

    IndicatorProgress march = p.progress(WAITS, CHARITY, day(3, 31));
    assertThat(march.changeFromBaseline()).contains(n("-2"));
    assertThat(march.target()).map(Target::value).as("revised on 15 March").contains(n("10"));

    IndicatorProgress april = p.progress(WAITS, CHARITY, day(4, 1));
    assertThat(april.latest()).map(Measurement::value).contains(n("12"));
    assertThat(april.changeFromBaseline()).contains(n("-8"));
    assertThat(april.targetStatus()).isEqualTo(TargetStatus.NOT_MET);
  }

  /** Target met or not, for each direction, at and either side of the target. */
  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of(POLICIES, "9", "10", TargetStatus.NOT_MET),
        Arguments.of(POLICIES, "10", "10", TargetStatus.MET),
        Arguments.of(POLICIES, "10.00", "10", TargetStatus.MET),
        Arguments.of(POLICIES, "11", "10", TargetStatus.MET),
        Arguments.of(WAITS, "9", "10", TargetStatus.MET),
        Arguments.of(WAITS, "10", "10", TargetStatus.MET),
        Arguments.of(WAITS, "10.01", "10", TargetStatus.NOT_MET),
        Arguments.of(WAITS, "-1", "0", TargetStatus.MET));
  }

  @ParameterizedTest
  @MethodSource("targets")
  void aTargetIsAFloorOrACeilingByTheIndicatorsDirection(IndicatorId indicator, String latest, String target,
      TargetStatus status) {
    PlanProgress p = EMPTY.withMeasurement(measured(indicator, CHARITY, day(2, 1), "1000"))
        .withMeasurement(measured(indicator, CHARITY, day(3, 1), latest))
        .withTarget(Target.of(indicator, CHARITY, day(1, 1), n(target)));
    IndicatorProgress progress = p.progress(indicator, CHARITY, day(3, 1));
    assertThat(progress.targetStatus()).isEqualTo(status);
    assertThat(progress.reason().rule()).isEqualTo(IndicatorProgress.TARGET_RULE);
    assertThat(progress.reason().source()).isEqualTo(IndicatorProgress.TARGET_SOURCE);
  }

  @Test
  void withoutATargetThereIsNoStatusToMeet() {
    IndicatorProgress p = EMPTY.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
        .progress(POLICIES, CHARITY, day(3, 1));
    assertThat(p.targetStatus()).isEqualTo(TargetStatus.NO_TARGET);
    assertThat(p.target()).isEmpty();
    assertThat(p.reason().explanation())
        .isEqualTo("Indicator a1.i1 for member org-charity as of 2026-03-01: no target was set by then");
  }

  @Test
  void theReasonGivesTheValuesItCompared() {
    PlanProgress p = EMPTY.withMeasurement(measured(WAITS, CHARITY, day(2, 1), "12.5"))
        .withTarget(Target.of(WAITS, CHARITY, day(1, 1), n("10")));
    assertThat(p.progress(WAITS, CHARITY, day(3, 1)).reason().explanation()).isEqualTo("Indicator a2.i1 for"
        + " member org-charity as of 2026-03-01: the latest value 12.5 (2026-02-01) does not meet the target"
        + " of 10 (set 2026-01-01), which it should be at or below");
    PlanProgress met = EMPTY.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "1E+1"))
        .withTarget(Target.of(POLICIES, CHARITY, day(1, 1), n("10")));
    assertThat(met.progress(POLICIES, CHARITY, day(3, 1)).reason().explanation()).isEqualTo("Indicator a1.i1 for"
        + " member org-charity as of 2026-03-01: the latest value 10 (2026-02-01) meets the target"
        + " of 10 (set 2026-01-01), which it should be at or above");
    assertThat(EMPTY.withTarget(Target.of(POLICIES, CHARITY, day(1, 1), n("10"))).progress(POLICIES, CHARITY, day(3, 1))
        .reason().explanation()).isEqualTo("Indicator a1.i1 for member org-charity as of 2026-03-01: a target of"
            + " 10 (set 2026-01-01) was in force but nothing had been measured");
  }

  @Test
  void eachMemberKeepsItsOwnSeries() {
    PlanProgress p = EMPTY
        .withMeasurement(measured(POLICIES, SCHOOLS, day(2, 1), "40"))
        .withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
        .withTarget(Target.of(POLICIES, SCHOOLS, day(1, 1), n("30")))
        .withBaseline(Baseline.of(WAITS, CHARITY, day(1, 1), n("20")));

    List<IndicatorProgress> all = p.progress(POLICIES, day(3, 1));
    assertThat(all).extracting(IndicatorProgress::member).containsExactly(CHARITY, SCHOOLS);
    assertThat(all.get(0).targetStatus()).isEqualTo(TargetStatus.NO_TARGET);
    assertThat(all.get(1).targetStatus()).isEqualTo(TargetStatus.MET);
    assertThat(p.progress(WAITS, day(3, 1))).extracting(IndicatorProgress::member).containsExactly(CHARITY);
    assertThat(p.progress(POLICIES, day(1, 31))).extracting(IndicatorProgress::member)
        .as("only the schools' target was known in January").containsExactly(SCHOOLS);
    assertThat(p.progress(POLICIES, day(12, 31).minusYears(1))).isEmpty();
    assertThat(p.progress(POLICIES, SCHOOLS, day(3, 1)).series()).extracting(Measurement::value).containsExactly(n("40"));
  }

  @Test
  void activitiesServeAnAimDirectlyOrThroughItsObjectives() {
    Activity direct = activity("act-1", day(1, 1), day(1, 31), Set.of(A1), Set.of());
    Activity viaObjective = activity("act-2", day(2, 1), null, Set.of(), Set.of(O12));
    Activity otherAim = activity("act-3", day(1, 15), day(6, 30), Set.of(), Set.of(O21));
    Activity both = activity("act-0", day(3, 1), day(3, 1), Set.of(A2), Set.of(O11));
    PlanProgress p = EMPTY.withActivity(direct).withActivity(viaObjective).withActivity(otherAim).withActivity(both);

    assertThat(p.activities(A1, day(1, 1), day(12, 31))).containsExactly(direct, viaObjective, both);
    assertThat(p.activities(A2, day(1, 1), day(12, 31))).containsExactly(otherAim, both);
    assertThat(p.activities(O12, day(1, 1), day(12, 31))).containsExactly(viaObjective);
    assertThat(p.activities(O11, day(1, 1), day(12, 31))).containsExactly(both);
    assertThat(p.activities(O21, day(7, 1), day(12, 31))).isEmpty();
    assertThat(p.activities()).extracting(Activity::id).extracting(ActivityId::value)
        .containsExactly("act-0", "act-1", "act-2", "act-3");
  }

  /** Which activities run in which periods (both ends included; act-2 is ongoing). */
  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(day(1, 1), day(1, 1), List.of("act-1")),
        Arguments.of(day(1, 31), day(1, 31), List.of("act-1")),
        Arguments.of(day(2, 1), day(2, 1), List.of("act-2")),
        Arguments.of(day(1, 31), day(2, 1), List.of("act-1", "act-2")),
        Arguments.of(day(12, 1), day(12, 31).plusYears(3), List.of("act-2")),
        Arguments.of(day(1, 1).minusYears(1), day(12, 31).minusYears(1), List.of()));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void activitiesInAPeriodAreThoseRunningOnAnyOfItsDays(LocalDate from, LocalDate to, List<String> expected) {
    PlanProgress p = EMPTY.withActivity(activity("act-1", day(1, 1), day(1, 31), Set.of(A1), Set.of()))
        .withActivity(activity("act-2", day(2, 1), null, Set.of(A1), Set.of()));
    assertThat(p.activities(A1, from, to)).extracting(a -> a.id().value()).containsExactlyElementsOf(expected);
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    InvalidInputException e = rejectionOf(() -> EMPTY.activities(A1, day(2, 1), day(1, 31)));
    assertThat(e.field()).isEqualTo("period.to");
    assertThat(e.rule()).isEqualTo("must not be before period.from (2026-02-01)");
    assertThat(rejectionOf(() -> EMPTY.activities(O11, day(2, 1), day(1, 31))).field()).isEqualTo("period.to");
    assertThat(EMPTY.activities(A1, day(2, 1), day(2, 1))).isEmpty();
  }

  static Stream<Arguments> unknownReferences() {
    AimId aim = AimId.parse("a9");
    ObjectiveId objective = ObjectiveId.parse("a1.o9");
    IndicatorId indicator = IndicatorId.parse("a1.i9");
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> EMPTY.withActivity(activity("x", day(1, 1), null, Set.of(aim), Set.of())),
            "aim of plan ours", "a9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.withActivity(activity("x", day(1, 1), null, Set.of(A1), Set.of(O11, objective))),
            "objective of plan ours", "a1.o9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.withMeasurement(measured(indicator, CHARITY, day(1, 1), "1")),
            "indicator of plan ours", "a1.i9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.withBaseline(Baseline.of(indicator, CHARITY, day(1, 1), n("1"))),
            "indicator of plan ours", "a1.i9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.withTarget(Target.of(indicator, CHARITY, day(1, 1), n("1"))),
            "indicator of plan ours", "a1.i9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.progress(indicator, CHARITY, day(1, 1)), "indicator of plan ours", "a1.i9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.progress(indicator, day(1, 1)), "indicator of plan ours", "a1.i9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.activities(aim, day(1, 1), day(1, 2)), "aim of plan ours", "a9"),
        Arguments.of((ThrowingCallable) () -> EMPTY.activities(objective, day(1, 1), day(1, 2)), "objective of plan ours", "a1.o9"));
  }

  @ParameterizedTest
  @MethodSource("unknownReferences")
  void refusesWhatThePlanDoesNotHold(ThrowingCallable call, String kind, String reference) {
    UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class, call);
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.reference()).isEqualTo(reference);
    assertThat(e.getMessage()).isEqualTo(kind + " " + reference + " is not known");
  }

  @Test
  void neverOverwritesWhatWasRecorded() {
    PlanProgress p = EMPTY.withActivity(activity("act-1", day(1, 1), null, Set.of(A1), Set.of()))
        .withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), n("2")))
        .withTarget(Target.of(POLICIES, CHARITY, day(1, 1), n("10")));

    InvalidInputException activity = rejectionOf(() -> p.withActivity(activity("act-1", day(1, 2), null, Set.of(A1), Set.of())));
    assertThat(activity.field()).isEqualTo("activity.id");
    assertThat(activity.offendingValue()).contains("act-1");
    InvalidInputException measurement = rejectionOf(() -> p.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "4")));
    assertThat(measurement.field()).isEqualTo("measurement.on");
    assertThat(measurement.rule()).isEqualTo("already has the value 3 for indicator a1.i1 and member org-charity:"
        + " a measurement is never overwritten");
    InvalidInputException baseline = rejectionOf(() -> p.withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 2), n("2"))));
    assertThat(baseline.field()).isEqualTo("baseline");
    assertThat(baseline.rule()).isEqualTo("is already set for indicator a1.i1 and member org-charity (2 on 2026-01-01):"
        + " a baseline is never changed");
    InvalidInputException target = rejectionOf(() -> p.withTarget(Target.of(POLICIES, CHARITY, day(1, 1), n("12"))));
    assertThat(target.field()).isEqualTo("target.setOn");
    assertThat(target.rule()).isEqualTo("already has the target 10 for indicator a1.i1 and member org-charity:"
        + " set a revised target on a later day");

    assertThat(p.withMeasurement(measured(POLICIES, SCHOOLS, day(2, 1), "4")).measurements()).hasSize(2);
    assertThat(p.withMeasurement(measured(WAITS, CHARITY, day(2, 1), "4")).measurements()).hasSize(2);
    assertThat(p.withMeasurement(measured(POLICIES, CHARITY, day(2, 2), "4")).measurements()).hasSize(2);
    assertThat(p.withBaseline(Baseline.of(POLICIES, SCHOOLS, day(1, 1), n("2"))).baselines()).hasSize(2);
    assertThat(p.withTarget(Target.of(POLICIES, CHARITY, day(1, 2), n("12"))).targets()).hasSize(2);
  }

  static Stream<Arguments> repeats() {
    Activity a = activity("act-1", day(1, 1), null, Set.of(A1), Set.of());
    Measurement m = measured(POLICIES, CHARITY, day(2, 1), "3");
    Baseline b = Baseline.of(POLICIES, CHARITY, day(1, 1), n("2"));
    Target t = Target.of(POLICIES, CHARITY, day(1, 1), n("10"));
    PlanProgress p = EMPTY.withActivity(a).withMeasurement(m).withBaseline(b).withTarget(t);
    return Stream.of(
        Arguments.of(p, (Function<PlanProgress, PlanProgress>) x -> x.withActivity(a)),
        Arguments.of(p, (Function<PlanProgress, PlanProgress>) x -> x.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3.0"))),
        Arguments.of(p, (Function<PlanProgress, PlanProgress>) x -> x.withBaseline(b)),
        Arguments.of(p, (Function<PlanProgress, PlanProgress>) x -> x.withTarget(t)));
  }

  @ParameterizedTest
  @MethodSource("repeats")
  void recordingWhatIsHeldChangesNothing(PlanProgress p, Function<PlanProgress, PlanProgress> again) {
    assertThat(again.apply(p)).isSameAs(p);
  }

  @Test
  void equalWhenTheyHoldTheSameWhateverTheOrder() {
    Activity a = activity("act-1", day(1, 1), null, Set.of(A1), Set.of());
    Measurement m1 = measured(POLICIES, CHARITY, day(2, 1), "3");
    Measurement m2 = measured(POLICIES, CHARITY, day(3, 1), "4");
    Baseline b = Baseline.of(POLICIES, CHARITY, day(1, 1), n("2"));
    Target t = Target.of(POLICIES, CHARITY, day(1, 1), n("10"));
    new EqualsTester()
        .addEqualityGroup(EMPTY.withActivity(a).withMeasurement(m1).withMeasurement(m2).withBaseline(b).withTarget(t),
            EMPTY.withTarget(t).withMeasurement(m2).withBaseline(b).withMeasurement(m1).withActivity(a))
        .addEqualityGroup(EMPTY.withMeasurement(m1).withMeasurement(m2).withBaseline(b).withTarget(t))
        .addEqualityGroup(EMPTY.withActivity(a).withMeasurement(m1).withBaseline(b).withTarget(t))
        .addEqualityGroup(EMPTY.withActivity(a).withMeasurement(m1).withMeasurement(m2).withTarget(t))
        .addEqualityGroup(EMPTY.withActivity(a).withMeasurement(m1).withMeasurement(m2).withBaseline(b))
        .addEqualityGroup(EMPTY.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "5")))
        .addEqualityGroup(PlanProgress.of(StrategicPlans.coalition()))
        .addEqualityGroup(EMPTY)
        .testEquals();
  }

  @Test
  void exposesWhatItHolds() {
    PlanProgress p = EMPTY.withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"));
    assertThat(p.plan()).isSameAs(PLAN);
    assertThat(p.toString()).isEqualTo("Progress against ours 1: 0 activities, 1 measurements");
    assertThat(p.baselines()).isEmpty();
    assertThat(p.targets()).isEmpty();
  }

  @Test
  void recordsProgressAgainstTheCoalitionsPlan() {
    StrategicPlan coalition = StrategicPlans.coalition();
    IndicatorId waits = IndicatorId.parse("aim-3.ind-6");
    PlanProgress p = PlanProgress.of(coalition)
        .withActivity(Activity.during(ActivityId.parse("act-1"), CHARITY, "Peer support pilot", day(1, 1), day(6, 30),
            List.of(), List.of(ObjectiveId.parse("aim-3.obj-3"))))
        .withBaseline(Baseline.of(waits, CHARITY, day(1, 1), n("18")))
        .withTarget(Target.of(waits, CHARITY, day(1, 1), n("12")))
        .withMeasurement(measured(waits, CHARITY, day(3, 31), "14"))
        .withMeasurement(measured(waits, CHARITY, day(6, 30), "11"));

    IndicatorProgress june = p.progress(waits, CHARITY, day(6, 30));
    assertThat(june.direction()).isEqualTo(Direction.DECREASE);
    assertThat(june.changeFromBaseline()).contains(n("-7"));
    assertThat(june.targetStatus()).isEqualTo(TargetStatus.MET);
    assertThat(p.progress(waits, CHARITY, day(5, 31)).targetStatus()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(p.activities(AimId.parse("aim-3"), day(4, 1), day(4, 30))).hasSize(1);
    assertThat(p.activities(AimId.parse("aim-1"), day(4, 1), day(4, 30))).isEmpty();
  }
}
