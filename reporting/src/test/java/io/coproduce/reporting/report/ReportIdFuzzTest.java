package io.coproduce.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.table.TableIdFuzzTest;

/**
 * Any text given to {@link ReportId#of(String)} gives an id whose text is exactly that text and
 * follows the table-id syntax (checked character by character, without the regular expression),
 * or the documented {@link InvalidInputException} naming {@code reportId}.
 * In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/reporting/report/ReportIdFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class ReportIdFuzzTest {

  @FuzzTest
  void anyTextIsAReportIdOfTheDocumentedSyntaxOrIsRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    boolean valid = TableIdFuzzTest.followsTheSyntax(text);
    try {
      ReportId id = ReportId.of(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(id.toString()).isEqualTo(text);
      assertThat(valid).as("accepted id follows the syntax (checked without the regex)").isTrue();
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("reportId");
      assertThat(valid).as("refused id breaks the syntax (checked without the regex)").isFalse();
    }
  }
}
