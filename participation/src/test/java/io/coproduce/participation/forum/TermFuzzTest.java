package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link Term#parse(String)} gives a term or the documented {@link
 * InvalidInputException} (never another exception), and an accepted term reads back from its own
 * text unchanged. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/participation/forum/TermFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class TermFuzzTest {

  @FuzzTest
  void anyTextParsesToATermOrIsRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Term term;
    try {
      term = Term.parse(text);
    } catch (InvalidInputException e) {
      assertThat(e.field()).startsWith("term");
      return;
    }
    assertThat(Term.parse(term.toString())).isEqualTo(term);
    assertThat(term.activeOn(term.from())).isTrue();
    term.lastDay().ifPresent(last -> assertThat(last).isAfterOrEqualTo(term.from()));
  }
}
