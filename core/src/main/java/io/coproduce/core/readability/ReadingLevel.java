package io.coproduce.core.readability;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * How hard an English text is to read, from its counts of sentences, words and syllables, by the
 * published formulas. Immutable and thread-safe. The text itself is not kept: only the three
 * counts, so a reading level can be stored or logged without the (possibly personal) text.
 *
 * <p>The formulas, with {@code W/S} words per sentence and {@code Y/W} syllables per word:
 *
 * <ul>
 *   <li>Flesch reading ease (Flesch, "A new readability yardstick", Journal of Applied Psychology,
 *       1948): {@code 206.835 - 1.015 * W/S - 84.6 * Y/W}; higher is easier: on Flesch's scale
 *       90-100 is very easy, 60-70 standard and below 30 very difficult;
 *   <li>Flesch-Kincaid grade (Kincaid, Fishburne, Rogers and Chissom, "Derivation of new
 *       readability formulas for Navy enlisted personnel", 1975): {@code 0.39 * W/S + 11.8 * Y/W
 *       - 15.59}, a US school grade;
 *   <li>UK reading age: the grade plus 5, the usual conversion (US grade 1 starts at about age
 *       6), <em>clamped at a minimum of 5</em>. The formulas were not fitted to texts for
 *       readers under school age and go below zero for very short words and sentences; a reading
 *       age under 5 would claim more than they can tell, so 5 is the floor.
 * </ul>
 *
 * <p>The values are computed in exact integer arithmetic and rounded once to the nearest {@code
 * double}, so equal ratios give identical values, and a grade of exactly 11 is exactly {@code
 * 11.0}.
 *
 * <p><b>Counting rules</b> (one pass over the text, linear in its length, independent of the
 * default locale):
 *
 * <ul>
 *   <li>A <em>word</em> is a run of letters and digits ({@link Character#isLetterOrDigit(int)},
 *       any script), with any combining marks that follow them. An apostrophe ({@code '}, {@code
 *       ’}) or hyphen ({@code -}, U+2010, U+2011) between two such characters joins them: {@code
 *       "don't"} and {@code "twenty-one"} are one word each; so does a soft hyphen (U+00AD). A
 *       {@code .} or {@code ,} between two digits joins a number: {@code "2.50"} and {@code
 *       "1,000"} are one word. Everything else (spaces, punctuation, symbols, emoji, control
 *       characters, unpaired surrogates) separates words.
 *   <li>A <em>sentence</em> ends at {@code .}, {@code !}, {@code ?} or an ellipsis {@code …}
 *       that follows at least one word of the sentence; a run such as {@code "?!"} or {@code
 *       "..."} ends one sentence. Words after the last such mark form a final sentence. An
 *       abbreviation such as {@code "Dr."} ends a sentence too: the counting does not know
 *       abbreviations, which makes sentences look shorter and the text a little easier.
 *   <li><em>Syllables</em> are estimated per word by an English heuristic, applied to each
 *       hyphen-separated part and summed: a trailing possessive or contracted {@code 's} is
 *       dropped and other apostrophes ignored; letters are folded to lower case per code point;
 *       each group of consecutive vowels ({@code a e i o u}, accented Latin vowels and dotless
 *       {@code ı}, and {@code y} except as the first letter) is one syllable; then one is taken
 *       off for a silent final {@code e} ("make") unless it ends {@code -le} after a consonant
 *       ("table"), for a silent {@code -es} ("makes") unless after {@code s, x, z, c, g, ch, sh} or
 *       consonant-{@code l} ("boxes", "places", "tables"), and for a silent {@code -ed} ("jumped")
 *       unless after {@code t, d} or consonant-{@code l} ("wanted", "tabled"); every part counts
 *       at least one syllable, so a number such as {@code "2026"} is one syllable. The heuristic
 *       is wrong for some words ("recipe", "create", "hundred"): treat the result as an
 *       estimate, as with any readability formula.
 * </ul>
 *
 * @param sentences the number of sentences, at least 1
 * @param words the number of words, at least {@code sentences} (every sentence has a word)
 * @param syllables the number of syllables, at least {@code words} (every word has a syllable)
 */
public record ReadingLevel(int sentences, int words, int syllables) {

  /** The lowest UK reading age this class reports. */
  public static final int MIN_READING_AGE = 5;

  static final int SOFT_HYPHEN = '\u00AD';

  /** Validates the counts. Counts are not personal: errors show them. */
  public ReadingLevel {
    if (sentences < 1) {
      throw InvalidInputException.of("readingLevel.sentences", "must be at least 1", sentences);
    }
    if (words < sentences) {
      throw InvalidInputException.of(
          "readingLevel.words", "must be at least readingLevel.sentences, " + sentences, words);
    }
    if (syllables < words) {
      throw InvalidInputException.of(
          "readingLevel.syllables", "must be at least readingLevel.words, " + words, syllables);
    }
  }

  /**
   * Measures {@code text} by the counting rules above. Any string is accepted (any length, any
   * characters, including unpaired surrogates and control characters) as long as it has a word.
   *
   * @throws NullPointerException when {@code text} is null
   * @throws InvalidInputException naming {@code text} when it has no word (empty, blank or only
   *     punctuation); the text is not included in the exception, since it may be personal
   */
  public static ReadingLevel of(String text) {
    Objects.requireNonNull(text, "text");
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    int wordsInSentence = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int end = wordEnd(text, i);
        words++;
        wordsInSentence++;
        syllables += Syllables.count(text, i, end);
        i = end;
      } else {
        if (wordsInSentence > 0 && isSentenceEnd(cp)) {
          sentences++;
          wordsInSentence = 0;
        }
        i += Character.charCount(cp);
      }
    }
    if (wordsInSentence > 0) {
      sentences++;
    }
    if (words == 0) {
      throw InvalidInputException.personal("text", "must contain at least one word");
    }
    return new ReadingLevel(sentences, words, syllables);
  }

  /** The index just after the word starting with a letter or digit at {@code start}. */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int previous = text.codePointAt(start);
    int i = start + Character.charCount(previous);
    while (i < n) {
      int cp = text.codePointAt(i);
      int size = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        previous = cp;
        i += size;
        continue;
      }
      if (i + size >= n) {
        break;
      }
      int next = text.codePointAt(i + size);
      boolean joinsLetters =
          (Syllables.isApostrophe(cp) || Syllables.isHyphen(cp) || cp == SOFT_HYPHEN)
              && Character.isLetterOrDigit(next);
      boolean joinsDigits =
          (cp == '.' || cp == ',') && Character.isDigit(previous) && Character.isDigit(next);
      boolean joins = joinsLetters || joinsDigits;
      if (!joins) {
        break;
      }
      previous = cp;
      i += size;
    }
    return i;
  }

  private static boolean isSentenceEnd(int cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == '\u2026';
  }

  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Returns the Flesch reading ease, {@code 206.835 - 1.015 * words/sentences - 84.6 *
   * syllables/words}: higher is easier. Always finite; may be negative for very hard text.
   */
  public double fleschReadingEase() {
    return easeNumerator().doubleValue() / easeDenominator().doubleValue();
  }

  /**
   * Returns the Flesch-Kincaid grade, {@code 0.39 * words/sentences + 11.8 * syllables/words -
   * 15.59}: a US school grade. Always finite; negative for very easy text.
   */
  public double fleschKincaidGrade() {
    return gradeNumerator().doubleValue() / gradeDenominator().doubleValue();
  }

  /**
   * Returns the UK reading age in years: the Flesch-Kincaid grade plus 5, and never below
   * {@value #MIN_READING_AGE} (see the class description for why).
   */
  public double ukReadingAge() {
    return readingAgeNumerator().doubleValue() / gradeDenominator().doubleValue();
  }

  /**
   * Checks whether this text suits the youngest reader in {@code band}; the same as {@link
   * ReadabilityCheck#of(ReadingLevel, AgeBand)}.
   *
   * @throws NullPointerException when {@code band} is null
   */
  public ReadabilityCheck checkFor(AgeBand band) {
    return ReadabilityCheck.of(this, band);
  }

  /** Whether the UK reading age is at most {@code years}, decided exactly (no rounding). */
  boolean readingAgeAtMost(int years) {
    BigInteger limit = BigInteger.valueOf(years).multiply(gradeDenominator());
    return readingAgeNumerator().compareTo(limit) <= 0;
  }

  /** The UK reading age with one decimal, rounded up: never shown as easier than it is. */
  String readingAgeText() {
    return oneDecimal(readingAgeNumerator(), gradeDenominator(), RoundingMode.CEILING);
  }

  /** The grade with one decimal, rounded up: never shown as easier than it is. */
  String gradeText() {
    return oneDecimal(gradeNumerator(), gradeDenominator(), RoundingMode.CEILING);
  }

  /** The reading ease with one decimal, rounded down: never shown as easier than it is. */
  String easeText() {
    return oneDecimal(easeNumerator(), easeDenominator(), RoundingMode.FLOOR);
  }

  private static String oneDecimal(
      BigInteger numerator, BigInteger denominator, RoundingMode mode) {
    BigDecimal value = new BigDecimal(numerator).divide(new BigDecimal(denominator), 1, mode);
    return String.format(Locale.ROOT, "%.1f", value);
  }

  // With S sentences, W words and Y syllables:
  //   ease  = 206.835 - 1.015 W/S - 84.6 Y/W = (206835 SW - 1015 W^2 - 84600 YS) / (1000 SW)
  //   grade = 0.39 W/S + 11.8 Y/W - 15.59   = (39 W^2 + 1180 YS - 1559 SW) / (100 SW)
  // BigInteger because W^2 and YS overflow a long for texts near the maximum String length.

  private BigInteger sw() {
    return BigInteger.valueOf(sentences).multiply(BigInteger.valueOf(words));
  }

  private BigInteger ww() {
    return BigInteger.valueOf(words).multiply(BigInteger.valueOf(words));
  }

  private BigInteger ys() {
    return BigInteger.valueOf(syllables).multiply(BigInteger.valueOf(sentences));
  }

  private BigInteger easeNumerator() {
    return sw().multiply(BigInteger.valueOf(206_835))
        .subtract(ww().multiply(BigInteger.valueOf(1_015)))
        .subtract(ys().multiply(BigInteger.valueOf(84_600)));
  }

  private BigInteger easeDenominator() {
    return sw().multiply(BigInteger.valueOf(1_000));
  }

  private BigInteger gradeNumerator() {
    return ww().multiply(BigInteger.valueOf(39))
        .add(ys().multiply(BigInteger.valueOf(1_180)))
        .subtract(sw().multiply(BigInteger.valueOf(1_559)));
  }

  private BigInteger gradeDenominator() {
    return sw().multiply(BigInteger.valueOf(100));
  }

  /** (grade + 5) over the grade denominator, at least 5 over it. */
  private BigInteger readingAgeNumerator() {
    BigInteger floor = gradeDenominator().multiply(BigInteger.valueOf(MIN_READING_AGE));
    return gradeNumerator().add(floor).max(floor);
  }
}
