package io.coproduce.core.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AgePropertiesTest {

  private static Gen<Age> ages() {
    return integers()
        .between(0, Age.MAX_YEARS)
        .zip(
            integers().between(0, Age.MAX_YEARS), (a, b) -> Age.of(Math.min(a, b), Math.max(a, b)));
  }

  private static Gen<String> anyText() {
    Gen<String> pieces =
        lists()
            .of(
                arbitrary()
                    .pick(
                        List.of(
                            "0", "1", "3", "9", "13", "130", "131", "999", "1000", "-", " ", "+",
                            "٣", "３")))
            .ofSizeBetween(0, 5)
            .map(parts -> String.join("", parts));
    return Generate.oneOf(
        ages().map(Age::toString), pieces, strings().allPossible().ofLengthBetween(0, 10));
  }

  @Test
  void parseReadsBackToString() {
    qt().withFixedSeed(20261123L)
        .forAll(ages())
        .checkAssert(age -> assertThat(Age.parse(age.toString())).isEqualTo(age));
  }

  @Test
  void anyStringGivesAnAgeOrInvalidInputException() {
    qt().withFixedSeed(20261123L)
        .forAll(anyText())
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> Age.parse(text));
              if (thrown == null) {
                Age age = Age.parse(text);
                assertThat(Age.parse(age.toString())).isEqualTo(age);
              } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                InvalidInputException e = (InvalidInputException) thrown;
                assertThat(e.field()).isIn("age", "age.years", "age.oldestYears");
                assertThat(e.offendingValue()).isEmpty();
              }
            });
  }

  @Test
  void theYoungestAgeDecidesThresholds() {
    qt().withFixedSeed(20261123L)
        .forAll(ages(), integers().between(-1, Age.MAX_YEARS + 1))
        .checkAssert(
            (age, threshold) -> {
              assertThat(age.isAtLeast(threshold)).isNotEqualTo(age.mayBeUnder(threshold));
              assertThat(age.isAtLeast(threshold)).isEqualTo(age.years() >= threshold);
              assertThat(age.isChild()).isEqualTo(age.oldestYears() < 18);
              assertThat(age.band().contains(age.years())).isTrue();
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().withFixedSeed(20261123L)
        .forAll(ages(), ages())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              if (a.years() != b.years()) {
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(a.years() - b.years()));
              }
            });
  }
}
