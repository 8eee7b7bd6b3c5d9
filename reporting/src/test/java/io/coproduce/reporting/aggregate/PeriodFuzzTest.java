package io.coproduce.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link Period#parse(String)} gives a period whose text form is exactly that
 * text, or the documented {@link InvalidInputException} naming {@code period}. In the normal build
 * this replays the inputs under {@code
 * src/test/resources/io/coproduce/reporting/aggregate/PeriodFuzzTestInputs/} (among them ISO week 53
 * of a year with and without one, and non-ASCII digits); set {@code JAZZER_FUZZ=1} to fuzz.
 */
class PeriodFuzzTest {

  @FuzzTest
  void anyTextParsesToAPeriodOrIsRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      Period period = Period.parse(text);
      assertThat(period.toString()).isEqualTo(text);
      assertThat(period.contains(period.start())).isTrue();
      assertThat(period.contains(period.end())).isTrue();
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("period");
    }
  }
}
