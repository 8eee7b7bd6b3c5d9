package io.coproduce.examples.cli;

import static io.coproduce.examples.Examples.atMost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.examples.cli.TrainingSize.Preset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingSizeTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("tiny", TrainingSize.of(Preset.TINY)),
        Arguments.of("Small", TrainingSize.of(Preset.SMALL)),
        Arguments.of(" MEDIUM ", TrainingSize.of(Preset.MEDIUM)),
        Arguments.of("large", TrainingSize.of(Preset.LARGE)),
        Arguments.of("100", TrainingSize.ofYoungPeople(100)),
        Arguments.of("10_000", TrainingSize.ofYoungPeople(10_000)),
        Arguments.of("50000000", TrainingSize.ofYoungPeople(50_000_000)),
        Arguments.of("000150", TrainingSize.ofYoungPeople(150)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void parsesNamedSizesAndNumbers(String text, TrainingSize expected) {
    assertThat(TrainingSize.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "huge", "99", "0", "50000001", "-100", "1_", "_100", "1e3", "99999999999999999", "1,000"})
  void refusesAnythingElseNamingTheField(String text) {
    assertThatThrownBy(() -> TrainingSize.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
  }

  @Test
  void holdsExactlyOneOfANameAndANumber() {
    assertThatThrownBy(() -> new TrainingSize(Preset.TINY, 100)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new TrainingSize(null, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrainingSize.ofYoungPeople(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrainingSize.ofYoungPeople(99)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrainingSize.ofYoungPeople(50_000_001)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aNamedSizeHasNoCountAndANumberNoName() {
    assertThat(TrainingSize.of(Preset.SMALL).named()).contains(Preset.SMALL);
    assertThat(TrainingSize.of(Preset.SMALL).count()).isEmpty();
    assertThat(TrainingSize.ofYoungPeople(2_000).count()).hasValue(2_000);
    assertThat(TrainingSize.ofYoungPeople(2_000).named()).isEmpty();
    assertThat(TrainingSize.DEFAULT).isEqualTo(TrainingSize.of(Preset.TINY));
  }

  @Test
  void textRoundTrips() {
    for (Preset p : Preset.values()) {
      assertThat(TrainingSize.parse(TrainingSize.of(p).toString())).isEqualTo(TrainingSize.of(p));
    }
    qt().withFixedSeed(61L).withExamples(atMost(500))
        .forAll(integers().between(TrainingSize.FEWEST_YOUNG_PEOPLE, TrainingSize.MOST_YOUNG_PEOPLE))
        .check(n -> TrainingSize.parse(TrainingSize.ofYoungPeople(n).toString()).equals(TrainingSize.ofYoungPeople(n)));
  }
}
