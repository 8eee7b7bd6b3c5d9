package io.coproduce.core.age;

import static io.coproduce.core.age.AgeBand.ADULT_26_PLUS;
import static io.coproduce.core.age.AgeBand.AGE_0_TO_5;
import static io.coproduce.core.age.AgeBand.AGE_10_TO_12;
import static io.coproduce.core.age.AgeBand.AGE_13_TO_15;
import static io.coproduce.core.age.AgeBand.AGE_16_TO_17;
import static io.coproduce.core.age.AgeBand.AGE_18_TO_25;
import static io.coproduce.core.age.AgeBand.AGE_6_TO_9;
import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeBandTest {

  static Stream<Arguments> bandEdges() {
    return Stream.of(
        Arguments.of(0, AGE_0_TO_5),
        Arguments.of(5, AGE_0_TO_5),
        Arguments.of(6, AGE_6_TO_9),
        Arguments.of(9, AGE_6_TO_9),
        Arguments.of(10, AGE_10_TO_12),
        Arguments.of(12, AGE_10_TO_12),
        Arguments.of(13, AGE_13_TO_15),
        Arguments.of(15, AGE_13_TO_15),
        Arguments.of(16, AGE_16_TO_17),
        Arguments.of(17, AGE_16_TO_17),
        Arguments.of(18, AGE_18_TO_25),
        Arguments.of(25, AGE_18_TO_25),
        Arguments.of(26, ADULT_26_PLUS),
        Arguments.of(130, ADULT_26_PLUS));
  }

  @ParameterizedTest
  @MethodSource("bandEdges")
  void findsTheBandAtEveryEdge(int years, AgeBand band) {
    assertThat(AgeBand.of(years)).isEqualTo(band);
    assertThat(band.contains(years)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 131, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsImpossibleAgesWithoutShowingThem(int years) {
    InvalidInputException e = rejectionOf(() -> AgeBand.of(years));

    assertThat(e).hasMessage("age.years: must be 0 to 130");
    assertThat(e.offendingValue()).isEmpty();
  }

  @Test
  void theBandOfAnUncertainAgeIsTheBandOfTheYoungestPossibleAge() {
    assertThat(AgeBand.of(Age.of(17, 19))).isEqualTo(AGE_16_TO_17);
    assertThat(AgeBand.of(Age.of(12, 13))).isEqualTo(AGE_10_TO_12);
    assertThat(AgeBand.of(Age.of(26))).isEqualTo(ADULT_26_PLUS);
  }

  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of("0-5", AGE_0_TO_5, 0, 5, true),
        Arguments.of("6-9", AGE_6_TO_9, 6, 9, true),
        Arguments.of("10-12", AGE_10_TO_12, 10, 12, true),
        Arguments.of("13-15", AGE_13_TO_15, 13, 15, true),
        Arguments.of("16-17", AGE_16_TO_17, 16, 17, true),
        Arguments.of("18-25", AGE_18_TO_25, 18, 25, false),
        Arguments.of("26+", ADULT_26_PLUS, 26, 130, false));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void hasItsLabelAndAgeRange(String label, AgeBand band, int min, int max, boolean children) {
    assertThat(band.label()).isEqualTo(label);
    assertThat(band).hasToString(label);
    assertThat(band.minYears()).isEqualTo(min);
    assertThat(band.maxYears()).isEqualTo(max);
    assertThat(band.isChildren()).isEqualTo(children);
  }

  @ParameterizedTest
  @MethodSource("labels")
  void parsesItsLabel(String label, AgeBand band) {
    assertThat(AgeBand.parse(label)).isEqualTo(band);
  }

  @ParameterizedTest
  @EnumSource(AgeBand.class)
  void parsesItsConstantName(AgeBand band) {
    assertThat(AgeBand.parse(band.name())).isEqualTo(band);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        " 13-15",
        "13-15 ",
        "13 - 15",
        "13–15",
        "13-16",
        "0-4",
        "13",
        "26",
        "26-",
        "26-130",
        "18+",
        "adult",
        "age_13_to_15",
        "Age_13_To_15",
        "AGE_13_TO_15 ",
        "AGE_26_PLUS"
      })
  void rejectsJunkNamingTheFieldAndTheLabels(String text) {
    InvalidInputException e = rejectionOf(() -> AgeBand.parse(text));

    assertThat(e.field()).isEqualTo("ageBand");
    assertThat(e.rule()).isEqualTo("must be one of 0-5, 6-9, 10-12, 13-15, 16-17, 18-25, 26+");
    assertThat(e.offendingValue()).contains(text);
  }

  @Test
  void rejectsNullAsInvalidInput() {
    assertThat(rejectionOf(() -> AgeBand.parse(null))).hasMessage("ageBand: must not be null");
  }

  @Test
  void bandsCoverEveryAgeFromZeroTo130WithoutGapsOrOverlaps() {
    AgeBand[] bands = AgeBand.values();

    assertThat(bands[0].minYears()).isZero();
    assertThat(bands[bands.length - 1].maxYears()).isEqualTo(Age.MAX_YEARS);
    for (int i = 1; i < bands.length; i++) {
      assertThat(bands[i].minYears())
          .as("start of %s", bands[i])
          .isEqualTo(bands[i - 1].maxYears() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(AgeBand.class)
  void containsNothingOutsideItsEdges(AgeBand band) {
    assertThat(band.contains(band.minYears() - 1)).isFalse();
    assertThat(band.contains(band.maxYears() + 1)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = AgeBand.class,
      names = {"AGE_0_TO_5", "AGE_6_TO_9", "AGE_10_TO_12", "AGE_13_TO_15", "AGE_16_TO_17"})
  void theChildrensCodeBandsCiteTheIco(AgeBand band) {
    assertThat(band.source().kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(band.source().citation()).startsWith("ICO, Age appropriate design code");
  }

  @Test
  void theYoungAdultAndAdultBandsSayWhereTheyComeFrom() {
    assertThat(AGE_18_TO_25.source().citation()).contains("0-25 remit");
    assertThat(ADULT_26_PLUS.source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
  }
}
