package io.coproduce.participation.voice;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long after a contribution its feedback is due, and on whose authority. Immutable and
 * thread-safe.
 *
 * <p>The library's default is {@value #DEFAULT_DAYS} days ({@link #defaults()}, source {@link
 * VoiceRules#DEFAULT_PERIOD_SOURCE}): NHS England's statutory guidance asks organisations to feed
 * back how people's involvement influenced decisions but sets no period, so the figure is the
 * library's own. A forum sets its own deadline ({@link #organisation(Duration, String)}); it may
 * be shorter than the default, and, unlike the safeguarding defaults, it may also be longer,
 * because the deadline is the forum's promise to its members rather than a legal minimum (a board
 * that meets quarterly can promise no sooner). A longer period is still recorded with its source,
 * so reports can show it ({@link #isLongerThanDefault()}).
 *
 * <p>The period is exact time: the deadline is the contribution's instant plus the period, the
 * same in every time zone. It must be positive and at most {@value #MAX_DAYS} days; a longer
 * period is refused as almost certainly an input error, and feedback a year late no longer
 * reaches most young people, who will have moved on.
 *
 * @param period how long after the contribution feedback is due
 * @param source where the period comes from (the library default, or the forum's own policy)
 */
public record FeedbackPolicy(Duration period, RuleSource source) {

  /** The default period, in days. */
  public static final int DEFAULT_DAYS = 28;

  /** The longest period accepted, in days. */
  public static final int MAX_DAYS = 366;

  /** The default period. */
  public static final Duration DEFAULT_PERIOD = Duration.ofDays(DEFAULT_DAYS);

  private static final Duration MAX_PERIOD = Duration.ofDays(MAX_DAYS);

  /**
   * Validates the policy.
   *
   * @throws InvalidInputException naming {@code feedbackPolicy.period} when it is not positive or
   *     longer than {@value #MAX_DAYS} days
   */
  public FeedbackPolicy {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    if (period.isNegative() || period.isZero()) {
      throw InvalidInputException.of("feedbackPolicy.period", "must be positive", period);
    }
    if (period.compareTo(MAX_PERIOD) > 0) {
      throw InvalidInputException.of(
          "feedbackPolicy.period", "must be at most " + MAX_DAYS + " days", period);
    }
  }

  /** The library's default: {@value #DEFAULT_DAYS} days. */
  public static FeedbackPolicy defaults() {
    return new FeedbackPolicy(DEFAULT_PERIOD, VoiceRules.DEFAULT_PERIOD_SOURCE);
  }

  /** A forum's or organisation's own period, citing its own policy (for example "YAG terms of reference 2026"). */
  public static FeedbackPolicy organisation(Duration period, String citation) {
    return new FeedbackPolicy(period, RuleSource.organisationPolicy(citation));
  }

  /** Returns when feedback on a contribution made at {@code contributedAt} is due. */
  public Instant deadlineFor(Instant contributedAt) {
    return Objects.requireNonNull(contributedAt, "contributedAt").plus(period);
  }

  /** Returns whether the period is longer than the library's default. */
  public boolean isLongerThanDefault() {
    return period.compareTo(DEFAULT_PERIOD) > 0;
  }

  /** Returns the period in words a facilitator reads: "28 days", "36 hours", else ISO-8601. */
  static String describe(Duration period) {
    if (period.equals(Duration.ofDays(period.toDays()))) {
      return plural(period.toDays(), "day");
    }
    if (period.equals(Duration.ofHours(period.toHours()))) {
      return plural(period.toHours(), "hour");
    }
    return period.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return describe(period) + " (" + source + ")";
  }
}
