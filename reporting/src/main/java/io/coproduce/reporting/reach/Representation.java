package io.coproduce.reporting.reach;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.aggregate.Dimension;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well one group of one dimension is reached: the distinct people taking part, their share of
 * everyone counted in the dimension, the group's share of the reference population (if known),
 * the representation ratio (observed ÷ reference share) and, when the group is under-served, why.
 * Immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param group the group's value (an age band, a layer, a monitoring response, ...)
 * @param people distinct people taking part in the group
 * @param observedShare their share of the people counted over the dimension's groups, 0 to 1
 * @param referenceShare the group's share of the reference population, if known
 * @param ratio observed ÷ reference share, when the reference share is known and not zero
 * @param underServed why the group is under-served, when it is
 */
public record Representation(Dimension dimension, Object group, long people, double observedShare,
    OptionalDouble referenceShare, OptionalDouble ratio, Optional<Reason> underServed) {

  /**
   * Validates the figures.
   *
   * @throws InvalidInputException naming {@code representation} when a count or share is out of
   *     range
   */
  public Representation {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(referenceShare, "referenceShare");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(underServed, "underServed");
    if (people < 0 || !(observedShare >= 0 && observedShare <= 1)) {
      throw InvalidInputException.of("representation", "people must be 0 or more and shares 0 to 1", group);
    }
  }

  /** Returns whether the group is flagged as under-served. */
  public boolean isUnderServed() {
    return underServed.isPresent();
  }
}
