package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period a date falls in: an ISO week, a month, a quarter or a year, named by its unit and
 * first day. Immutable and thread-safe. Text form: {@code 2026-W01}, {@code 2026-03},
 * {@code 2026-Q1}, {@code 2026}; {@link #parse(String)} reads it back.
 *
 * <p>Weeks follow ISO-8601: they start on Monday and belong to the week-based year of their
 * Thursday, so 29 December 2025 is in {@code 2026-W01} and 1 January 2027 is in {@code 2026-W53}.
 *
 * @param unit the length of the period
 * @param start its first day
 */
public record Period(PeriodUnit unit, LocalDate start) implements Comparable<Period> {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /**
   * Validates the period.
   *
   * @throws InvalidInputException naming {@code period.start} when it is not the first day of a
   *     period of {@code unit}
   */
  public Period {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(start, "start");
    if (!startOf(unit, start).equals(start)) {
      throw InvalidInputException.of("period.start", "must be the first day of a " + unit.name().toLowerCase(java.util.Locale.ROOT), start);
    }
  }

  /** Returns the period of {@code unit} that {@code date} falls in. */
  public static Period of(PeriodUnit unit, LocalDate date) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(date, "date");
    return new Period(unit, startOf(unit, date));
  }

  private static LocalDate startOf(PeriodUnit unit, LocalDate date) {
    return switch (unit) {
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /**
   * Parses the text form ({@code 2026-W01}, {@code 2026-03}, {@code 2026-Q1}, {@code 2026}).
   *
   * @throws InvalidInputException naming {@code period} when the text is none of these, or names
   *     a week or month that does not exist
   */
  public static Period parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("period", "must be given", null);
    }
    try {
      Matcher m = WEEK.matcher(text);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate thursday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
        if (week < 1 || week > thursday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
          throw InvalidInputException.of("period", "week must exist in its ISO week-based year", text);
        }
        return Period.of(PeriodUnit.WEEK, thursday.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
      }
      m = QUARTER.matcher(text);
      if (m.matches()) {
        int quarter = Integer.parseInt(m.group(2));
        return new Period(PeriodUnit.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), quarter * 3 - 2, 1));
      }
      m = MONTH.matcher(text);
      if (m.matches()) {
        return new Period(PeriodUnit.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
      }
      m = YEAR.matcher(text);
      if (m.matches()) {
        return new Period(PeriodUnit.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
      }
    } catch (java.time.DateTimeException e) {
      throw InvalidInputException.of("period", "must name a period that exists", text, e);
    }
    throw InvalidInputException.of("period", "must look like 2026-W01, 2026-03, 2026-Q1 or 2026", text);
  }

  /** Returns the last day of the period (inclusive). */
  public LocalDate end() {
    return switch (unit) {
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  /** Returns whether {@code date} falls in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  /** Orders by unit, then by start. */
  @Override
  public int compareTo(Period other) {
    int byUnit = unit.compareTo(other.unit);
    return byUnit != 0 ? byUnit : start.compareTo(other.start);
  }

  /** Returns the text form, for example {@code 2026-W01} or {@code 2026-Q3}. */
  @Override
  public String toString() {
    return switch (unit) {
      case WEEK -> String.format(java.util.Locale.ROOT, "%04d-W%02d",
          start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> String.format(java.util.Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() + 2) / 3);
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", start.getYear());
    };
  }
}
