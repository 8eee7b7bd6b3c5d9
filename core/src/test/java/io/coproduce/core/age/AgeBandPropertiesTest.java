package io.coproduce.core.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.coproduce.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AgeBandPropertiesTest {

  @Test
  void everyAgeFrom0To130FallsInExactlyOneBandAndContainsAgrees() {
    qt().withFixedSeed(20261123L)
        .forAll(integers().between(0, Age.MAX_YEARS))
        .checkAssert(
            years -> {
              AgeBand band = AgeBand.of(years);
              assertThat(band.contains(years)).isTrue();
              assertThat(years).isBetween(band.minYears(), band.maxYears());
              for (AgeBand other : AgeBand.values()) {
                assertThat(other.contains(years))
                    .as("%s contains %s", other, years)
                    .isEqualTo(other == band);
              }
              assertThat(AgeBand.of(Age.of(years))).isEqualTo(band);
            });
  }

  @Test
  void everyAgeOutside0To130IsRejected() {
    qt().withFixedSeed(20261123L)
        .forAll(
            Generate.oneOf(
                integers().between(Integer.MIN_VALUE, -1),
                integers().between(131, Integer.MAX_VALUE)))
        .checkAssert(
            years -> {
              assertThat(catchThrowable(() -> AgeBand.of(years)))
                  .isInstanceOf(InvalidInputException.class);
              assertThat(Arrays.stream(AgeBand.values()).noneMatch(b -> b.contains(years)))
                  .isTrue();
            });
  }

  @Test
  void parseReadsBackTheLabelAndTheName() {
    qt().withFixedSeed(20261123L)
        .forAll(arbitrary().enumValues(AgeBand.class))
        .checkAssert(
            band -> {
              assertThat(AgeBand.parse(band.label())).isEqualTo(band);
              assertThat(AgeBand.parse(band.toString())).isEqualTo(band);
              assertThat(AgeBand.parse(band.name())).isEqualTo(band);
            });
  }

  @Test
  void anyStringGivesABandOrInvalidInputException() {
    Gen<String> pieces =
        lists()
            .of(
                arbitrary()
                    .pick(
                        List.of(
                            "0", "5", "6", "13", "15", "18", "25", "26", "-", "+", "_", "AGE", "TO",
                            "PLUS", "ADULT", " ")))
            .ofSizeBetween(0, 6)
            .map(parts -> String.join("", parts));
    qt().withFixedSeed(20261123L)
        .forAll(Generate.oneOf(pieces, strings().allPossible().ofLengthBetween(0, 15)))
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> AgeBand.parse(text));
              if (thrown == null) {
                AgeBand band = AgeBand.parse(text);
                assertThat(text).isIn(band.label(), band.name());
              } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).field()).isEqualTo("ageBand");
              }
            });
  }
}
