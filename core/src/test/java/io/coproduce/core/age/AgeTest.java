package io.coproduce.core.age;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeTest {

  @Test
  void anExactAgeIsCertain() {
    Age age = Age.of(14);

    assertThat(age.years()).isEqualTo(14);
    assertThat(age.oldestYears()).isEqualTo(14);
    assertThat(age.isCertain()).isTrue();
    assertThat(age).hasToString("14");
  }

  @Test
  void aRangeIsUncertainAndReadsAsItsYoungestAge() {
    Age age = Age.of(13, 15);

    assertThat(age.years()).isEqualTo(13);
    assertThat(age.oldestYears()).isEqualTo(15);
    assertThat(age.isCertain()).isFalse();
    assertThat(age).hasToString("13-15");
  }

  @Test
  void aRangeOfOneYearIsCertain() {
    assertThat(Age.of(14, 14)).isEqualTo(Age.of(14)).hasToString("14");
  }

  @Test
  void acceptsZeroAndTheOldestAge() {
    assertThat(Age.of(0).years()).isZero();
    assertThat(Age.parse("0")).isEqualTo(Age.of(0)).hasToString("0");
    assertThat(Age.of(Age.MAX_YEARS).years()).isEqualTo(130);
    assertThat(Age.of(0, 130)).hasToString("0-130");
  }

  static Stream<Arguments> impossibleAges() {
    return Stream.of(
        Arguments.of(-1, -1, "age.years", "must be 0 to 130"),
        Arguments.of(131, 131, "age.years", "must be 0 to 130"),
        Arguments.of(Integer.MIN_VALUE, 0, "age.years", "must be 0 to 130"),
        Arguments.of(15, 13, "age.oldestYears", "must be at least age.years and at most 130"),
        Arguments.of(14, 131, "age.oldestYears", "must be at least age.years and at most 130"),
        Arguments.of(
            0, Integer.MAX_VALUE, "age.oldestYears", "must be at least age.years and at most 130"));
  }

  @ParameterizedTest
  @MethodSource("impossibleAges")
  void rejectsImpossibleAgesWithoutShowingThem(
      int youngest, int oldest, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> Age.of(youngest, oldest));

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e).hasMessage(field + ": " + rule);
    assertThat(e.offendingValue()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // text,  youngest, oldest
    "0,       0,   0",
    "14,      14,  14",
    "130,     130, 130",
    "13-15,   13,  15",
    "0-130,   0,   130",
    "17-18,   17,  18",
  })
  void parsesItsTextForm(String text, int youngest, int oldest) {
    Age age = Age.parse(text);

    assertThat(age).isEqualTo(Age.of(youngest, oldest));
    assertThat(age).hasToString(text);
  }

  @Test
  void acceptsLeadingZeros() {
    // Parseable, though never written by toString: "014" reads as 14.
    assertThat(Age.parse("014")).isEqualTo(Age.of(14)).hasToString("14");
    assertThat(Age.parse("00-007")).isEqualTo(Age.of(0, 7));
  }

  @Test
  void acceptsARangeOfOneYearAndWritesItAsAnExactAge() {
    assertThat(Age.parse("14-14")).isEqualTo(Age.of(14)).hasToString("14");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 14",
        "14 ",
        "-1",
        "-",
        "1-",
        "-1-",
        "13--15",
        "13-15-17",
        "13 - 15",
        "+14",
        "14.0",
        "1e1",
        "fourteen",
        "0x0E",
        "1000",
        "0131",
        "١٤",
        "１４",
        "\u0000"
      })
  void rejectsAnythingElseWithoutShowingIt(String text) {
    InvalidInputException e = rejectionOf(() -> Age.parse(text));

    assertThat(e.field()).isEqualTo("age");
    assertThat(e.rule()).isEqualTo("must be whole years like 14 or 13-15");
    assertThat(e).hasMessage("age: must be whole years like 14 or 13-15");
    assertThat(e.offendingValue()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "131, age.years",
    "999, age.years",
    "15-13, age.oldestYears",
    "14-131, age.oldestYears"
  })
  void rejectsWellFormedButImpossibleAgesNamingTheComponent(String text, String field) {
    InvalidInputException e = rejectionOf(() -> Age.parse(text));

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain(text);
  }

  @Test
  void rejectsNullAsInvalidInput() {
    assertThat(rejectionOf(() -> Age.parse(null))).hasMessage("age: must not be null");
  }

  @ParameterizedTest
  @CsvSource({
    // youngest, oldest, threshold, isAtLeast, mayBeUnder
    "16, 16, 16, true,  false",
    "15, 15, 16, false, true",
    "17, 17, 16, true,  false",
    "15, 17, 15, true,  false",
    "15, 17, 16, false, true",
    "15, 17, 18, false, true",
    "0,  0,  0,  true,  false",
  })
  void thresholdsTakeTheYoungestPossibleAge(
      int youngest, int oldest, int threshold, boolean atLeast, boolean mayBeUnder) {
    Age age = Age.of(youngest, oldest);

    assertThat(age.isAtLeast(threshold)).isEqualTo(atLeast);
    assertThat(age.mayBeUnder(threshold)).isEqualTo(mayBeUnder);
  }

  @ParameterizedTest
  @CsvSource({
    // youngest, oldest, certainly a child
    "0,  0,  true",
    "17, 17, true",
    "16, 17, true",
    "18, 18, false",
    "17, 18, false",
    "25, 25, false",
  })
  void isAChildOnlyWhenCertainlyUnder18(int youngest, int oldest, boolean child) {
    assertThat(Age.of(youngest, oldest).isChild()).isEqualTo(child);
  }

  @ParameterizedTest
  @CsvSource({
    "5, 5, 0-5",
    "6, 6, 6-9",
    "17, 19, 16-17",
    "12, 13, 10-12",
    "25, 30, 18-25",
    "130, 130, 26+"
  })
  void bandIsTheBandOfTheYoungestPossibleAge(int youngest, int oldest, String band) {
    assertThat(Age.of(youngest, oldest).band()).hasToString(band);
  }

  @Test
  void ordersByYoungestThenOldestAge() {
    List<Age> ages =
        new ArrayList<>(
            List.of(Age.of(15), Age.of(13, 15), Age.of(14), Age.of(13), Age.of(13, 14)));
    Collections.shuffle(ages, new java.util.Random(20261123L));

    Collections.sort(ages);

    assertThat(ages)
        .containsExactly(Age.of(13), Age.of(13, 14), Age.of(13, 15), Age.of(14), Age.of(15));
  }

  @Test
  void compareToIsZeroExactlyForEqualAges() {
    assertThat(Age.of(13, 15).compareTo(Age.parse("13-15"))).isZero();
    assertThat(Age.of(13, 15).compareTo(Age.of(13, 16))).isNegative();
    assertThat(Age.of(14).compareTo(Age.of(13, 16))).isPositive();
  }

  @Test
  void compareToRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Age.of(14).compareTo(null));
  }

  @Test
  void equalsAndHashCodeFollowBothBounds() {
    new EqualsTester()
        .addEqualityGroup(Age.of(14), Age.of(14, 14), new Age(14, 14), Age.parse("14"))
        .addEqualityGroup(Age.of(13, 15), Age.parse("13-15"))
        .addEqualityGroup(Age.of(13, 14))
        .addEqualityGroup(Age.of(15))
        .addEqualityGroup(Age.of(0))
        .testEquals();
  }
}
