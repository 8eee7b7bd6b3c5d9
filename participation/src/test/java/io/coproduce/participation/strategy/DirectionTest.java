package io.coproduce.participation.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionTest {

  @ParameterizedTest
  @CsvSource({
      "INCREASE, 9, 10, false", "INCREASE, 10, 10, true", "INCREASE, 10.000, 10, true", "INCREASE, 11, 10, true",
      "DECREASE, 9, 10, true", "DECREASE, 10, 10.0, true", "DECREASE, 11, 10, false", "DECREASE, -3, -2, true"})
  void aTargetIsAFloorWhenIncreasingAndACeilingWhenDecreasing(Direction direction, BigDecimal value,
      BigDecimal target, boolean meets) {
    assertThat(direction.meets(value, target)).isEqualTo(meets);
  }
}
