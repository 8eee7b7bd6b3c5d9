package io.coproduce.consent.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link Purpose#parse(String)} gives a purpose that writes back the same text,
 * or the documented {@link InvalidInputException}. The normal build replays the inputs under
 * {@code src/test/resources/io/coproduce/consent/purpose/PurposeFuzzTestInputs/}; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class PurposeFuzzTest {

  @FuzzTest
  void anyTextParsesOrIsRejectedWithTheDocumentedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Purpose purpose;
    try {
      purpose = Purpose.parse(text);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("purpose", "purpose.qualifier");
      return;
    }
    assertThat(purpose.toString()).isEqualTo(text);
    assertThat(purpose.kind().isQualified()).isEqualTo(purpose.qualifier() != null);
  }
}
