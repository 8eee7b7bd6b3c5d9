package io.coproduce.core.age;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.age.BirthInformation.Precision;
import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthInformationTest {

  // --- ages from an exact date of birth -------------------------------------------------------

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    // born,      on,         age
    "2010-06-15, 2010-06-15, 0",
    "2010-06-15, 2011-06-14, 0",
    "2010-06-15, 2011-06-15, 1",
    "2010-06-15, 2026-06-14, 15",
    "2010-06-15, 2026-06-15, 16",
    "2010-06-15, 2026-06-16, 16",
    "2010-12-31, 2026-12-30, 15",
    "2010-12-31, 2026-12-31, 16",
    "2010-12-31, 2027-01-01, 16",
    "2010-01-01, 2025-12-31, 15",
    "2010-01-01, 2026-01-01, 16",
    // 28 February and 1 March births are not moved in leap years
    "2008-02-28, 2026-02-28, 18",
    "2008-02-28, 2026-02-27, 17",
    "2008-03-01, 2026-02-28, 17",
    "2008-03-01, 2026-03-01, 18",
    "2007-03-01, 2024-02-29, 16",
    "2007-03-01, 2024-03-01, 17",
  })
  void ageOnDatesAroundBirthdays(LocalDate born, LocalDate on, int years) {
    Age age = BirthInformation.ofDate(born).ageOn(on);

    assertThat(age).isEqualTo(Age.of(years));
    assertThat(age.isCertain()).isTrue();
  }

  @ParameterizedTest(name = "born 2008-02-29, on {0}: {1}")
  @CsvSource({
    "2008-02-29, 0",
    "2009-02-28, 0",
    "2009-03-01, 1",
    "2012-02-28, 3",
    "2012-02-29, 4",
    "2012-03-01, 4",
    "2024-02-28, 15",
    "2024-02-29, 16",
    "2025-02-28, 16",
    "2025-03-01, 17",
    "2026-02-28, 17",
    "2026-03-01, 18",
  })
  void aLeapDayBirthIsAYearOlderOnFirstMarchInCommonYears(LocalDate on, int years) {
    assertThat(BirthInformation.ofDate(parse("2008-02-29")).ageOn(on)).isEqualTo(Age.of(years));
  }

  @Test
  void aLeapDayBirthIs17On28FebruaryAnd18On1March2026() {
    BirthInformation born = BirthInformation.parse("2008-02-29");

    assertThat(born.ageOn(parse("2026-02-28")).years()).isEqualTo(17);
    assertThat(born.ageOn(parse("2026-03-01")).years()).isEqualTo(18);
    assertThat(born.ageOn(parse("2012-02-29")).years()).isEqualTo(4);
  }

  // --- ages from a year of birth --------------------------------------------------------------

  @ParameterizedTest(name = "born in {0}, on {1}: {2}-{3}")
  @CsvSource({
    // year, on,         youngest, oldest, certain
    "2010, 2010-12-31, 0,  0,  true",
    "2010, 2011-01-01, 0,  1,  false",
    "2010, 2026-01-01, 15, 16, false",
    "2010, 2026-06-15, 15, 16, false",
    "2010, 2026-12-30, 15, 16, false",
    "2010, 2026-12-31, 16, 16, true",
    "2010, 2027-01-01, 16, 17, false",
    "2008, 2026-02-28, 17, 18, false",
    "2008, 2026-03-01, 17, 18, false",
    "2008, 2026-12-31, 18, 18, true",
  })
  void aYearOfBirthGivesTheYoungestAndOldestPossibleAges(
      int year, LocalDate on, int youngest, int oldest, boolean certain) {
    Age age = BirthInformation.ofYear(year).ageOn(on);

    assertThat(age.years()).isEqualTo(youngest);
    assertThat(age.oldestYears()).isEqualTo(oldest);
    assertThat(age.isCertain()).isEqualTo(certain);
  }

  // --- ages from an age range on a date -------------------------------------------------------

  @ParameterizedTest(name = "{0}-{1} on {2}, on {3}: {4}-{5}")
  @CsvSource({
    // min, max, observed,  on,         youngest, oldest, certain
    "13, 15, 2026-03-01, 2026-03-01, 13, 15, false",
    "13, 15, 2026-03-01, 2026-03-02, 13, 16, false",
    "13, 15, 2026-03-01, 2027-02-28, 13, 16, false",
    "13, 15, 2026-03-01, 2027-03-01, 14, 16, false",
    "13, 15, 2026-03-01, 2029-03-01, 16, 18, false",
    "14, 14, 2026-03-01, 2026-03-01, 14, 14, true",
    "14, 14, 2026-03-01, 2026-03-02, 14, 15, false",
    "14, 14, 2026-03-01, 2027-02-28, 14, 15, false",
    "14, 14, 2026-03-01, 2027-03-01, 15, 15, true",
    "0,  0,  2026-03-01, 2026-03-01, 0,  0,  true",
    "0,  130, 2026-03-01, 2026-03-01, 0, 130, false",
  })
  void anAgeRangeGivesTheYoungestAndOldestPossibleAges(
      int min,
      int max,
      LocalDate observed,
      LocalDate on,
      int youngest,
      int oldest,
      boolean certain) {
    Age age = BirthInformation.ofAgeRange(min, max, observed).ageOn(on);

    assertThat(age.years()).isEqualTo(youngest);
    assertThat(age.oldestYears()).isEqualTo(oldest);
    assertThat(age.isCertain()).isEqualTo(certain);
  }

  // --- the window of possible birth dates -----------------------------------------------------

  @ParameterizedTest(name = "{0}: born {1} to {2}")
  @CsvSource({
    "2010-02-28,            2010-02-28, 2010-02-28",
    "2008-02-29,            2008-02-29, 2008-02-29",
    "year:2010,             2010-01-01, 2010-12-31",
    "year:2008,             2008-01-01, 2008-12-31",
    "year:1850,             1850-01-01, 1850-12-31",
    "age:13-15@2026-03-01,  2010-03-02, 2013-03-01",
    "age:0-0@2026-03-01,    2025-03-02, 2026-03-01",
    "age:16-17@2026-01-01,  2008-01-02, 2010-01-01",
    // observed on a leap day: the latest birth is 28 February of a common year
    "age:13-15@2024-02-29,  2008-03-01, 2011-02-28",
    "age:4-4@2024-02-29,    2019-03-01, 2020-02-29",
    // observed on 28 February of a common year: a leap-day birth 16 years before is still 16
    "age:16-16@2025-02-28,  2008-02-29, 2009-02-28",
    "age:16-16@2025-03-01,  2008-03-02, 2009-03-01",
    "age:130-130@1980-01-01, 1849-01-02, 1850-01-01",
  })
  void knowsTheEdgesOfTheBirthWindow(String text, LocalDate earliest, LocalDate latest) {
    BirthInformation birth = BirthInformation.parse(text);

    assertThat(birth.earliestBirthDate()).isEqualTo(earliest);
    assertThat(birth.latestBirthDate()).isEqualTo(latest);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "age:13-15@2026-03-01",
        "age:13-15@2024-02-29",
        "age:16-16@2025-02-28",
        "age:0-0@2026-03-01",
        "age:4-9@2028-02-29"
      })
  void theBirthWindowOfAnAgeRangeIsExactlyTheBirthDatesGivingAnAgeInTheRange(String text) {
    BirthInformation birth = BirthInformation.parse(text);
    int min = Integer.parseInt(text.substring(4, text.indexOf('-')));
    int max = Integer.parseInt(text.substring(text.indexOf('-') + 1, text.indexOf('@')));
    LocalDate observed = parse(text.substring(text.indexOf('@') + 1));

    assertThat(Age.yearsBetween(birth.earliestBirthDate(), observed)).isEqualTo(max);
    assertThat(Age.yearsBetween(birth.earliestBirthDate().minusDays(1), observed))
        .isEqualTo(max + 1);
    assertThat(Age.yearsBetween(birth.latestBirthDate(), observed)).isEqualTo(min);
    if (min > 0) {
      assertThat(Age.yearsBetween(birth.latestBirthDate().plusDays(1), observed))
          .isEqualTo(min - 1);
    } else {
      assertThat(birth.latestBirthDate()).isEqualTo(observed);
    }
  }

  @Test
  void anExactBirthIsTheOnlyOneThatIsExact() {
    assertThat(BirthInformation.parse("2010-02-28").isExact()).isTrue();
    assertThat(BirthInformation.parse("year:2010").isExact()).isFalse();
    assertThat(BirthInformation.parse("age:13-15@2026-03-01").isExact()).isFalse();
  }

  // --- the date someone is certainly of an age ------------------------------------------------

  @ParameterizedTest(name = "{0} is certainly {1} on {2}")
  @CsvSource({
    "2010-06-15,             16,  2026-06-15",
    "2010-06-15,             0,   2010-06-15",
    "2008-02-29,             0,   2008-02-29",
    "2008-02-29,             4,   2012-02-29",
    "2008-02-29,             16,  2024-02-29",
    "2008-02-29,             18,  2026-03-01",
    "2008-02-28,             18,  2026-02-28",
    "year:2010,              16,  2026-12-31",
    "year:2008,              18,  2026-12-31",
    "age:13-15@2026-03-01,   16,  2029-03-01",
    "age:13-15@2026-03-01,   13,  2026-03-01",
    "age:16-16@2024-02-29,   18,  2026-03-01",
    "age:16-16@2025-02-28,   18,  2027-02-28",
    "year:2010,              130, 2140-12-31",
  })
  void dateCertainlyAgedIsTheBirthdayOfTheLatestPossibleBirth(
      String text, int years, LocalDate expected) {
    BirthInformation birth = BirthInformation.parse(text);

    LocalDate date = birth.dateCertainlyAged(years);

    assertThat(date).isEqualTo(expected);
    assertThat(birth.ageOn(date).years()).isEqualTo(years);
    if (years > 0) {
      assertThat(birth.ageOn(date.minusDays(1)).years()).isEqualTo(years - 1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 131, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void dateCertainlyAgedRejectsImpossibleAges(int years) {
    InvalidInputException e =
        rejectionOf(() -> BirthInformation.ofYear(2010).dateCertainlyAged(years));

    assertThat(e.field()).isEqualTo("years");
    assertThat(e.rule()).isEqualTo("must be 0 to 130");
  }

  // --- dates on which there is no age ---------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2010-06-15,            2010-06-14",
    "year:2010,             2010-12-30",
    "year:2010,             2010-01-01",
    "age:13-15@2026-03-01,  2013-02-28",
  })
  void rejectsADateBeforeTheLatestPossibleBirth(String text, LocalDate on) {
    InvalidInputException e = rejectionOf(() -> BirthInformation.parse(text).ageOn(on));

    assertThat(e.field()).isEqualTo("date");
    assertThat(e.rule())
        .isEqualTo("must not be before the person's (latest possible) date of birth");
  }

  @Test
  void rejectsADateOnWhichThePersonCouldBeOlderThanTheOldestAge() {
    assertThat(BirthInformation.ofDate(parse("1900-01-01")).ageOn(parse("2030-12-31")))
        .isEqualTo(Age.of(130));
    assertThat(
            rejectionOf(
                    () -> BirthInformation.ofDate(parse("1900-01-01")).ageOn(parse("2031-01-01")))
                .field())
        .isEqualTo("age.years");
    // With an uncertain birth the oldest possible age passes 130 first.
    assertThat(rejectionOf(() -> BirthInformation.ofYear(1900).ageOn(parse("2031-06-01"))).field())
        .isEqualTo("age.oldestYears");
  }

  @Test
  void ageOnNeedsADate() {
    assertThatNullPointerException()
        .isThrownBy(() -> BirthInformation.ofYear(2010).ageOn(null))
        .withMessage("date");
  }

  // --- text form ------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2010-02-28,            DATE",
    "2008-02-29,            DATE",
    "1850-01-01,            DATE",
    "9999-12-31,            DATE",
    "year:2010,             YEAR",
    "year:1850,             YEAR",
    "year:9999,             YEAR",
    "age:13-15@2026-03-01,  AGE_RANGE",
    "age:0-130@1980-01-01,  AGE_RANGE",
    "age:0-0@9999-12-31,    AGE_RANGE",
  })
  void parsesEachTextFormAndWritesItBack(String text, Precision precision) {
    BirthInformation birth = BirthInformation.parse(text);

    assertThat(birth.precision()).isEqualTo(precision);
    assertThat(birth).hasToString(text);
  }

  @Test
  void factoriesAndParseAgree() {
    assertThat(BirthInformation.parse("2010-02-28"))
        .isEqualTo(BirthInformation.ofDate(parse("2010-02-28")));
    assertThat(BirthInformation.parse("year:2010")).isEqualTo(BirthInformation.ofYear(2010));
    assertThat(BirthInformation.parse("age:13-15@2026-03-01"))
        .isEqualTo(BirthInformation.ofAgeRange(13, 15, parse("2026-03-01")));
  }

  @Test
  void acceptsLeadingZerosInAnAgeRange() {
    // Parseable, though never written by toString.
    assertThat(BirthInformation.parse("age:013-015@2026-03-01"))
        .isEqualTo(BirthInformation.ofAgeRange(13, 15, parse("2026-03-01")))
        .hasToString("age:13-15@2026-03-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "2010-2-28",
        "2010-02-30",
        "2009-02-29",
        "10-02-28",
        "+2010-02-28",
        "2010/02/28",
        "28/02/2010",
        " 2010-02-28",
        "2010-02-28 ",
        "2010-02-28T00:00",
        "20100228",
        "year:",
        "year:20100",
        "year: 2010",
        "year:+201",
        "YEAR:2010",
        "year:２０１０",
        "age:",
        "age:-@",
        "age:13-15",
        "age:13@2026-03-01",
        "age:13-@2026-03-01",
        "age:-15@2026-03-01",
        "age:1000-1@2026-03-01",
        "age:13-15@",
        "age:13-15@2026-3-1",
        "age:13-15@2026-03-01 ",
        "age:13 -15@2026-03-01",
        "age:13-15-17@2026-03-01",
        "age:@-",
        "AGE:13-15@2026-03-01",
        "junk",
        "\u0000"
      })
  void rejectsAnythingElseWithoutShowingIt(String text) {
    InvalidInputException e = rejectionOf(() -> BirthInformation.parse(text));

    assertThat(e.field()).isEqualTo("birth");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e).hasNoCause();
    assertThat(e.getMessage())
        .isIn(
            "birth: must be yyyy-mm-dd, year:yyyy or age:MIN-MAX@yyyy-mm-dd",
            "birth: age range must look like age:13-15@2026-03-01");
  }

  @ParameterizedTest
  @CsvSource({
    "1849-12-31,             dateOfBirth",
    "+10000-01-01,           dateOfBirth",
    "year:1849,              yearOfBirth",
    "year:0999,              yearOfBirth",
    "year:10,                yearOfBirth",
    "age:15-13@2026-03-01,   ageRange.max",
    "age:131-131@2026-03-01, ageRange.min",
    "age:13-131@2026-03-01,  ageRange.max",
  })
  void rejectsWellFormedButImpossibleBirthsNamingTheField(String text, String field) {
    InvalidInputException e = rejectionOf(() -> BirthInformation.parse(text));

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain(text);
  }

  @Test
  void errorsAboutADateOfBirthNeverShowIt() {
    // The JDK's own parse error quotes the text; it must not leak as message or cause.
    InvalidInputException e = rejectionOf(() -> BirthInformation.parse("2010-02-30"));

    assertThat(e).hasMessage("birth: must be yyyy-mm-dd, year:yyyy or age:MIN-MAX@yyyy-mm-dd");
    assertThat(e).hasNoCause();
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(rejectionOf(() -> BirthInformation.ofDate(parse("1700-05-17"))))
        .hasMessage("dateOfBirth: year must be 1850 to 9999");
    assertThat(rejectionOf(() -> BirthInformation.ofYear(1700)))
        .hasMessage("yearOfBirth: must be 1850 to 9999");
    assertThat(rejectionOf(() -> BirthInformation.ofAgeRange(16, 14, parse("2026-03-01"))))
        .hasMessage("ageRange.max: must be at least ageRange.min and at most 130");
  }

  @Test
  void rejectsNullTextAsInvalidInput() {
    assertThat(rejectionOf(() -> BirthInformation.parse(null)))
        .hasMessage("birth: must not be null");
  }

  // --- factories ------------------------------------------------------------------------------

  @Test
  void acceptsBirthYearsFrom1850To9999() {
    assertThat(BirthInformation.ofDate(parse("1850-01-01")).earliestBirthDate())
        .isEqualTo(parse("1850-01-01"));
    assertThat(BirthInformation.ofDate(parse("9999-12-31")).latestBirthDate())
        .isEqualTo(parse("9999-12-31"));
    assertThat(BirthInformation.ofYear(1850).precision()).isEqualTo(Precision.YEAR);
    assertThat(BirthInformation.ofYear(9999).latestBirthDate()).isEqualTo(parse("9999-12-31"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1849, 10000, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsBirthYearsOutside1850To9999(int year) {
    assertThat(rejectionOf(() -> BirthInformation.ofYear(year)).field()).isEqualTo("yearOfBirth");
    if (year >= LocalDate.MIN.getYear() && year <= LocalDate.MAX.getYear()) {
      assertThat(rejectionOf(() -> BirthInformation.ofDate(LocalDate.of(year, 6, 1))).field())
          .isEqualTo("dateOfBirth");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 5,   ageRange.min",
    "131, 131, ageRange.min",
    "6, 5,    ageRange.max",
    "0, 131,  ageRange.max",
  })
  void rejectsImpossibleAgeRanges(int min, int max, String field) {
    InvalidInputException e =
        rejectionOf(() -> BirthInformation.ofAgeRange(min, max, parse("2026-03-01")));

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.offendingValue()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1979-12-31", "+10000-01-01"})
  void rejectsAnObservationDateOutside1980To9999(LocalDate observed) {
    InvalidInputException e = rejectionOf(() -> BirthInformation.ofAgeRange(13, 15, observed));

    assertThat(e.field()).isEqualTo("ageRange.observedOn");
    assertThat(e.rule()).isEqualTo("year must be 1980 to 9999");
  }

  @Test
  void acceptsTheWidestAgeRange() {
    BirthInformation birth = BirthInformation.ofAgeRange(0, 130, parse("1980-01-01"));

    assertThat(birth.ageOn(parse("1980-01-01"))).isEqualTo(Age.of(0, 130));
  }

  @Test
  void factoriesNeedTheirDates() {
    assertThatNullPointerException()
        .isThrownBy(() -> BirthInformation.ofDate(null))
        .withMessage("dateOfBirth");
    assertThatNullPointerException()
        .isThrownBy(() -> BirthInformation.ofAgeRange(1, 2, null))
        .withMessage("observedOn");
  }

  // --- equality -------------------------------------------------------------------------------

  @Test
  void equalsAndHashCodeFollowWhatWasRecorded() {
    new EqualsTester()
        .addEqualityGroup(
            BirthInformation.ofDate(parse("2010-02-28")),
            BirthInformation.ofDate(LocalDate.of(2010, 2, 28)),
            BirthInformation.parse("2010-02-28"))
        .addEqualityGroup(BirthInformation.ofDate(parse("2010-03-01")))
        .addEqualityGroup(BirthInformation.ofYear(2010), BirthInformation.parse("year:2010"))
        .addEqualityGroup(BirthInformation.ofYear(2011))
        .addEqualityGroup(
            BirthInformation.ofAgeRange(13, 15, parse("2026-03-01")),
            BirthInformation.parse("age:13-15@2026-03-01"))
        .addEqualityGroup(BirthInformation.ofAgeRange(13, 15, parse("2026-03-02")))
        .addEqualityGroup(BirthInformation.ofAgeRange(13, 16, parse("2026-03-01")))
        .addEqualityGroup(BirthInformation.ofAgeRange(12, 15, parse("2026-03-01")))
        // The same window of birth dates as year:2010, but recorded as an age range.
        .addEqualityGroup(BirthInformation.ofAgeRange(16, 16, parse("2026-12-31")))
        .testEquals();
  }

  @Test
  void anAgeRangeCanHaveTheSameBirthWindowAsAYearOfBirth() {
    BirthInformation range = BirthInformation.ofAgeRange(16, 16, parse("2026-12-31"));
    BirthInformation year = BirthInformation.ofYear(2010);

    assertThat(range.earliestBirthDate()).isEqualTo(year.earliestBirthDate());
    assertThat(range.latestBirthDate()).isEqualTo(year.latestBirthDate());
    assertThat(range.ageOn(parse("2027-06-01"))).isEqualTo(year.ageOn(parse("2027-06-01")));
  }
}
