package io.coproduce.core.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.coproduce.core.age.BirthInformation.Precision;
import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BirthInformationPropertiesTest {

  private static final Set<String> PARSE_FIELDS =
      Set.of(
          "birth",
          "dateOfBirth",
          "yearOfBirth",
          "ageRange.min",
          "ageRange.max",
          "ageRange.observedOn");

  @Test
  void anExactBirthReadsBackFromItsText() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.exact())
        .checkAssert(
            birth -> {
              assertThat(birth.precision()).isEqualTo(Precision.DATE);
              assertThat(BirthInformation.parse(birth.toString())).isEqualTo(birth);
            });
  }

  @Test
  void aYearOfBirthReadsBackFromItsText() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.yearOnly())
        .checkAssert(
            birth -> {
              assertThat(birth.precision()).isEqualTo(Precision.YEAR);
              assertThat(BirthInformation.parse(birth.toString())).isEqualTo(birth);
            });
  }

  @Test
  void anAgeRangeReadsBackFromItsText() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.ageRange())
        .checkAssert(
            birth -> {
              assertThat(birth.precision()).isEqualTo(Precision.AGE_RANGE);
              assertThat(BirthInformation.parse(birth.toString())).isEqualTo(birth);
            });
  }

  @Test
  void anyStringGivesABirthOrInvalidInputExceptionWithoutShowingIt() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.anyText())
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> BirthInformation.parse(text));
              if (thrown == null) {
                BirthInformation birth = BirthInformation.parse(text);
                assertThat(BirthInformation.parse(birth.toString())).isEqualTo(birth);
              } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                InvalidInputException e = (InvalidInputException) thrown;
                assertThat(e.field()).isIn(PARSE_FIELDS);
                if (!e.field().equals("ageRange.observedOn")) {
                  assertThat(e.offendingValue()).isEmpty();
                }
              }
            });
  }

  @Test
  void ageNeverFallsAsTheDateAdvances() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.any(), integers().all(), integers().all())
        .checkAssert(
            (birth, k1, k2) -> {
              LocalDate a = Births.dateInLife(birth, k1);
              LocalDate b = Births.dateInLife(birth, k2);
              if (a == null) {
                return; // the window is wider than the oldest age: no date has an age
              }
              LocalDate earlier = a.isBefore(b) ? a : b;
              LocalDate later = a.isBefore(b) ? b : a;
              Age before = birth.ageOn(earlier);
              Age after = birth.ageOn(later);
              assertThat(after.years()).isGreaterThanOrEqualTo(before.years());
              assertThat(after.oldestYears()).isGreaterThanOrEqualTo(before.oldestYears());
            });
  }

  @Test
  void anExactBirthAlwaysGivesACertainAge() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.exact(), integers().all())
        .checkAssert(
            (birth, k) -> {
              LocalDate date = Births.dateInLife(birth, k);
              Age age = birth.ageOn(date);
              assertThat(age.isCertain()).isTrue();
              assertThat(age.years()).isEqualTo(Age.yearsBetween(birth.earliestBirthDate(), date));
            });
  }

  @Test
  void anUncertainBirthGivesARangeHoldingTheAgeOfEveryPossibleBirthDate() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.uncertain(), integers().all(), integers().all())
        .checkAssert(
            (birth, dateStep, birthStep) -> {
              LocalDate date = Births.dateInLife(birth, dateStep);
              if (date == null) {
                return;
              }
              Age age = birth.ageOn(date);
              int exact = Age.yearsBetween(Births.birthInWindow(birth, birthStep), date);
              assertThat(age.years()).isLessThanOrEqualTo(age.oldestYears());
              assertThat(exact).isBetween(age.years(), age.oldestYears());
            });
  }

  @Test
  void theWindowOfAnAgeRangeHoldsExactlyTheBirthDatesGivingAnAgeInTheRange() {
    qt().withFixedSeed(20261123L)
        .forAll(
            integers().between(0, Age.MAX_YEARS),
            integers().between(0, Age.MAX_YEARS),
            Births.dates(Births.FIRST_OBSERVATION, Births.LAST_BIRTH),
            integers().all())
        .checkAssert(
            (a, b, observedOn, k) -> {
              int min = Math.min(a, b);
              int max = Math.max(a, b);
              BirthInformation birth = BirthInformation.ofAgeRange(min, max, observedOn);
              LocalDate earliest = birth.earliestBirthDate();
              LocalDate latest = birth.latestBirthDate();

              assertThat(Age.yearsBetween(Births.birthInWindow(birth, k), observedOn))
                  .isBetween(min, max);
              assertThat(Age.yearsBetween(earliest, observedOn)).isEqualTo(max);
              assertThat(Age.yearsBetween(earliest.minusDays(1), observedOn)).isEqualTo(max + 1);
              assertThat(Age.yearsBetween(latest, observedOn)).isEqualTo(min);
              if (min > 0) {
                assertThat(Age.yearsBetween(latest.plusDays(1), observedOn)).isEqualTo(min - 1);
              } else {
                assertThat(latest).isEqualTo(observedOn);
              }
            });
  }

  @Test
  void aYearOfBirthCoversTheWholeYear() {
    qt().withFixedSeed(20261123L)
        .forAll(integers().between(1850, 9999))
        .checkAssert(
            year -> {
              BirthInformation birth = BirthInformation.ofYear(year);
              assertThat(birth.earliestBirthDate()).isEqualTo(LocalDate.of(year, 1, 1));
              assertThat(birth.latestBirthDate()).isEqualTo(LocalDate.of(year, 12, 31));
            });
  }

  @Test
  void dateCertainlyAgedIsTheFirstDateOnWhichTheYoungestPossibleAgeIsReached() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.any(), integers().between(0, Age.MAX_YEARS))
        .checkAssert(
            (birth, years) -> {
              LocalDate date = birth.dateCertainlyAged(years);
              assertThat(Age.yearsBetween(birth.latestBirthDate(), date)).isEqualTo(years);
              if (years > 0) {
                assertThat(Age.yearsBetween(birth.latestBirthDate(), date.minusDays(1)))
                    .isEqualTo(years - 1);
              }
              if (Births.lifeSpanDays(birth)
                  >= date.toEpochDay() - birth.latestBirthDate().toEpochDay()) {
                assertThat(birth.ageOn(date).years()).isEqualTo(years);
                assertThat(birth.ageOn(date).isAtLeast(years)).isTrue();
              }
            });
  }

  @Test
  void thereIsNoAgeBeforeTheLatestPossibleBirth() {
    qt().withFixedSeed(20261123L)
        .forAll(Births.any(), integers().between(1, 100_000))
        .checkAssert(
            (birth, days) -> {
              Throwable thrown =
                  catchThrowable(() -> birth.ageOn(birth.latestBirthDate().minusDays(days)));
              assertThat(thrown).isInstanceOf(InvalidInputException.class);
              assertThat(((InvalidInputException) thrown).field()).isEqualTo("date");
            });
  }
}
