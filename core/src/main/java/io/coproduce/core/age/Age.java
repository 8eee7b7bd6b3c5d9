package io.coproduce.core.age;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.Month;

/**
 * A person's age in whole years on some date. When the birth is only partly known (a year, an
 * age range), {@link #years()} is the youngest age the person could be and {@link #oldestYears()}
 * the oldest; rules use {@link #years()}, the reading that protects the child, and say so when
 * {@link #isCertain()} is false. Immutable and thread-safe.
 *
 * <p>Birthdays follow UK law: a person born on 29 February is a year older on 1 March in common
 * years (Family Law Reform Act 1969 s.9 counts age from the anniversary of the birth date).
 *
 * @param years the youngest possible age in whole years, 0 to {@value #MAX_YEARS}
 * @param oldestYears the oldest possible age, at least {@code years}
 */
public record Age(int years, int oldestYears) implements Comparable<Age> {

  /** The oldest age the library accepts. */
  public static final int MAX_YEARS = 130;

  /** Validates the age. Ages are personal data: errors do not show them. */
  public Age {
    if (years < 0 || years > MAX_YEARS) {
      throw InvalidInputException.personal("age.years", "must be 0 to " + MAX_YEARS);
    }
    if (oldestYears < years || oldestYears > MAX_YEARS) {
      throw InvalidInputException.personal(
          "age.oldestYears", "must be at least age.years and at most " + MAX_YEARS);
    }
  }

  /** An exactly known age. */
  public static Age of(int years) {
    return new Age(years, years);
  }

  /** An age known only to lie between {@code youngest} and {@code oldest}, inclusive. */
  public static Age of(int youngest, int oldest) {
    return new Age(youngest, oldest);
  }

  /** Returns whether the age is exactly known. */
  public boolean isCertain() {
    return years == oldestYears;
  }

  /** Returns whether the person is certainly at least {@code threshold} years old. */
  public boolean isAtLeast(int threshold) {
    return years >= threshold;
  }

  /** Returns whether the person might be under {@code threshold} (the protective reading). */
  public boolean mayBeUnder(int threshold) {
    return years < threshold;
  }

  /** Returns whether the person is certainly under 18 (a child in UK law). */
  public boolean isChild() {
    return oldestYears < 18;
  }

  /** Returns the age band of the youngest possible age. */
  public AgeBand band() {
    return AgeBand.of(years);
  }

  /** Orders by youngest possible age, then oldest possible age. */
  @Override
  public int compareTo(Age other) {
    int c = Integer.compare(years, other.years);
    return c != 0 ? c : Integer.compare(oldestYears, other.oldestYears);
  }

  /** Returns {@code "14"} for a certain age and {@code "13-15"} for an uncertain one. */
  @Override
  public String toString() {
    return isCertain() ? Integer.toString(years) : years + "-" + oldestYears;
  }

  /**
   * Parses {@link #toString()}'s form: {@code "14"} or {@code "13-15"}.
   *
   * @throws InvalidInputException naming {@code age} for anything else
   */
  public static Age parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("age", "must not be null", null);
    }
    int dash = text.indexOf('-');
    String first = dash < 0 ? text : text.substring(0, dash);
    String second = dash < 0 ? text : text.substring(dash + 1);
    if (!isSmallNumber(first) || !isSmallNumber(second)) {
      throw InvalidInputException.personal("age", "must be whole years like 14 or 13-15");
    }
    return new Age(Integer.parseInt(first), Integer.parseInt(second));
  }

  private static boolean isSmallNumber(String s) {
    return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whole years from {@code birth} to {@code date}, with UK birthday semantics. */
  static int yearsBetween(LocalDate birth, LocalDate date) {
    int years = date.getYear() - birth.getYear();
    if (date.isBefore(birthday(birth, years))) {
      years--;
    }
    return years;
  }

  /**
   * The {@code n}th birthday of someone born on {@code birth}: the same month and day, or 1 March
   * for a 29 February birth in a common year.
   */
  static LocalDate birthday(LocalDate birth, int n) {
    LocalDate candidate = birth.plusYears(n);
    if (birth.getMonth() == Month.FEBRUARY
        && birth.getDayOfMonth() == 29
        && candidate.getDayOfMonth() == 28) {
      return candidate.plusDays(1);
    }
    return candidate;
  }
}
