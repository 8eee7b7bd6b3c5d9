package io.coproduce.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.coproduce.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingLevelTest {

  private static final double EXACT = 1e-9;

  /**
   * Reference texts, counted by hand: sentences, words, syllables, then the formula values
   * worked out by hand from those counts (FRE = 206.835 - 1.015 W/S - 84.6 Y/W, grade = 0.39 W/S
   * + 11.8 Y/W - 15.59).
   */
  static Stream<Arguments> referenceTexts() {
    return Stream.of(
        // the textbook example: six one-syllable words
        arguments("The cat sat on the mat.", 1, 6, 6, 116.145, -1.45),
        // capitals count the same
        arguments("THE CAT SAT ON THE MAT.", 1, 6, 6, 116.145, -1.45),
        // two sentences, silent e in "like"; W/S = 3
        arguments("I like dogs. Dogs like me!", 2, 6, 6, 119.19, -2.62),
        // silent final e and silent -es: make 1, cakes 1
        arguments("We make cakes.", 1, 3, 3, 119.19, -2.62),
        // consonant + le is a syllable: ta-ble, sta-ble
        arguments("The table is stable.", 1, 4, 6, 75.875, 3.67),
        arguments("THE TABLE IS STABLE!", 1, 4, 6, 75.875, 3.67),
        // hyphenated words are one word each: a 1, well-known 2, twen-ty-one-year-old 5, smiled 1
        arguments("A well-known twenty-one-year-old smiled.", 1, 4, 9, 12.425, 12.52),
        // apostrophes: don't 1, touch 1, Sam's 1, cat's 1, toys 1
        arguments("Don't touch Sam's cat's toys.", 1, 5, 5, 117.16, -1.84),
        // typographic apostrophes: we’re 1, sure 1, it’s 1, Jo’s 1
        arguments("We\u2019re sure it\u2019s Jo\u2019s.", 1, 4, 4, 118.175, -2.23),
        // hard polysyllabic: psy-cho-lo-gi-cal 5, in-ter-ven-tions 4, ne-ces-si-tate 4,
        // com-pre-hen-sive 4, mul-ti-dis-ci-pli-na-ry 7, col-la-bo-ra-tion 5 = 29
        arguments(
            "Psychological interventions necessitate comprehensive multidisciplinary"
                + " collaboration.",
            1, 6, 29, -208.155, 43.783333333),
        // runs of sentence marks end one sentence each
        arguments("Wait... What?! Stop!", 3, 3, 3, 121.22, -3.4),
        // -ed and -es: jumped 1, wanted 2, boxes 2, apples 2; she, and, of 1 each = 10
        arguments("She jumped and wanted boxes of apples.", 1, 7, 10, 78.872857143, 3.997142857),
        // numbers are words of one syllable; "pm" has no vowel and still counts one
        arguments("Call 111 at 2 pm.", 1, 5, 5, 117.16, -1.84),
        // a decimal point does not end a sentence: it 1, costs 1, 2.50 1, to-day 2
        arguments("It costs 2.50 today.", 1, 4, 5, 97.025, 0.72),
        // no final mark: still one sentence; hel-lo 2, there 1
        arguments("hello there", 1, 2, 3, 77.905, 2.89),
        // multi-sentence, multi-syllable: chil-dren 2, en-joy 2, paint-ing 2;
        // grand-par-ents 3, re-mem-ber 3, hap-py 2, hol-i-days 3
        arguments(
            "Children enjoy painting. Grandparents remember happy holidays.",
            2, 7, 17, -2.174642857, 14.432142857),
        // y is a vowel except first: why 1, try 1, yes 1, you 1, may 1
        arguments("Why try? Yes, you may.", 2, 5, 5, 119.6975, -2.815));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceTexts")
  void countsAndFormulasMatchHandCountedReferences(
      String text, int sentences, int words, int syllables, double ease, double grade) {
    ReadingLevel level = ReadingLevel.of(text);

    assertThat(level.sentences()).as("sentences").isEqualTo(sentences);
    assertThat(level.words()).as("words").isEqualTo(words);
    assertThat(level.syllables()).as("syllables").isEqualTo(syllables);
    assertThat(level.fleschReadingEase()).as("reading ease").isCloseTo(ease, within(1e-6));
    assertThat(level.fleschKincaidGrade()).as("grade").isCloseTo(grade, within(1e-6));
    assertThat(level.ukReadingAge())
        .as("reading age")
        .isCloseTo(Math.max(5, grade + 5), within(1e-6));
  }

  @Test
  void textbookExampleGivesThePublishedValues() {
    ReadingLevel level = ReadingLevel.of("The cat sat on the mat.");

    assertThat(level).isEqualTo(new ReadingLevel(1, 6, 6));
    assertThat(level.fleschReadingEase()).isCloseTo(116.145, within(EXACT));
    assertThat(level.fleschKincaidGrade()).isCloseTo(-1.45, within(EXACT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"make", "cake", "time", "home", "we've", "sure", "whale"})
  void silentFinalEIsNotASyllable(String word) {
    assertThat(ReadingLevel.of(word).syllables()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "little", "apple", "people", "simple", "tables", "tabled"})
  void consonantLeEndingIsASyllable(String word) {
    assertThat(ReadingLevel.of(word).syllables()).isEqualTo(2);
  }

  @Test
  void shortWordsEndingInEHaveOneSyllable() {
    assertThat(ReadingLevel.of("the he be me she").syllables()).isEqualTo(5);
  }

  @Test
  void silentEsAndEdEndingsAreNotSyllables() {
    assertThat(ReadingLevel.of("makes").syllables()).isEqualTo(1);
    assertThat(ReadingLevel.of("jumped").syllables()).isEqualTo(1);
    assertThat(ReadingLevel.of("loved").syllables()).isEqualTo(1);
  }

  @Test
  void silentEsAfterThOrVowelLIsNotASyllable() {
    assertThat(ReadingLevel.of("clothes").syllables()).isEqualTo(1);
    assertThat(ReadingLevel.of("whales").syllables()).isEqualTo(1);
    assertThat(ReadingLevel.of("smiles").syllables()).isEqualTo(1);
  }

  @Test
  void soundedEsAndEdEndingsAreSyllables() {
    assertThat(ReadingLevel.of("boxes").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("places").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("churches").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("wishes").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("buzzes").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("changes").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("wanted").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("needed").syllables()).isEqualTo(2);
  }

  @Test
  void yIsAVowelExceptAsTheFirstLetter() {
    assertThat(ReadingLevel.of("gym").syllables()).isEqualTo(1);
    assertThat(ReadingLevel.of("happy").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("yellow").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("yes").syllables()).isEqualTo(1);
  }

  @Test
  void possessiveSIsNotASyllable() {
    assertThat(ReadingLevel.of("children's").syllables()).isEqualTo(2);
    assertThat(ReadingLevel.of("James's").syllables())
        .isEqualTo(ReadingLevel.of("James").syllables());
  }

  @Test
  void hyphenatedWordIsOneWordWithTheSyllablesOfItsParts() {
    ReadingLevel level = ReadingLevel.of("make-up");

    assertThat(level.words()).isEqualTo(1);
    assertThat(level.syllables()).isEqualTo(2);
  }

  @Test
  void hyphenOrApostropheOutsideAWordSeparatesWords() {
    assertThat(ReadingLevel.of("well -- known").words()).isEqualTo(2);
    assertThat(ReadingLevel.of("well--known").words()).isEqualTo(2);
    assertThat(ReadingLevel.of("'quoted' words-").words()).isEqualTo(2);
  }

  @Test
  void accentedVowelsCountTheSameComposedOrDecomposed() {
    ReadingLevel composed = ReadingLevel.of("caf\u00e9");
    ReadingLevel decomposed = ReadingLevel.of("cafe\u0301");

    assertThat(composed.syllables()).isEqualTo(2);
    assertThat(decomposed).isEqualTo(composed);
  }

  @Test
  void softHyphenDoesNotSplitAWord() {
    assertThat(ReadingLevel.of("hy\u00ADphen")).isEqualTo(ReadingLevel.of("hyphen"));
  }

  @Test
  void runOfSentenceMarksEndsOneSentence() {
    assertThat(ReadingLevel.of("Really?!?! Yes...").sentences()).isEqualTo(2);
    assertThat(ReadingLevel.of("Really? ! ? Yes. . .").sentences()).isEqualTo(2);
    assertThat(ReadingLevel.of("Wait\u2026 what").sentences()).isEqualTo(2);
  }

  @Test
  void textWithoutAFinalMarkIsOneSentence() {
    assertThat(ReadingLevel.of("no full stop here").sentences()).isEqualTo(1);
  }

  @Test
  void leadingSentenceMarksDoNotMakeEmptySentences() {
    assertThat(ReadingLevel.of("... ?! Hello.").sentences()).isEqualTo(1);
  }

  @Test
  void decimalPointAndThousandsSeparatorStayInsideANumber() {
    ReadingLevel level = ReadingLevel.of("Pay 1,000 or 2.50 now.");

    assertThat(level.sentences()).isEqualTo(1);
    assertThat(level.words()).isEqualTo(5);
  }

  @Test
  void abbreviationEndsASentence() {
    // documented limitation: the counting does not know abbreviations
    assertThat(ReadingLevel.of("Dr. Smith is here.").sentences()).isEqualTo(2);
  }

  @Test
  void readingAgeIsNeverBelowFive() {
    ReadingLevel level = ReadingLevel.of("Go. Run. Sit.");

    assertThat(level.fleschKincaidGrade()).isCloseTo(-3.4, within(EXACT));
    assertThat(level.ukReadingAge()).isEqualTo(5.0);
  }

  @Test
  void readingAgeIsGradePlusFiveAboveTheFloor() {
    ReadingLevel level = ReadingLevel.of("The table is stable.");

    assertThat(level.ukReadingAge()).isCloseTo(level.fleschKincaidGrade() + 5, within(EXACT));
  }

  @Test
  void gradeOfExactlyElevenIsExactlyEleven() {
    // 3 sentences, 23 words, 46 syllables: 0.39 * 23/3 + 11.8 * 2 - 15.59 = 11 exactly
    ReadingLevel level = new ReadingLevel(3, 23, 46);

    assertThat(level.fleschKincaidGrade()).isEqualTo(11.0);
    assertThat(level.ukReadingAge()).isEqualTo(16.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "   \t\n\r ", "...", "?! -- ' , ;", "\u00A0\u2003", "\uD83D\uDE00 \u2764"})
  void textWithoutWordsIsRejectedNamingTextWithoutEchoingIt(String text) {
    assertThatThrownBy(() -> ReadingLevel.of(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("text");
              assertThat(e.rule()).isEqualTo("must contain at least one word");
              assertThat(e.offendingValue()).isEmpty();
              assertThat(e.getMessage()).isEqualTo("text: must contain at least one word");
            });
  }

  @Test
  void nullTextIsRejectedNamingText() {
    assertThatNullPointerException().isThrownBy(() -> ReadingLevel.of(null)).withMessage("text");
  }

  @Test
  void levelDoesNotKeepTheText() {
    ReadingLevel level = ReadingLevel.of("My name is Alex and I live at 3 Elm Road.");

    assertThat(level.toString()).doesNotContain("Alex").doesNotContain("Elm");
  }

  @Test
  void countsThatBreakTheInvariantsAreRejected() {
    assertThatThrownBy(() -> new ReadingLevel(0, 1, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("readingLevel.sentences"));
    assertThatThrownBy(() -> new ReadingLevel(2, 1, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("readingLevel.words"));
    assertThatThrownBy(() -> new ReadingLevel(1, 2, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("readingLevel.syllables"));
  }

  @Test
  void resultsAreTheSameInTurkishLocaleForDottedAndDotlessI() {
    String text = "IT IS İSTANBUL. Is it ıstanbul? IRIS AND İRİS INSIST: DISTINCTION!";
    Locale before = Locale.getDefault();
    ReadingLevel root;
    ReadingLevel turkish;
    try {
      Locale.setDefault(Locale.ROOT);
      root = ReadingLevel.of(text);
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = ReadingLevel.of(text);
    } finally {
      Locale.setDefault(before);
    }

    assertThat(turkish).isEqualTo(root);
    assertThat(turkish.fleschReadingEase()).isEqualTo(root.fleschReadingEase());
    // IT 1, IS 1, İSTANBUL 3, Is 1, it 1, ıstanbul 3, IRIS 2, AND 1, İRİS 2, INSIST 2,
    // DISTINCTION 3
    assertThat(root).isEqualTo(new ReadingLevel(3, 11, 20));
  }

  @Test
  void capitalIInTurkishLocaleIsAVowel() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(ReadingLevel.of("INSIST").syllables()).isEqualTo(2);
      assertThat(ReadingLevel.of("\u0130NS\u0130ST").syllables()).isEqualTo(2);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void surrogatePairsAndControlCharactersSeparateWords() {
    ReadingLevel level = ReadingLevel.of("hi\uD83D\uDE00there\u0000you\u0007\uD800me\uDC00.");

    assertThat(level.words()).isEqualTo(4);
    assertThat(level.sentences()).isEqualTo(1);
  }

  @Test
  void lettersOutsideTheBasicPlaneFormWords() {
    // MATHEMATICAL BOLD CAPITAL A and B: letters encoded as surrogate pairs
    ReadingLevel level = ReadingLevel.of("\uD835\uDC00\uD835\uDC01 \uD835\uDC00");

    assertThat(level.words()).isEqualTo(2);
    assertThat(level.syllables()).isEqualTo(2);
  }

  @Test
  void veryLongInputIsCountedInLinearTime() {
    String oneLongWord = "a".repeat(3_000_000);
    String manyWords = "The cat sat. ".repeat(250_000);
    String apostrophes = "a'".repeat(1_000_000) + "a";

    long start = System.nanoTime();
    ReadingLevel longWord = ReadingLevel.of(oneLongWord);
    ReadingLevel many = ReadingLevel.of(manyWords);
    ReadingLevel joined = ReadingLevel.of(apostrophes);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(longWord).isEqualTo(new ReadingLevel(1, 1, 1));
    assertThat(many).isEqualTo(new ReadingLevel(250_000, 750_000, 750_000));
    assertThat(joined.words()).isEqualTo(1);
    // quadratic work on these sizes would take minutes; linear takes well under a second
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }
}
