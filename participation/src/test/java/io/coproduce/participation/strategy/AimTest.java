package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AimTest {

  static final Objective O1 = Objective.of("o1", "First");
  static final Objective O2 = Objective.of("o2", "Second");

  @Test
  void holdsItsObjectivesEnablersAndIndicatorsInOrder() {
    Aim aim = Aim.of("a", "An aim", List.of(O2, O1), List.of(Enabler.of("e", "E")),
        List.of(Indicator.of("i", "I", Direction.DECREASE)));
    assertThat(aim.id()).isEqualTo(AimId.parse("a"));
    assertThat(aim.title()).isEqualTo("An aim");
    assertThat(aim.objectives()).containsExactly(O2, O1);
    assertThat(aim.enablers()).extracting(Enabler::text).containsExactly("E");
    assertThat(aim.indicators()).extracting(Indicator::direction).containsExactly(Direction.DECREASE);
  }

  @Test
  void acceptsAnAimStillWithoutEnablersOrIndicators() {
    assertThat(Aim.of("a", "Draft", List.of(O1), List.of(), List.of()).indicators()).isEmpty();
  }

  @Test
  void refusesAnAimWithoutObjectives() {
    InvalidInputException e = rejectionOf(() -> Aim.of("a", "A", List.of(), List.of(), List.of()));
    assertThat(e.field()).isEqualTo("aim.objectives");
    assertThat(e.rule()).isEqualTo("must hold at least one objective");
  }

  @Test
  void refusesRepeatedIdsWithinTheAim() {
    InvalidInputException o = rejectionOf(() -> Aim.of("a", "A", List.of(O1, O2, O1), List.of(), List.of()));
    assertThat(o.field()).isEqualTo("aim.objectives[2].id");
    assertThat(o.rule()).isEqualTo("must not repeat the id of objectives[0]");
    assertThat(o.offendingValue()).contains("o1");
    assertThat(rejectionOf(() -> Aim.of("a", "A", List.of(O1), List.of(Enabler.of("e", "E"), Enabler.of("e", "F")),
        List.of())).field()).isEqualTo("aim.enablers[1].id");
    assertThat(rejectionOf(() -> Aim.of("a", "A", List.of(O1), List.of(), List.of(Indicator.of("i", "I", Direction.INCREASE),
        Indicator.of("i", "J", Direction.DECREASE)))).field()).isEqualTo("aim.indicators[1].id");
  }

  @Test
  void refusesABadTitle() {
    assertThat(rejectionOf(() -> Aim.of("a", " ", List.of(O1), List.of(), List.of())).field()).isEqualTo("aim.title");
    assertThat(rejectionOf(() -> Aim.of("a", "x".repeat(501), List.of(O1), List.of(), List.of())).rule())
        .isEqualTo("must be at most 500 characters");
  }
}
