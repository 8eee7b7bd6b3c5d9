package io.coproduce.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReadingLevelPropertiesTest {

  private static final long SEED = 20261123L;

  private static final List<String> VOCABULARY =
      List.of(
          "the", "cat", "table", "make", "makes", "jumped", "wanted", "boxes", "happy", "yes",
          "don't", "Sam's", "we\u2019re", "well-known", "twenty-one", "2.50", "1,000", "2026",
          "psychological", "multidisciplinary", "İSTANBUL", "ıstanbul", "INSIST", "café",
          "cafe\u0301", "hy\u00ADphen", "\uD835\uDC00", "naïve", "x-ray", "o'clock");

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", ", ", ". ", "! ", "? ", "?! ", "... ", "\u2026", " - ", "\n", "\t",
          "'", "-", ".", "\uD83D\uDE00", "\u0000", "\uD800");

  /** English-like text: vocabulary words with separators, sometimes glued together. */
  private static Gen<String> englishLike() {
    Gen<String> token =
        arbitrary()
            .pick(VOCABULARY)
            .zip(arbitrary().pick(SEPARATORS), (word, separator) -> word + separator);
    return lists().of(token).ofSizeBetween(1, 40).map(tokens -> String.join("", tokens));
  }

  /** Any text at all: every code point, including unpaired surrogates and controls. */
  private static Gen<String> anything() {
    return strings().allPossible().ofLengthBetween(0, 200)
        .mix(strings().ascii().ofLengthBetween(0, 200))
        .mix(englishLike());
  }

  /** Text with at least one letter, so it has a word. */
  private static Gen<String> withALetter() {
    return englishLike()
        .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 200))
        .mix(strings().ascii().ofLengthBetween(1, 200))
        .assuming(text -> text.codePoints().anyMatch(Character::isLetter));
  }

  @Test
  void everyTextWithALetterHasAtLeastOneSyllablePerWordAndOneSentence() {
    qt().withFixedSeed(SEED)
        .forAll(withALetter())
        .checkAssert(
            text -> {
              ReadingLevel level = ReadingLevel.of(text);
              assertThat(level.sentences()).isGreaterThanOrEqualTo(1);
              assertThat(level.words()).isGreaterThanOrEqualTo(level.sentences());
              assertThat(level.syllables()).isGreaterThanOrEqualTo(level.words());
            });
  }

  @Test
  void formulaValuesAreFiniteAndReadingAgeAtLeastFive() {
    qt().withFixedSeed(SEED)
        .forAll(withALetter())
        .checkAssert(
            text -> {
              ReadingLevel level = ReadingLevel.of(text);
              assertThat(level.fleschReadingEase()).isFinite();
              assertThat(level.fleschKincaidGrade()).isFinite();
              assertThat(level.ukReadingAge())
                  .isFinite()
                  .isGreaterThanOrEqualTo(ReadingLevel.MIN_READING_AGE)
                  .isGreaterThanOrEqualTo(level.fleschKincaidGrade() + 5 - 1e-9);
            });
  }

  @Test
  void appendingACopyAfterAFullStopDoublesEveryCountAndKeepsTheScores() {
    qt().withFixedSeed(SEED)
        .forAll(withALetter())
        .checkAssert(
            text -> {
              ReadingLevel once = ReadingLevel.of(text);
              ReadingLevel twice = ReadingLevel.of(text + ". " + text);
              assertThat(twice.sentences()).isEqualTo(2 * once.sentences());
              assertThat(twice.words()).isEqualTo(2 * once.words());
              assertThat(twice.syllables()).isEqualTo(2 * once.syllables());
              assertThat(twice.fleschReadingEase())
                  .isCloseTo(once.fleschReadingEase(), within(1e-9));
              assertThat(twice.fleschKincaidGrade())
                  .isCloseTo(once.fleschKincaidGrade(), within(1e-9));
            });
  }

  @Test
  void anyStringGivesALevelOrTheDocumentedError() {
    qt().withFixedSeed(SEED)
        .forAll(anything())
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> ReadingLevel.of(text));
              if (thrown == null) {
                return;
              }
              assertThat(thrown).isInstanceOf(InvalidInputException.class);
              InvalidInputException e = (InvalidInputException) thrown;
              assertThat(e.field()).isEqualTo("text");
              assertThat(e.offendingValue()).isEmpty();
              assertThat(text.codePoints().anyMatch(Character::isLetterOrDigit)).isFalse();
            });
  }

  @Test
  void asciiCaseDoesNotChangeTheLevel() {
    qt().withFixedSeed(SEED)
        .forAll(strings().ascii().ofLengthBetween(1, 200))
        .assuming(text -> text.chars().anyMatch(Character::isLetter))
        .checkAssert(
            text ->
                assertThat(ReadingLevel.of(text.toUpperCase(Locale.ROOT)))
                    .isEqualTo(ReadingLevel.of(text.toLowerCase(Locale.ROOT))));
  }

  @Test
  void anOlderBandNeverFindsATextLessSuitable() {
    AgeBand[] bands = AgeBand.values();
    qt().withFixedSeed(SEED)
        .forAll(withALetter(), integers().between(0, bands.length - 2))
        .checkAssert(
            (text, index) -> {
              ReadingLevel level = ReadingLevel.of(text);
              if (level.checkFor(bands[index]).suitable()) {
                assertThat(level.checkFor(bands[index + 1]).suitable()).isTrue();
              }
            });
  }

  @Test
  void suitabilityAgreesWithTheReadingAge() {
    qt().withFixedSeed(SEED)
        .forAll(
            integers().between(1, 50),
            integers().between(0, 400),
            integers().between(0, 800),
            arbitrary().enumValues(AgeBand.class))
        .checkAssert(
            (sentences, extraWords, extraSyllables, band) -> {
              int words = sentences + extraWords;
              ReadingLevel level = new ReadingLevel(sentences, words, words + extraSyllables);
              ReadabilityCheck check = level.checkFor(band);
              if (band == AgeBand.AGE_0_TO_5) {
                assertThat(check.suitable()).isFalse();
              } else if (Math.abs(level.ukReadingAge() - band.minYears()) > 1e-9) {
                assertThat(check.suitable()).isEqualTo(level.ukReadingAge() <= band.minYears());
              }
            });
  }
}
