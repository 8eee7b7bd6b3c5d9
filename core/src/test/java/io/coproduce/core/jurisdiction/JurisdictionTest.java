package io.coproduce.core.jurisdiction;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND;
import static io.coproduce.core.jurisdiction.Jurisdiction.NORTHERN_IRELAND;
import static io.coproduce.core.jurisdiction.Jurisdiction.SCOTLAND;
import static io.coproduce.core.jurisdiction.Jurisdiction.WALES;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTest {

  static Stream<Arguments> nations() {
    return Stream.of(
        Arguments.of(ENGLAND, "GB-ENG", "England", true),
        Arguments.of(WALES, "GB-WLS", "Wales", true),
        Arguments.of(SCOTLAND, "GB-SCT", "Scotland", false),
        Arguments.of(NORTHERN_IRELAND, "GB-NIR", "Northern Ireland", false));
  }

  @ParameterizedTest
  @MethodSource("nations")
  void hasItsIsoCodeLabelAndLaw(
      Jurisdiction jurisdiction, String code, String label, boolean englandOrWales) {
    assertThat(jurisdiction.code()).isEqualTo(code);
    assertThat(jurisdiction.label()).isEqualTo(label);
    assertThat(jurisdiction).hasToString(code);
    assertThat(jurisdiction.isEnglandOrWales()).isEqualTo(englandOrWales);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        // ISO 3166-2 codes
        Arguments.of("GB-ENG", ENGLAND),
        Arguments.of("GB-WLS", WALES),
        Arguments.of("GB-SCT", SCOTLAND),
        Arguments.of("GB-NIR", NORTHERN_IRELAND),
        // constant names
        Arguments.of("ENGLAND", ENGLAND),
        Arguments.of("WALES", WALES),
        Arguments.of("SCOTLAND", SCOTLAND),
        Arguments.of("NORTHERN_IRELAND", NORTHERN_IRELAND),
        // any case (the surefire default locale is Turkish, where "i".toUpperCase() is "İ")
        Arguments.of("gb-eng", ENGLAND),
        Arguments.of("Gb-Sct", SCOTLAND),
        Arguments.of("gb-nir", NORTHERN_IRELAND),
        Arguments.of("northern_ireland", NORTHERN_IRELAND),
        Arguments.of("Wales", WALES),
        // surrounding whitespace
        Arguments.of(" GB-WLS ", WALES),
        Arguments.of("\tgb-nir\n", NORTHERN_IRELAND),
        Arguments.of("  scotland\r\n", SCOTLAND));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void parsesCodesAndNamesInAnyCaseIgnoringSurroundingWhitespace(
      String text, Jurisdiction expected) {
    assertThat(Jurisdiction.parse(text)).isEqualTo(expected);
  }

  @Test
  void acceptsLowerCaseCodesWhateverTheDefaultLocale() {
    assertThat(Jurisdiction.parse("gb-nir")).isEqualTo(NORTHERN_IRELAND);
    assertThat(Jurisdiction.parse("northern_ireland")).isEqualTo(NORTHERN_IRELAND);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "GB",
        "ENG",
        "GB-ENGX",
        "GBENG",
        "GB_ENG",
        "GB ENG",
        "GB-",
        "UK",
        "GB-UKM",
        "Britain",
        "NORTHERN-IRELAND",
        "NORTHERNIRELAND",
        "E92000001",
        "GB-ENG,GB-WLS"
      })
  void rejectsAnythingElseNamingTheFieldAndTheCodes(String text) {
    InvalidInputException e = rejectionOf(() -> Jurisdiction.parse(text));

    assertThat(e.field()).isEqualTo("jurisdiction");
    assertThat(e.rule()).isEqualTo("must be one of GB-ENG, GB-WLS, GB-SCT, GB-NIR");
    assertThat(e.offendingValue()).contains(text);
  }

  @Test
  void acceptsLabelsWithSpaces() {
    assertThat(Jurisdiction.parse("Northern Ireland")).isEqualTo(NORTHERN_IRELAND);
    assertThat(Jurisdiction.parse("northern ireland")).isEqualTo(NORTHERN_IRELAND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u017fcotland", "gb-n\u0131r", "\u0000GB-ENG", "GB-EN\u0120", "ENGLAND\u200b"})
  void rejectsNonAsciiLookAlikesRatherThanFoldingThem(String text) {
    InvalidInputException e = rejectionOf(() -> Jurisdiction.parse(text));

    assertThat(e.field()).isEqualTo("jurisdiction");
  }

  @Test
  void rejectsNullAsInvalidInput() {
    assertThat(rejectionOf(() -> Jurisdiction.parse(null)))
        .hasMessage("jurisdiction: must not be null");
  }

  @Test
  void coversTheFourUkNations() {
    assertThat(Jurisdiction.values()).containsExactly(ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND);
  }
}
