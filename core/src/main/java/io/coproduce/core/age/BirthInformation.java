package io.coproduce.core.age;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What a host knows about when a person was born: an exact date of birth, only a year of birth,
 * or only an age range on a date ("13 to 15 on 1 March 2026"). Each is held as the window of
 * birth dates it allows, so every rule can ask for the youngest possible age (the protective
 * reading) and know whether the age was certain.
 *
 * <p>Immutable and thread-safe. Text forms, which {@link #parse(String)} reads back:
 * {@code 2010-02-28}, {@code year:2010}, {@code age:13-15@2026-03-01}.
 *
 * <p>A date of birth is personal data: errors about it never show the value.
 */
public final class BirthInformation {

  /** How precisely the birth is known. */
  public enum Precision {
    /** An exact date of birth. */
    DATE,
    /** Only the year of birth. */
    YEAR,
    /** Only an age range observed on a given date. */
    AGE_RANGE
  }

  private final Precision precision;
  private final LocalDate earliest;
  private final LocalDate latest;
  // For AGE_RANGE only: what was recorded, so the text form round-trips.
  private final int rangeMin;
  private final int rangeMax;
  private final LocalDate observedOn;

  private BirthInformation(
      Precision precision, LocalDate earliest, LocalDate latest, int rangeMin, int rangeMax,
      LocalDate observedOn) {
    this.precision = precision;
    this.earliest = earliest;
    this.latest = latest;
    this.rangeMin = rangeMin;
    this.rangeMax = rangeMax;
    this.observedOn = observedOn;
  }

  /** An exact date of birth. */
  public static BirthInformation ofDate(LocalDate dateOfBirth) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    if (dateOfBirth.getYear() < 1850 || dateOfBirth.getYear() > 9999) {
      throw InvalidInputException.personal("dateOfBirth", "year must be 1850 to 9999");
    }
    return new BirthInformation(Precision.DATE, dateOfBirth, dateOfBirth, -1, -1, null);
  }

  /** Only a year of birth: the person was born on some day of that year. */
  public static BirthInformation ofYear(int yearOfBirth) {
    if (yearOfBirth < 1850 || yearOfBirth > 9999) {
      throw InvalidInputException.personal("yearOfBirth", "must be 1850 to 9999");
    }
    Year year = Year.of(yearOfBirth);
    return new BirthInformation(
        Precision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth(), -1, -1, null);
  }

  /**
   * Only an age range on a date: on {@code observedOn} the person was at least {@code minAge}
   * and at most {@code maxAge} whole years old.
   */
  public static BirthInformation ofAgeRange(int minAge, int maxAge, LocalDate observedOn) {
    Objects.requireNonNull(observedOn, "observedOn");
    if (minAge < 0 || minAge > Age.MAX_YEARS) {
      throw InvalidInputException.personal("ageRange.min", "must be 0 to " + Age.MAX_YEARS);
    }
    if (maxAge < minAge || maxAge > Age.MAX_YEARS) {
      throw InvalidInputException.personal(
          "ageRange.max", "must be at least ageRange.min and at most " + Age.MAX_YEARS);
    }
    if (observedOn.getYear() < 1850 + Age.MAX_YEARS || observedOn.getYear() > 9999) {
      throw InvalidInputException.of(
          "ageRange.observedOn", "year must be " + (1850 + Age.MAX_YEARS) + " to 9999", observedOn);
    }
    // Aged maxAge on observedOn at the oldest: born the day after (maxAge + 1) years before.
    LocalDate earliest = observedOn.minusYears(maxAge + 1L).plusDays(1);
    LocalDate latest = observedOn.minusYears(minAge);
    return new BirthInformation(Precision.AGE_RANGE, earliest, latest, minAge, maxAge, observedOn);
  }

  /**
   * Parses the text form: {@code yyyy-mm-dd}, {@code year:yyyy} or {@code age:MIN-MAX@yyyy-mm-dd}.
   *
   * @throws InvalidInputException naming {@code birth} when the text is not one of these forms
   */
  public static BirthInformation parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("birth", "must not be null", null);
    }
    try {
      if (text.startsWith("year:")) {
        String digits = text.substring(5);
        requireDigits(digits, 4);
        return ofYear(Integer.parseInt(digits));
      }
      if (text.startsWith("age:")) {
        int at = text.indexOf('@');
        int dash = text.indexOf('-', 4);
        if (at < 0 || dash < 0 || dash > at) {
          throw InvalidInputException.personal("birth", "age range must look like age:13-15@2026-03-01");
        }
        String min = text.substring(4, dash);
        String max = text.substring(dash + 1, at);
        requireDigits(min, 3);
        requireDigits(max, 3);
        return ofAgeRange(
            Integer.parseInt(min), Integer.parseInt(max), LocalDate.parse(text.substring(at + 1)));
      }
      return ofDate(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.personal(
          "birth", "must be yyyy-mm-dd, year:yyyy or age:MIN-MAX@yyyy-mm-dd");
    }
  }

  private static void requireDigits(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw InvalidInputException.personal(
          "birth", "must be yyyy-mm-dd, year:yyyy or age:MIN-MAX@yyyy-mm-dd");
    }
  }

  /** Returns how precisely the birth is known. */
  public Precision precision() {
    return precision;
  }

  /** Returns the earliest possible date of birth. */
  public LocalDate earliestBirthDate() {
    return earliest;
  }

  /** Returns the latest possible date of birth. */
  public LocalDate latestBirthDate() {
    return latest;
  }

  /** Returns whether the exact date of birth is known. */
  public boolean isExact() {
    return precision == Precision.DATE;
  }

  /**
   * Returns the person's age on {@code date}. With an uncertain birth, {@link Age#years()} is the
   * youngest possible age (the protective reading) and {@link Age#oldestYears()} the oldest.
   *
   * @throws InvalidInputException when {@code date} is before the latest possible birth date
   *     (the person may not have been born yet), or when the person could be older than {@value
   *     Age#MAX_YEARS} on {@code date} (field {@code age.years} or {@code age.oldestYears})
   */
  public Age ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(latest)) {
      throw InvalidInputException.of(
          "date", "must not be before the person's (latest possible) date of birth", date);
    }
    return Age.of(Age.yearsBetween(latest, date), Age.yearsBetween(earliest, date));
  }

  /**
   * Returns the first date on which the person is certainly at least {@code years} old: the
   * {@code years}th birthday of the latest possible birth date, with UK semantics (born on 29
   * February: 1 March in common years).
   */
  public LocalDate dateCertainlyAged(int years) {
    if (years < 0 || years > Age.MAX_YEARS) {
      throw InvalidInputException.of("years", "must be 0 to " + Age.MAX_YEARS, years);
    }
    return Age.birthday(latest, years);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BirthInformation other
        && precision == other.precision
        && earliest.equals(other.earliest)
        && latest.equals(other.latest)
        && rangeMin == other.rangeMin
        && rangeMax == other.rangeMax
        && Objects.equals(observedOn, other.observedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, earliest, latest, rangeMin, rangeMax, observedOn);
  }

  /** Returns the text form that {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return switch (precision) {
      case DATE -> earliest.toString();
      case YEAR -> "year:" + earliest.getYear();
      case AGE_RANGE -> "age:" + rangeMin + "-" + rangeMax + "@" + observedOn;
    };
  }
}
