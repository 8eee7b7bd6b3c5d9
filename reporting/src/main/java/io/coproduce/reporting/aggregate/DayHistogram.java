package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mergeable, exact distribution of whole numbers of days: a count per day, so partials add up
 * and the median of the merged histogram is exactly the median of all values. Memory grows with
 * the largest number of days, never with the number of values. Mutable and not thread-safe.
 */
public final class DayHistogram {
  private long[] counts = new long[32];
  private long total;

  /** An empty histogram. */
  public DayHistogram() {}

  /**
   * Adds one value.
   *
   * @throws InvalidInputException naming {@code days} when it is negative
   */
  public void add(int days) {
    if (days < 0) {
      throw InvalidInputException.of("days", "must not be negative", days);
    }
    if (days >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(days + 1, counts.length * 2));
    }
    counts[days]++;
    total++;
  }

  /** Adds every value of {@code other} and returns this; {@code other} is unchanged. */
  public DayHistogram merge(DayHistogram other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw InvalidInputException.of("merge.other", "must not be the histogram itself", null);
    }
    if (other.counts.length > counts.length) {
      counts = Arrays.copyOf(counts, other.counts.length);
    }
    for (int d = 0; d < other.counts.length; d++) {
      counts[d] += other.counts[d];
    }
    total += other.total;
    return this;
  }

  /** Returns the number of values. */
  public long count() {
    return total;
  }

  /** Returns the number of values equal to {@code days}. */
  public long count(int days) {
    return days >= 0 && days < counts.length ? counts[days] : 0;
  }

  /**
   * Returns the exact median: the middle value, or the mean of the two middle values when the
   * count is even; empty when there are no values.
   */
  public OptionalDouble median() {
    if (total == 0) {
      return OptionalDouble.empty();
    }
    long lower = (total - 1) / 2;
    long upper = total / 2;
    return OptionalDouble.of((valueAt(lower) + valueAt(upper)) / 2.0);
  }

  private int valueAt(long rank) {
    long seen = 0;
    for (int d = 0; d < counts.length; d++) {
      seen += counts[d];
      if (seen > rank) {
        return d;
      }
    }
    throw new IllegalStateException("rank beyond count");
  }

  /** Equal when both hold the same values. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DayHistogram other) || total != other.total) {
      return false;
    }
    int n = Math.max(counts.length, other.counts.length);
    for (int d = 0; d < n; d++) {
      if (count(d) != other.count(d)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int last = counts.length - 1;
    while (last >= 0 && counts[last] == 0) {
      last--;
    }
    return Arrays.hashCode(Arrays.copyOf(counts, last + 1));
  }

  @Override
  public String toString() {
    return "DayHistogram[" + total + " values]";
  }
}
