package io.coproduce.reporting.reach;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.Objects;

/**
 * When a group counts as under-served: its representation ratio (its share of the people taking
 * part ÷ its share of the reference population) is below a threshold. Immutable and thread-safe.
 *
 * <p>The library's default, {@value #DEFAULT_THRESHOLD}, is its own policy (there is no statutory
 * threshold): a group is flagged when it is represented at less than four-fifths of its share,
 * the same four-fifths line that equality monitoring in employment has long used as a rule of
 * thumb for adverse impact. A host may set its own threshold, citing its own policy.
 *
 * @param threshold the ratio below which a group is under-served, more than 0 and at most 1
 * @param source where the threshold comes from
 */
public record EquityPolicy(double threshold, RuleSource source) {
  /** The library's default threshold. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private static final EquityPolicy DEFAULTS = new EquityPolicy(DEFAULT_THRESHOLD,
      RuleSource.libraryDefault("Coproduce equity policy: under-served below 0.8 of the reference share "
          + "(the four-fifths rule of thumb)"));

  /**
   * Validates the policy.
   *
   * @throws InvalidInputException naming {@code equityPolicy.threshold} when it is not more than 0
   *     and at most 1
   */
  public EquityPolicy {
    Objects.requireNonNull(source, "source");
    if (!(threshold > 0 && threshold <= 1)) {
      throw InvalidInputException.of("equityPolicy.threshold", "must be more than 0 and at most 1", threshold);
    }
  }

  /** The library's default: under-served below {@value #DEFAULT_THRESHOLD}. */
  public static EquityPolicy defaults() {
    return DEFAULTS;
  }

  /** An organisation's own threshold, citing its own policy. */
  public static EquityPolicy organisation(double threshold, String citation) {
    return new EquityPolicy(threshold, RuleSource.organisationPolicy(citation));
  }

  /** Returns whether {@code ratio} is below the threshold. */
  public boolean isUnderServed(double ratio) {
    return ratio < threshold;
  }
}
