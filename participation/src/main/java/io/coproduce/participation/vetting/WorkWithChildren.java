package io.coproduce.participation.vetting;

import io.coproduce.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One period in which an adult worked with children (under 18): running or helping at a session,
 * moderating an online space, giving advice or guidance. The facts the Disclosure and Barring
 * Service's frequency test needs, and nothing about the children. Immutable.
 *
 * @param start when the work began
 * @param end when it ended, after {@code start}
 * @param supervised whether a person with an enhanced check and a barred-list check supervised the
 *     work day to day (such work is not regulated activity)
 * @param weeklySeries whether the work is part of an arrangement held once a week or more often
 * @param personalCare whether it included health or personal care, which is regulated activity
 *     even once
 */
public record WorkWithChildren(
    Instant start, Instant end, boolean supervised, boolean weeklySeries, boolean personalCare) {

  /** The longest single period accepted: a residential of up to 14 days. */
  public static final Duration LONGEST = Duration.ofDays(14);

  /** Validates the period. */
  public WorkWithChildren {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("workWithChildren.end", "must be after start", end);
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw InvalidInputException.of("workWithChildren.end", "must be at most 14 days after start", end);
    }
  }

  /** Unsupervised, one-off work without personal care. */
  public static WorkWithChildren of(Instant start, Instant end) {
    return new WorkWithChildren(start, end, false, false, false);
  }

  /** The same work, supervised day to day by a checked person. */
  public WorkWithChildren supervisedByCheckedPerson() {
    return new WorkWithChildren(start, end, true, weeklySeries, personalCare);
  }

  /** The same work, as part of a weekly (or more frequent) series. */
  public WorkWithChildren inWeeklySeries() {
    return new WorkWithChildren(start, end, supervised, true, personalCare);
  }

  /** The same work, including health or personal care. */
  public WorkWithChildren withPersonalCare() {
    return new WorkWithChildren(start, end, supervised, weeklySeries, true);
  }
}
