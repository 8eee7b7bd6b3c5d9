package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectiveTest {

  @Test
  void anObjectiveHasAnIdAndATitle() {
    Objective o = Objective.of("aim-1.obj-1", "Make the case");
    assertThat(o.id()).isEqualTo(ObjectiveId.parse("aim-1.obj-1"));
    assertThat(o.title()).isEqualTo("Make the case");
    assertThat(rejectionOf(() -> Objective.of("o", "")).field()).isEqualTo("objective.title");
    assertThat(rejectionOf(() -> Objective.of("o", "x".repeat(501))).rule()).isEqualTo("must be at most 500 characters");
    assertThat(Objective.of("o", "x".repeat(500)).title()).hasSize(500);
    assertThat(rejectionOf(() -> Objective.of("o", "tab\tand\u0000nul")).rule()).isEqualTo("must not contain control characters");
    assertThat(Objective.of("o", "Two lines\nand\ta tab").title()).contains("\n", "\t");
  }
}
