package io.coproduce.core.readability;

import static io.coproduce.core.age.AgeBand.ADULT_26_PLUS;
import static io.coproduce.core.age.AgeBand.AGE_0_TO_5;
import static io.coproduce.core.age.AgeBand.AGE_10_TO_12;
import static io.coproduce.core.age.AgeBand.AGE_13_TO_15;
import static io.coproduce.core.age.AgeBand.AGE_16_TO_17;
import static io.coproduce.core.age.AgeBand.AGE_18_TO_25;
import static io.coproduce.core.age.AgeBand.AGE_6_TO_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReadabilityCheckTest {

  /** Reading age 5.0 (the floor; grade -1.45). */
  private static final String EASY = "The cat sat on the mat.";

  /** Reading age 8.67 (grade 3.67). */
  private static final String TABLE = "The table is stable.";

  /** 3 sentences, 23 words, 46 syllables: reading age exactly 16. */
  private static final String EXACTLY_SIXTEEN =
      "Happy children painted little yellow paper kittens slowly."
          + " Funny people carried simple apples under summer rainbows."
          + " Seven rabbits follow twenty happy donkeys along.";

  /** The same with one syllable more ("elephants" for "along"): reading age just over 16. */
  private static final String JUST_OVER_SIXTEEN =
      EXACTLY_SIXTEEN.replace("along", "elephants");

  /** Reading age 48.8 (grade 43.78). */
  private static final String HARD =
      "Psychological interventions necessitate comprehensive multidisciplinary collaboration.";

  static Stream<Arguments> textsByBand() {
    return Stream.of(
        arguments(EASY, AGE_0_TO_5, false),
        arguments(EASY, AGE_6_TO_9, true),
        arguments(EASY, AGE_10_TO_12, true),
        arguments(EASY, ADULT_26_PLUS, true),
        arguments(TABLE, AGE_0_TO_5, false),
        arguments(TABLE, AGE_6_TO_9, false),
        arguments(TABLE, AGE_10_TO_12, true),
        arguments(TABLE, AGE_13_TO_15, true),
        arguments(EXACTLY_SIXTEEN, AGE_13_TO_15, false),
        arguments(EXACTLY_SIXTEEN, AGE_16_TO_17, true),
        arguments(EXACTLY_SIXTEEN, AGE_18_TO_25, true),
        arguments(JUST_OVER_SIXTEEN, AGE_16_TO_17, false),
        arguments(JUST_OVER_SIXTEEN, AGE_18_TO_25, true),
        arguments(HARD, AGE_16_TO_17, false),
        arguments(HARD, AGE_18_TO_25, false),
        arguments(HARD, ADULT_26_PLUS, false));
  }

  @ParameterizedTest(name = "{1}: {2} for {0}")
  @MethodSource("textsByBand")
  void textSuitsABandWhenItsReadingAgeIsAtMostTheYoungestAge(
      String text, AgeBand band, boolean suitable) {
    ReadabilityCheck check = ReadingLevel.of(text).checkFor(band);

    assertThat(check.suitable()).isEqualTo(suitable);
    assertThat(check.band()).isEqualTo(band);
    assertThat(check.youngestAge()).isEqualTo(band.minYears());
    assertThat(check.level()).isEqualTo(ReadingLevel.of(text));
  }

  /**
   * Counts whose reading age is exactly the youngest age of each band (found by solving the
   * grade formula in whole numbers), and the same with one syllable more.
   */
  static Stream<Arguments> boundaries() {
    return Stream.of(
        arguments(AGE_6_TO_9, 39, 59, 80),
        arguments(AGE_10_TO_12, 39, 59, 100),
        arguments(AGE_13_TO_15, 10, 30, 57),
        arguments(AGE_16_TO_17, 3, 23, 46),
        arguments(AGE_18_TO_25, 39, 59, 140),
        arguments(ADULT_26_PLUS, 1, 56, 70));
  }

  @ParameterizedTest(name = "{0}: {1} sentences, {2} words, {3} syllables")
  @MethodSource("boundaries")
  void readingAgeExactlyTheYoungestAgeIsSuitableAndOneSyllableMoreIsNot(
      AgeBand band, int sentences, int words, int syllables) {
    ReadingLevel exact = new ReadingLevel(sentences, words, syllables);
    ReadingLevel harder = new ReadingLevel(sentences, words, syllables + 1);

    assertThat(exact.checkFor(band).suitable()).isTrue();
    assertThat(exact.checkFor(band).reason().explanation())
        .startsWith("Reading age " + band.minYears() + ".0 ")
        .contains("is at or below " + band.minYears());
    assertThat(harder.checkFor(band).suitable()).isFalse();
    assertThat(harder.checkFor(band).reason().explanation())
        .contains("is above " + band.minYears());
  }

  @Test
  void boundaryTextWithReadingAgeSixteenSuitsSixteenYearOlds() {
    ReadingLevel level = ReadingLevel.of(EXACTLY_SIXTEEN);

    assertThat(level).isEqualTo(new ReadingLevel(3, 23, 46));
    assertThat(level.ukReadingAge()).isEqualTo(16.0);
    assertThat(level.checkFor(AGE_16_TO_17).suitable()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("levelsFromEasiestToHardest")
  void writtenTextIsNeverSuitableOnItsOwnForUnderSixes(ReadingLevel level) {
    ReadabilityCheck check = level.checkFor(AGE_0_TO_5);

    assertThat(check.suitable()).isFalse();
    assertThat(check.youngestAge()).isZero();
    assertThat(check.reason().rule()).isEqualTo(ReadabilityCheck.PRE_LITERATE_RULE);
    assertThat(check.reason().explanation())
        .contains("pre-literate")
        .contains("pictures")
        .contains("read it aloud");
    assertThat(check.reason().source().kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(check.reason().source().citation())
        .contains("ICO, Age appropriate design code, Annex B")
        .contains("5 and under");
  }

  static Stream<ReadingLevel> levelsFromEasiestToHardest() {
    return Stream.of(
        new ReadingLevel(1, 1, 1),
        ReadingLevel.of(EASY),
        ReadingLevel.of(TABLE),
        ReadingLevel.of(HARD));
  }

  @Test
  void reasonCitesFleschAndKincaid() {
    Reason reason = ReadingLevel.of(TABLE).checkFor(AGE_10_TO_12).reason();

    assertThat(reason.rule()).isEqualTo(ReadabilityCheck.READING_AGE_RULE);
    assertThat(reason.source().kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(reason.source().citation())
        .contains("Flesch R. (1948), A new readability yardstick")
        .contains("Kincaid")
        .contains("(1975)");
  }

  @Test
  void explanationShowsFiguresWithOneDecimalIndependentOfLocale() {
    // surefire runs in Turkish, where the decimal separator is a comma
    ReadabilityCheck check = ReadingLevel.of(TABLE).checkFor(AGE_6_TO_9);

    assertThat(check.reason().explanation())
        .isEqualTo(
            "Reading age 8.7 (Flesch-Kincaid grade 3.7 plus 5, at least 5; Flesch reading ease"
                + " 75.8) is above 6, the youngest reader's age in band 6-9: use shorter"
                + " sentences and shorter words.");
  }

  @Test
  void explanationNeverMakesATextLookEasierThanItIs() {
    // grade -1.45 is shown as -1.4 (rounded up), reading ease 116.145 as 116.1 (rounded down)
    ReadabilityCheck check = ReadingLevel.of(EASY).checkFor(AGE_6_TO_9);

    assertThat(check.reason().explanation())
        .isEqualTo(
            "Reading age 5.0 (Flesch-Kincaid grade -1.4 plus 5, at least 5; Flesch reading ease"
                + " 116.1) is at or below 6, the youngest reader's age in band 6-9.");
  }

  @Test
  void checkForAndOfGiveTheSameCheck() {
    ReadingLevel level = ReadingLevel.of(TABLE);

    assertThat(level.checkFor(AGE_13_TO_15)).isEqualTo(ReadabilityCheck.of(level, AGE_13_TO_15));
  }

  @ParameterizedTest
  @EnumSource(AgeBand.class)
  void youngestAgeIsTheBandsMinimum(AgeBand band) {
    assertThat(ReadingLevel.of(EASY).checkFor(band).youngestAge()).isEqualTo(band.minYears());
  }

  @Test
  void checkThatContradictsTheRuleIsRejected() {
    ReadingLevel level = ReadingLevel.of(EASY);
    Reason reason = level.checkFor(AGE_0_TO_5).reason();

    assertThatThrownBy(() -> new ReadabilityCheck(true, level, AGE_0_TO_5, 0, reason))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("readabilityCheck.suitable"));
    assertThatThrownBy(() -> new ReadabilityCheck(false, level, AGE_0_TO_5, 3, reason))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("readabilityCheck.youngestAge"));
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    ReadingLevel level = ReadingLevel.of(EASY);

    assertThatNullPointerException()
        .isThrownBy(() -> ReadabilityCheck.of(null, AGE_6_TO_9))
        .withMessage("level");
    assertThatNullPointerException().isThrownBy(() -> level.checkFor(null)).withMessage("band");
  }
}
