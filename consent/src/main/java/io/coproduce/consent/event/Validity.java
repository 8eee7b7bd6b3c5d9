package io.coproduce.consent.event;

import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a grant of consent applies: from an instant, optionally until an instant (after which it
 * has expired by itself), and optionally a date by which it should be reviewed. Immutable.
 *
 * @param from the first instant it applies
 * @param until the first instant it no longer applies, or {@code null} for no end
 * @param reviewOn the date it should be reviewed by, or {@code null}
 */
public record Validity(Instant from, Instant until, LocalDate reviewOn) {

  /** Validates the period. */
  public Validity {
    Objects.requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw InvalidInputException.of("validity.until", "must be after validity.from", until);
    }
  }

  /** Applies from {@code from} with no end. */
  public static Validity from(Instant from) {
    return new Validity(from, null, null);
  }

  /** Applies from {@code from} until (not including) {@code until}. */
  public static Validity between(Instant from, Instant until) {
    return new Validity(from, Objects.requireNonNull(until, "until"), null);
  }

  /** Returns a copy with a review date. */
  public Validity withReviewOn(LocalDate date) {
    return new Validity(from, until, Objects.requireNonNull(date, "date"));
  }

  /** Returns the end, if any. */
  public Optional<Instant> end() {
    return Optional.ofNullable(until);
  }

  /** Returns the review date, if any. */
  public Optional<LocalDate> review() {
    return Optional.ofNullable(reviewOn);
  }

  /** Returns whether {@code instant} falls in {@code [from, until)}. */
  public boolean covers(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(from) && (until == null || instant.isBefore(until));
  }

  /** Returns whether the period has ended by {@code instant}. */
  public boolean hasEndedBy(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return until != null && !instant.isBefore(until);
  }
}
