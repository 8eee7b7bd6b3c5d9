package io.coproduce.participation.vetting;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A vetting check an adult holds: its level and the day its certificate was issued. A check
 * does not expire in law; organisations set how often they renew it (see {@link #isOlderThan}).
 * Immutable.
 *
 * @param level the level of the check
 * @param issuedOn the day the certificate was issued; {@code null} only for {@link VettingLevel#NONE}
 */
public record VettingCheck(VettingLevel level, LocalDate issuedOn) {

  /** Validates the check. */
  public VettingCheck {
    Objects.requireNonNull(level, "level");
    if (level == VettingLevel.NONE && issuedOn != null) {
      throw InvalidInputException.of("vettingCheck.issuedOn", "must be absent when there is no check", issuedOn);
    }
    if (level != VettingLevel.NONE && issuedOn == null) {
      throw InvalidInputException.of("vettingCheck.issuedOn", "is required for a " + level + " check", null);
    }
  }

  /** No check at all. */
  public static VettingCheck none() {
    return new VettingCheck(VettingLevel.NONE, null);
  }

  /** A check at {@code level} issued on {@code issuedOn}. */
  public static VettingCheck of(VettingLevel level, LocalDate issuedOn) {
    return new VettingCheck(level, Objects.requireNonNull(issuedOn, "issuedOn"));
  }

  /**
   * Returns whether, on {@code day}, this check is at least {@code wanted} and already issued.
   * A certificate issued after {@code day} did not exist yet.
   */
  public boolean meetsOn(VettingLevel wanted, LocalDate day) {
    Objects.requireNonNull(wanted, "wanted");
    Objects.requireNonNull(day, "day");
    if (wanted == VettingLevel.NONE) {
      return true;
    }
    return level.isAtLeast(wanted) && !issuedOn.isAfter(day);
  }

  /** Returns whether the certificate is more than {@code age} old on {@code day}; false when there is none. */
  public boolean isOlderThan(Period age, LocalDate day) {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(day, "day");
    return issuedOn != null && issuedOn.plus(age).isBefore(day);
  }

  @Override
  public String toString() {
    return issuedOn == null ? level.toString() : level + " issued " + issuedOn;
  }
}
