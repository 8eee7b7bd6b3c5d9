package io.coproduce.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link TableId#of(String)} gives an id whose text is exactly that text and
 * follows the documented syntax — checked here character by character, without the regular
 * expression the type uses, so loosening that expression fails this test — or the documented
 * {@link InvalidInputException} naming {@code tableId}.
 * In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/reporting/table/TableIdFuzzTestInputs/} (a trailing newline, a
 * double hyphen, 64 and 65 characters, upper case, non-ASCII letters); set {@code JAZZER_FUZZ=1}
 * to fuzz.
 */
public class TableIdFuzzTest {

  @FuzzTest
  void anyTextIsAnIdOfTheDocumentedSyntaxOrIsRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      TableId id = TableId.of(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(id.toString()).isEqualTo(text);
      assertThat(followsTheSyntax(text)).as("accepted id follows the syntax (checked without the regex)").isTrue();
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("tableId");
      assertThat(followsTheSyntax(text)).as("refused id breaks the syntax (checked without the regex)").isFalse();
    }
  }

  /** Lower-case ASCII letters, digits and single hyphens, starting with a letter, not ending in a hyphen, 1 to 64. */
  public static boolean followsTheSyntax(String text) {
    if (text.isEmpty() || text.length() > 64) {
      return false;
    }
    char first = text.charAt(0);
    if (first < 'a' || first > 'z') {
      return false;
    }
    char previous = first;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && !(c == '-' && previous != '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }
}
