package io.coproduce.participation.forum;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a membership or a representation link runs: from a first day, optionally until a
 * planned last day, and optionally ended early on a day with a reason from a closed list. Both
 * ends are inclusive, as people say them ("from 1 September 2025 until 31 August 2026"); a term
 * ended early on a day was still active that day. Immutable and thread-safe.
 *
 * <p>Text form, which {@link #parse(String)} reads back: {@code 2025-09-01..2026-08-31},
 * {@code 2025-09-01..} (no planned end), and either followed by
 * {@code " ended 2026-01-10 STEPPED_DOWN"}.
 *
 * @param from the first day the term is active
 * @param until the planned last day, or {@code null} for no planned end
 * @param endedEarlyOn the day the term ended before its planned last day (its actual last day),
 *     or {@code null}
 * @param endReason why it ended early; given exactly when {@code endedEarlyOn} is
 */
public record Term(LocalDate from, LocalDate until, LocalDate endedEarlyOn, TermEndReason endReason) {

  private static final String ENDED = " ended ";

  /** Validates the term. */
  public Term {
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw InvalidInputException.of("term.until", "must not be before term.from (" + from + ")", until);
    }
    if ((endedEarlyOn == null) != (endReason == null)) {
      throw InvalidInputException.of(
          "term.endReason", "must be given together with term.endedEarlyOn", endReason);
    }
    if (endedEarlyOn != null && endedEarlyOn.isBefore(from)) {
      throw InvalidInputException.of(
          "term.endedEarlyOn", "must be on or after term.from (" + from + ")", endedEarlyOn);
    }
    if (endedEarlyOn != null && until != null && !endedEarlyOn.isBefore(until)) {
      throw InvalidInputException.of("term.endedEarlyOn",
          "must be before term.until (" + until + "): ending on the planned last day or later is not early",
          endedEarlyOn);
    }
  }

  /** A term from {@code from} with no planned end. */
  public static Term from(LocalDate from) {
    return new Term(from, null, null, null);
  }

  /** A term from {@code from} to {@code until}, both days included. */
  public static Term between(LocalDate from, LocalDate until) {
    return new Term(from, Objects.requireNonNull(until, "until"), null, null);
  }

  /**
   * Parses the text form (see the class description).
   *
   * @throws InvalidInputException naming {@code term} when the text is not in that form, or the
   *     field whose rule the parsed term breaks
   */
  public static Term parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("term", "must not be null", null);
    }
    String[] halves = text.split(ENDED, -1);
    if (halves.length > 2) {
      throw InvalidInputException.of("term", "must say \"ended\" at most once", text);
    }
    String period = halves[0];
    LocalDate endedOn = null;
    TermEndReason reason = null;
    try {
      if (halves.length == 2) {
        String[] parts = halves[1].split(" ", -1);
        if (parts.length != 2) {
          throw InvalidInputException.of("term", "must look like 2025-09-01..2026-08-31 ended 2026-01-10 STEPPED_DOWN", text);
        }
        endedOn = LocalDate.parse(parts[0]);
        reason = reasonNamed(parts[1], text);
      }
      int dots = period.indexOf("..");
      if (dots < 0) {
        throw InvalidInputException.of("term", "must look like 2025-09-01..2026-08-31 or 2025-09-01..", text);
      }
      LocalDate from = LocalDate.parse(period.substring(0, dots));
      String last = period.substring(dots + 2);
      return new Term(from, last.isEmpty() ? null : LocalDate.parse(last), endedOn, reason);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("term", "dates must be ISO dates such as 2025-09-01", text, e);
    }
  }

  private static TermEndReason reasonNamed(String name, String text) {
    for (TermEndReason reason : TermEndReason.values()) {
      if (reason.name().equals(name)) {
        return reason;
      }
    }
    throw InvalidInputException.of("term.endReason", "must be the name of a TermEndReason", text);
  }

  /**
   * Returns this term ended early: {@code on} is its last active day.
   *
   * @throws InvalidInputException naming {@code term.endedEarlyOn} when the term already ended
   *     early (an ending is never overwritten), or when {@code on} is before the first day or not
   *     before the planned last day
   */
  public Term endedEarly(LocalDate on, TermEndReason reason) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    if (endedEarlyOn != null) {
      throw InvalidInputException.of("term.endedEarlyOn",
          "is already set: the term ended early on " + endedEarlyOn + " and an ending is never overwritten", on);
    }
    return new Term(from, until, on, reason);
  }

  /** Returns the actual last day: the early end if there was one, else the planned last day. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(endedEarlyOn != null ? endedEarlyOn : until);
  }

  /** Returns whether the term has no last day (no planned end and not ended early). */
  public boolean isOpenEnded() {
    return endedEarlyOn == null && until == null;
  }

  /** Returns whether the term ended before its planned last day. */
  public boolean wasEndedEarly() {
    return endedEarlyOn != null;
  }

  /** Returns why the term ended early, if it did. */
  public Optional<TermEndReason> earlyEndReason() {
    return Optional.ofNullable(endReason);
  }

  /** Returns whether the term is active on {@code date}: on or after its first day and on or before its last. */
  public boolean activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(from)) {
      return false;
    }
    LocalDate last = endedEarlyOn != null ? endedEarlyOn : until;
    return last == null || !date.isAfter(last);
  }

  /** Returns whether this term and {@code other} share at least one active day. */
  public boolean overlaps(Term other) {
    Objects.requireNonNull(other, "other");
    return activeOn(other.from) || other.activeOn(from);
  }

  /** Returns the text form (see the class description). */
  @Override
  public String toString() {
    String period = from + ".." + (until == null ? "" : until.toString());
    return endedEarlyOn == null
        ? period
        : period + ENDED + endedEarlyOn + " " + endReason.name();
  }
}
