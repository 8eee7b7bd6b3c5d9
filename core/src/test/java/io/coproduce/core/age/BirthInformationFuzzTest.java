package io.coproduce.core.age;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link BirthInformation#parse(String)} gives a birth or the documented {@link
 * InvalidInputException}, which never shows the text (it may be a date of birth). In the normal
 * build this replays the inputs under {@code
 * src/test/resources/io/coproduce/core/age/BirthInformationFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class BirthInformationFuzzTest {

  @FuzzTest
  void anyTextParsesOrIsRejectedWithTheDocumentedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    BirthInformation birth;
    try {
      birth = BirthInformation.parse(text);
    } catch (InvalidInputException e) {
      // The observation date of an age range is not personal; everything else is withheld.
      if (!e.field().equals("ageRange.observedOn")) {
        assertThat(e.offendingValue()).isEmpty();
      }
      return;
    }
    assertThat(BirthInformation.parse(birth.toString())).isEqualTo(birth);
  }
}
