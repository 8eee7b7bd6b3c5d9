package io.coproduce.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;

/**
 * "For any input, a level or the documented exception." In a normal build this runs the inputs
 * under {@code ReadingLevelFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ReadingLevelFuzzTest {

  @FuzzTest
  void anyTextGivesALevelOrTheDocumentedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    Throwable thrown = catchThrowable(() -> ReadingLevel.of(text));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).field()).isEqualTo("text");
      assertThat(((InvalidInputException) thrown).offendingValue()).isEmpty();
      return;
    }
    ReadingLevel level = ReadingLevel.of(text);
    assertThat(level.syllables()).isGreaterThanOrEqualTo(level.words());
    assertThat(level.words()).isGreaterThanOrEqualTo(level.sentences());
    assertThat(level.sentences()).isPositive();
    assertThat(level.fleschReadingEase()).isFinite();
    for (AgeBand band : AgeBand.values()) {
      assertThat(level.checkFor(band).reason().explanation()).isNotBlank();
    }
  }
}
