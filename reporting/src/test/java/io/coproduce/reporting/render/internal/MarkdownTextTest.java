package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "plain words, with commas: fine | plain words, with commas: fine",
        "a*b_c | a\\*b\\_c",
        "`code` ~x~ | \\`code\\` \\~x\\~",
        "<b>&amp; | \\<b\\>\\&amp;",
        "[link](x) | \\[link\\](x)",
        "back\\slash | back\\\\slash",
        "# not a heading | \\# not a heading",
        "- not a list | \\- not a list",
        "+ not a list | \\+ not a list",
        "> not a quote | \\> not a quote",
        "=== | \\===",
        "12. not a list | 12\\. not a list",
        "3) not a list | 3\\) not a list",
        "12.5 per cent | 12.5 per cent",
        "12. | 12\\.",
        "12.x | 12.x",
        "0. zero | 0\\. zero",
        "9) nine | 9\\) nine",
        "/. slash | /. slash",
        ":. colon | :. colon",
        ". dot | . dot",
        "1.\ttab | 1\\. tab",
        "13-15 | 13-15",
        "a - b + c # d | a - b + c # d",
        "\"a | b\" | \"a \\| b\"",
      })
  void escapesWhatCommonMarkWouldReadAsSyntaxAndNothingElse(String text, String escaped) {
    assertThat(MarkdownText.escape(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", "one\r\ntwo", "one\ttwo", "one\u2028two", "one\u2029two"})
  void keepsTextOnOneLine(String text) {
    assertThat(MarkdownText.escape(text)).doesNotContain("\n", "\r", "\t").startsWith("one").endsWith("two");
  }
}
