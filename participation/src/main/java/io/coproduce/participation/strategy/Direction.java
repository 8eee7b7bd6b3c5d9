package io.coproduce.participation.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/** Which way an indicator should move for its aim to be progressing. */
public enum Direction {
  /** More is better (policies that recognise young people's mental health): a target is a floor. */
  INCREASE,
  /** Less is better (waiting times, exclusions): a target is a ceiling. */
  DECREASE;

  /**
   * Returns whether {@code value} meets {@code target}: at or above it for {@link #INCREASE}, at
   * or below it for {@link #DECREASE}.
   */
  public boolean meets(BigDecimal value, BigDecimal target) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    int c = value.compareTo(target);
    return this == INCREASE ? c >= 0 : c <= 0;
  }
}
