package io.coproduce.core.readability;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a written text suits the youngest reader in an age band, and why. Immutable and
 * thread-safe.
 *
 * <p>The rule: a text is suitable when its {@linkplain ReadingLevel#ukReadingAge() UK reading
 * age} is at most the youngest age in the band ({@link AgeBand#minYears()}), so that every
 * reader in the band can read it; a reading age exactly equal to that age is suitable. The
 * comparison is exact, not on rounded figures. The formulas come from Flesch (1948) and Kincaid
 * et al. (1975). For the 0-5 band written text is never suitable on its own, however simple:
 * children under school age are pre-literate or just beginning to read (ICO Age appropriate
 * design code, Annex B), and UK health research gives children of 5 and under pictorial
 * information that an adult reads with them.
 *
 * <p>The {@link #reason() reason} shows the figures with one decimal place, independent of the
 * default locale; the reading age and grade are rounded up and the reading ease down, so the
 * explanation never makes a text look easier than it is.
 *
 * @param suitable whether the text suits the youngest reader in the band
 * @param level the reading level of the text
 * @param band the age band of the intended readers
 * @param youngestAge the youngest reader's age, {@code band.minYears()}
 * @param reason the rule applied, what it found, and its source
 */
public record ReadabilityCheck(
    boolean suitable, ReadingLevel level, AgeBand band, int youngestAge, Reason reason) {

  /** The rule name for the reading-age comparison. */
  public static final String READING_AGE_RULE = "readability.reading-age";

  /** The rule name for the 0-5 band, where written text is never suitable on its own. */
  public static final String PRE_LITERATE_RULE = "readability.pre-literate";

  private static final RuleSource FORMULAS =
      RuleSource.guidance(
          "Flesch R. (1948), A new readability yardstick, Journal of Applied Psychology 32(3):"
              + " 221-233; Kincaid J.P., Fishburne R.P., Rogers R.L., Chissom B.S. (1975),"
              + " Derivation of new readability formulas for Navy enlisted personnel, Research"
              + " Branch Report 8-75; UK reading age taken as the grade plus 5");

  private static final RuleSource PRE_LITERATE =
      RuleSource.guidance(
          "ICO, Age appropriate design code, Annex B: age and developmental stages (0-5:"
              + " pre-literate and early literacy); UK health research practice of pictorial"
              + " information sheets, read with the child, for children aged 5 and under (Health"
              + " Research Authority, consent and participant information guidance)");

  /**
   * Validates the check: the youngest age must be the band's, and {@code suitable} must be what
   * the rule decides for {@code level} and {@code band}.
   *
   * @throws NullPointerException when {@code level}, {@code band} or {@code reason} is null
   * @throws InvalidInputException naming {@code readabilityCheck.youngestAge} or {@code
   *     readabilityCheck.suitable} when the check contradicts the rule
   */
  public ReadabilityCheck {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(reason, "reason");
    if (youngestAge != band.minYears()) {
      throw InvalidInputException.of(
          "readabilityCheck.youngestAge",
          "must be the youngest age in band " + band.label() + ", " + band.minYears(),
          youngestAge);
    }
    if (suitable != isSuitable(level, band)) {
      throw InvalidInputException.of(
          "readabilityCheck.suitable",
          "must follow the reading-age rule for the level and band",
          suitable);
    }
  }

  /**
   * Checks whether a text at {@code level} suits the youngest reader in {@code band}.
   *
   * @throws NullPointerException when {@code level} or {@code band} is null
   */
  public static ReadabilityCheck of(ReadingLevel level, AgeBand band) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(band, "band");
    boolean suitable = isSuitable(level, band);
    return new ReadabilityCheck(
        suitable, level, band, band.minYears(), reason(level, band, suitable));
  }

  private static boolean isPreLiterate(AgeBand band) {
    return band == AgeBand.AGE_0_TO_5;
  }

  private static boolean isSuitable(ReadingLevel level, AgeBand band) {
    return !isPreLiterate(band) && level.readingAgeAtMost(band.minYears());
  }

  private static Reason reason(ReadingLevel level, AgeBand band, boolean suitable) {
    if (isPreLiterate(band)) {
      return Reason.of(
          PRE_LITERATE_RULE,
          String.format(
              Locale.ROOT,
              "Children aged %s are pre-literate or just beginning to read, so written text is"
                  + " never suitable for them on its own: use pictures, and read it aloud with"
                  + " them (the text's reading age is %s).",
              band.label(),
              level.readingAgeText()),
          PRE_LITERATE);
    }
    String figures =
        String.format(
            Locale.ROOT,
            "Reading age %s (Flesch-Kincaid grade %s plus 5, at least 5; Flesch reading ease %s)",
            level.readingAgeText(),
            level.gradeText(),
            level.easeText());
    String finding =
        suitable
            ? String.format(
                Locale.ROOT,
                " is at or below %d, the youngest reader's age in band %s.",
                band.minYears(),
                band.label())
            : String.format(
                Locale.ROOT,
                " is above %d, the youngest reader's age in band %s: use shorter sentences and"
                    + " shorter words.",
                band.minYears(),
                band.label());
    return Reason.of(READING_AGE_RULE, figures + finding, FORMULAS);
  }
}
