package io.coproduce.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class AccessNeedTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("STEP_FREE_ACCESS", AccessNeed.of(AccessNeed.Kind.STEP_FREE_ACCESS)),
        Arguments.of("bsl_interpreter", AccessNeed.of(AccessNeed.Kind.BSL_INTERPRETER)),
        Arguments.of("SPOKEN_LANGUAGE_INTERPRETER:pl", AccessNeed.of(AccessNeed.Kind.SPOKEN_LANGUAGE_INTERPRETER, "pl")),
        Arguments.of("TRANSLATED_MATERIALS:pt-BR", AccessNeed.of(AccessNeed.Kind.TRANSLATED_MATERIALS, "pt-BR")),
        Arguments.of("TRANSLATED_MATERIALS:cy", AccessNeed.of(AccessNeed.Kind.TRANSLATED_MATERIALS, "cy")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void parsesKindsCaseInsensitivelyWithLanguagesWhereNeeded(String text, AccessNeed expected) {
    assertThat(AccessNeed.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "WHEELCHAIR", "SPOKEN_LANGUAGE_INTERPRETER", "SPOKEN_LANGUAGE_INTERPRETER:Polish", "QUIET_SPACE:en", "EASY_READ:"})
  void rejectsUnknownKindsAndMisplacedLanguages(String text) {
    assertThatThrownBy(() -> AccessNeed.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).startsWith("accessNeed"));
  }

  @Test
  void languageIsOptionalOnlyForKindsThatTakeNone() {
    assertThat(AccessNeed.of(AccessNeed.Kind.CAPTIONS).languageTag()).isEmpty();
    assertThat(AccessNeed.of(AccessNeed.Kind.SPOKEN_LANGUAGE_INTERPRETER, "ar").languageTag()).contains("ar");
  }

  @Test
  void textFormRoundTripsAndAnyTextParsesOrIsRejected() {
    qt().withFixedSeed(20261123L)
        .forAll(SourceDSL.integers().between(0, AccessNeed.Kind.values().length - 1),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert((k, lang) -> {
          AccessNeed.Kind kind = AccessNeed.Kind.values()[k];
          String text = kind.needsLanguage() ? kind + ":" + lang : kind.name();
          try {
            AccessNeed need = AccessNeed.parse(text);
            assertThat(AccessNeed.parse(need.toString())).isEqualTo(need);
          } catch (InvalidInputException expected) {
            assertThat(expected.field()).isEqualTo("accessNeed.language");
          }
        });
  }
}
