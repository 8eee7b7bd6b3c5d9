package io.coproduce.consent.material;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link MaterialVersion#parse(String)} gives a version or the documented
 * {@link InvalidInputException}; a version read back from its text is the same version.
 */
class MaterialVersionFuzzTest {

  @FuzzTest
  void anyTextParsesOrIsRejectedWithTheDocumentedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    MaterialVersion version;
    try {
      version = MaterialVersion.parse(text);
    } catch (InvalidInputException e) {
      assertThat(e.field()).startsWith("materialVersion");
      return;
    }
    assertThat(text).matches("[0-9]{1,4}\\.[0-9]{1,4}");
    assertThat(MaterialVersion.parse(version.toString())).isEqualTo(version);
  }
}
