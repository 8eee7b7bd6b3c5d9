package io.coproduce.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link PersonId#parse(String)} gives an id or the documented {@link
 * InvalidInputException}. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/core/id/PersonIdFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to
 * fuzz.
 */
class PersonIdFuzzTest {

  @FuzzTest
  void anyTextParsesOrIsRejectedWithTheDocumentedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    PersonId id;
    try {
      id = PersonId.parse(text);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("personId");
      assertThat(IdentifierSyntax.isValid(text)).isFalse();
      return;
    }
    assertThat(IdentifierSyntax.isValid(text)).isTrue();
    assertThat(followsTheDocumentedSyntax(text))
        .as("an accepted id follows the documented syntax, checked without the regex")
        .isTrue();
    assertThat(id.value()).isEqualTo(text);
    assertThat(PersonId.parse(id.toString())).isEqualTo(id);
  }

  /** An oracle independent of {@link IdentifierSyntax}'s regular expression. */
  private static boolean followsTheDocumentedSyntax(String text) {
    if (text.isEmpty() || text.length() > IdentifierSyntax.MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }
}
