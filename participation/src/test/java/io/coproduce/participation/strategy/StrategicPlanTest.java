package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.PLAN;
import static io.coproduce.participation.strategy.PlanFixtures.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategicPlanTest {

  static final PlanId ID = PlanId.parse("p");
  static final Aim ONE = Aim.of("one", "One", List.of(Objective.of("one.o", "O")), List.of(Enabler.of("one.e", "E")),
      List.of(Indicator.of("one.i", "I", Direction.INCREASE)));
  static final Aim TWO = Aim.of("two", "Two", List.of(Objective.of("two.o", "O")), List.of(), List.of());

  @Test
  void looksUpItsParts() {
    assertThat(PLAN.id()).isEqualTo(PlanId.parse("ours"));
    assertThat(PLAN.name()).isEqualTo("Our plan");
    assertThat(PLAN.version()).isEqualTo("1");
    assertThat(PLAN.source()).isEqualTo(SOURCE);
    assertThat(PLAN.aims()).extracting(Aim::id).containsExactly(PlanFixtures.A1, PlanFixtures.A2);
    assertThat(PLAN.objectives()).extracting(Objective::id)
        .containsExactly(PlanFixtures.O11, PlanFixtures.O12, PlanFixtures.O21);
    assertThat(PLAN.indicators()).extracting(Indicator::id).containsExactly(PlanFixtures.POLICIES, PlanFixtures.WAITS);
    assertThat(PLAN.aim(PlanFixtures.A2)).map(Aim::title).contains("Early help");
    assertThat(PLAN.aim(AimId.parse("a9"))).isEmpty();
    assertThat(PLAN.objective(PlanFixtures.O12)).map(Objective::title).contains("Shape policy");
    assertThat(PLAN.objective(ObjectiveId.parse("a9"))).isEmpty();
    assertThat(PLAN.indicator(PlanFixtures.WAITS)).map(Indicator::direction).contains(Direction.DECREASE);
    assertThat(PLAN.indicator(IndicatorId.parse("a9"))).isEmpty();
    assertThat(PLAN.aimOf(PlanFixtures.O12)).map(Aim::id).contains(PlanFixtures.A1);
    assertThat(PLAN.aimOf(ObjectiveId.parse("a9"))).isEmpty();
    assertThat(PLAN.aimOf(PlanFixtures.WAITS)).map(Aim::id).contains(PlanFixtures.A2);
    assertThat(PLAN.aimOf(IndicatorId.parse("a9"))).isEmpty();
    assertThat(PLAN.toString()).isEqualTo("ours 1");
  }

  @Test
  void refusesAPlanWithoutAims() {
    InvalidInputException e = rejectionOf(() -> StrategicPlan.of(ID, "P", "1", SOURCE, List.of()));
    assertThat(e.field()).isEqualTo("strategicPlan.aims");
    assertThat(e.rule()).isEqualTo("must hold at least one aim");
  }

  @Test
  void refusesRepeatedIdsAnywhereInThePlan() {
    Aim again = Aim.of("three", "Three", List.of(Objective.of("one.o", "O")), List.of(), List.of());
    InvalidInputException e = rejectionOf(() -> StrategicPlan.of(ID, "P", "1", SOURCE, List.of(ONE, TWO, again)));
    assertThat(e.field()).isEqualTo("strategicPlan.aims[2].objectives[0].id");
    assertThat(e.rule()).isEqualTo("must not repeat the id at strategicPlan.aims[0].objectives[0].id: ids are unique"
        + " across the plan");
    assertThat(e.offendingValue()).contains("one.o");
    assertThat(rejectionOf(() -> StrategicPlan.of(ID, "P", "1", SOURCE, List.of(ONE, ONE))).field())
        .isEqualTo("strategicPlan.aims[1].id");
    Aim sameIndicator = Aim.of("four", "Four", List.of(Objective.of("four.o", "O")), List.of(Enabler.of("one.e", "E")),
        List.of());
    assertThat(rejectionOf(() -> StrategicPlan.of(ID, "P", "1", SOURCE, List.of(ONE, sameIndicator))).field())
        .isEqualTo("strategicPlan.aims[1].enablers[0].id");
  }

  @Test
  void acceptsTheSameIdTextForThingsOfDifferentKinds() {
    Aim shared = Aim.of("x", "X", List.of(Objective.of("x", "O")), List.of(Enabler.of("x", "E")),
        List.of(Indicator.of("x", "I", Direction.INCREASE)));
    assertThat(StrategicPlan.of(ID, "P", "1", SOURCE, List.of(shared)).objective(ObjectiveId.parse("x"))).isPresent();
  }

  @Test
  void refusesBadTexts() {
    assertThat(rejectionOf(() -> StrategicPlan.of(ID, "", "1", SOURCE, List.of(ONE))).field()).isEqualTo("strategicPlan.name");
    assertThat(rejectionOf(() -> StrategicPlan.of(ID, "P", "", SOURCE, List.of(ONE))).field())
        .isEqualTo("strategicPlan.version");
    assertThat(rejectionOf(() -> StrategicPlan.of(ID, "P".repeat(201), "1", SOURCE, List.of(ONE))).rule())
        .isEqualTo("must be at most 200 characters");
    assertThat(StrategicPlan.of(ID, "P".repeat(200), "1".repeat(64), SOURCE, List.of(ONE)).name()).hasSize(200);
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    new EqualsTester()
        .addEqualityGroup(StrategicPlan.of(ID, "P", "1", SOURCE, List.of(ONE, TWO)),
            StrategicPlan.of(ID, "P", "1", SOURCE, List.of(ONE, TWO)))
        .addEqualityGroup(StrategicPlan.of(PlanId.parse("q"), "P", "1", SOURCE, List.of(ONE, TWO)))
        .addEqualityGroup(StrategicPlan.of(ID, "Q", "1", SOURCE, List.of(ONE, TWO)))
        .addEqualityGroup(StrategicPlan.of(ID, "P", "2", SOURCE, List.of(ONE, TWO)))
        .addEqualityGroup(StrategicPlan.of(ID, "P", "1", RuleSource.guidance("x"), List.of(ONE, TWO)))
        .addEqualityGroup(StrategicPlan.of(ID, "P", "1", SOURCE, List.of(TWO, ONE)))
        .testEquals();
  }
}
