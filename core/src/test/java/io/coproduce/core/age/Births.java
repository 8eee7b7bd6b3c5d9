package io.coproduce.core.age;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of births, dates and birth text for the property tests of this package. */
final class Births {

  static final LocalDate FIRST_BIRTH = LocalDate.of(1850, 1, 1);
  static final LocalDate LAST_BIRTH = LocalDate.of(9999, 12, 31);
  static final LocalDate FIRST_OBSERVATION = LocalDate.of(1980, 1, 1);

  private Births() {}

  /**
   * Dates from {@code from} to {@code to}, half of them within a day of 29 February (or of 28
   * February in common years) or of New Year, where birthday arithmetic goes wrong.
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Gen<LocalDate> uniform =
        longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> awkward =
        integers()
            .between(from.getYear() + 1, to.getYear() - 1)
            .zip(
                arbitrary().pick(Month.FEBRUARY, Month.DECEMBER),
                integers().between(-1, 1),
                (year, month, shift) -> {
                  LocalDate edge =
                      month == Month.FEBRUARY
                          ? LocalDate.of(year, 2, 1)
                              .withDayOfMonth(LocalDate.of(year, 2, 1).lengthOfMonth())
                          : LocalDate.of(year, 12, 31);
                  return edge.plusDays(shift);
                });
    return Generate.oneOf(uniform, awkward);
  }

  static Gen<BirthInformation> exact() {
    return dates(FIRST_BIRTH, LAST_BIRTH).map(BirthInformation::ofDate);
  }

  static Gen<BirthInformation> yearOnly() {
    return integers().between(1850, 9999).map(BirthInformation::ofYear);
  }

  static Gen<BirthInformation> ageRange() {
    return integers()
        .between(0, Age.MAX_YEARS)
        .zip(
            integers().between(0, Age.MAX_YEARS),
            dates(FIRST_OBSERVATION, LAST_BIRTH),
            (a, b, observedOn) ->
                BirthInformation.ofAgeRange(Math.min(a, b), Math.max(a, b), observedOn));
  }

  static Gen<BirthInformation> uncertain() {
    return Generate.oneOf(yearOnly(), ageRange());
  }

  static Gen<BirthInformation> any() {
    return Generate.oneOf(exact(), yearOnly(), ageRange());
  }

  /**
   * The date {@code k} steps into the span from the latest possible birth to the last date on which
   * nobody with this birth can be over {@link Age#MAX_YEARS}; empty if there is no such span.
   */
  static LocalDate dateInLife(BirthInformation birth, int k) {
    long span = lifeSpanDays(birth);
    return span < 0 ? null : birth.latestBirthDate().plusDays(Math.floorMod(k, span + 1));
  }

  static long lifeSpanDays(BirthInformation birth) {
    LocalDate last = birth.earliestBirthDate().plusYears(Age.MAX_YEARS);
    return last.toEpochDay() - birth.latestBirthDate().toEpochDay();
  }

  /** The birth date {@code k} steps into the window of possible birth dates. */
  static LocalDate birthInWindow(BirthInformation birth, int k) {
    long window = birth.latestBirthDate().toEpochDay() - birth.earliestBirthDate().toEpochDay();
    return birth.earliestBirthDate().plusDays(Math.floorMod(k, window + 1));
  }

  /** Text of any kind: the three forms, pieces of them run together, and arbitrary Unicode. */
  static Gen<String> anyText() {
    Gen<String> valid = any().map(BirthInformation::toString);
    Gen<String> pieces =
        lists()
            .of(
                arbitrary()
                    .pick(
                        List.of(
                            "year:",
                            "age:",
                            "-",
                            "@",
                            ":",
                            "+",
                            " ",
                            "2010",
                            "2008",
                            "1849",
                            "10000",
                            "02",
                            "29",
                            "30",
                            "13",
                            "15",
                            "0",
                            "00",
                            "130",
                            "131",
                            "2026-03-01",
                            "2024-02-29",
                            "T00:00",
                            "١",
                            "０")))
            .ofSizeBetween(0, 8)
            .map(parts -> String.join("", parts));
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 30);
    Gen<String> ascii = strings().ascii().ofLengthBetween(0, 30);
    return Generate.oneOf(valid, pieces, unicode, ascii);
  }
}
