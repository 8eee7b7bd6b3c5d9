package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * What one group counted: events of each kind, and distinct people (0 when the grouping counts
 * none). Immutable and thread-safe.
 *
 * @param group the group's key
 * @param tookPart events of kind {@link ActivityKind#TOOK_PART}
 * @param contributed events of kind {@link ActivityKind#CONTRIBUTED}
 * @param heardBack events of kind {@link ActivityKind#HEARD_BACK}
 * @param people distinct people with an event of any kind
 */
public record GroupTotals(Group group, long tookPart, long contributed, long heardBack, long people) {

  /**
   * Validates the totals.
   *
   * @throws InvalidInputException naming {@code groupTotals} when a count is negative
   */
  public GroupTotals {
    Objects.requireNonNull(group, "group");
    if (tookPart < 0 || contributed < 0 || heardBack < 0 || people < 0) {
      throw InvalidInputException.of("groupTotals", "counts must not be negative", group);
    }
  }

  /** Returns the events of {@code kind}. */
  public long events(ActivityKind kind) {
    return switch (kind) {
      case TOOK_PART -> tookPart;
      case CONTRIBUTED -> contributed;
      case HEARD_BACK -> heardBack;
    };
  }

  /** Returns the events of every kind. */
  public long events() {
    return tookPart + contributed + heardBack;
  }
}
