package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void anIndicatorHasAnIdATextAndADirection() {
    Indicator i = Indicator.of("aim-2.ind-1", "Weeks waited", Direction.DECREASE);
    assertThat(i.id()).isEqualTo(IndicatorId.parse("aim-2.ind-1"));
    assertThat(i.text()).isEqualTo("Weeks waited");
    assertThat(i.direction()).isEqualTo(Direction.DECREASE);
    assertThat(rejectionOf(() -> Indicator.of("i", " ", Direction.INCREASE)).field()).isEqualTo("indicator.text");
    assertThat(rejectionOf(() -> Indicator.of("i", "x".repeat(501), Direction.INCREASE)).rule())
        .isEqualTo("must be at most 500 characters");
  }
}
