package io.coproduce.core.readability;

/**
 * The English syllable heuristic behind {@link ReadingLevel}: vowel groups, with a few common
 * corrections for silent endings. Stateless; the rules are listed on {@link ReadingLevel}.
 *
 * <p>Works on a span of the original text (no copy), one pass over its code points, so the cost
 * is linear in the length of the word. Case is folded per code point with {@link
 * Character#toLowerCase(int)}, which does not depend on the default locale (a Turkish capital
 * {@code 'I'} folds to {@code 'i'}, and {@code 'İ'} to {@code 'i'}, as everywhere else).
 */
final class Syllables {

  /** Vowels after case folding; {@code 'y'} is handled apart: its role depends on position. */
  private static final String VOWELS =
      "aeiouàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěĩīĭįıōŏőœũūŭůűų";

  // Window entries that are not code points, so Character.isLetter is false for them.

  /** Window entry for a combining mark: not a letter, so no ending rule matches across it. */
  private static final int MARK = -1;

  /** Window entry before the start of the part. */
  private static final int NONE = -2;

  private Syllables() {}

  /**
   * Counts the syllables of the word {@code text[start, end)}: the sum over its hyphen-separated
   * parts, each at least 1.
   */
  static int count(String text, int start, int end) {
    int total = 0;
    int partStart = start;
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isHyphen(cp)) {
        total += countPart(text, partStart, i);
        partStart = next;
      }
      i = next;
    }
    return total + countPart(text, partStart, end);
  }

  private static int countPart(String text, int start, int end) {
    int stop = end;
    if (stop - start >= 3
        && isApostrophe(text.charAt(stop - 2))
        && (text.charAt(stop - 1) == 's' || text.charAt(stop - 1) == 'S')) {
      stop -= 2; // possessive or contracted 's: "Sam's", "it's"
    }
    int groups = 0;
    boolean inGroup = false;
    int position = 0;
    // The last four letters (folded to lower case), newest first, and whether each is a vowel.
    int l1 = NONE;
    int l2 = NONE;
    int l3 = NONE;
    int l4 = NONE;
    boolean v1 = false;
    boolean v2 = false;
    boolean v3 = false;
    int i = start;
    while (i < stop) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isApostrophe(cp) || cp == ReadingLevel.SOFT_HYPHEN) {
        continue; // "don't" counts as "dont"
      }
      if (ReadingLevel.isMark(cp)) {
        l4 = l3;
        l3 = l2;
        l2 = l1;
        l1 = MARK;
        v3 = v2;
        v2 = v1;
        v1 = false;
        continue; // an accent continues the vowel group it follows
      }
      int c = Character.toLowerCase(cp);
      boolean vowel = isVowel(c, position == 0);
      if (vowel && !inGroup) {
        groups++;
      }
      inGroup = vowel;
      position++;
      l4 = l3;
      l3 = l2;
      l2 = l1;
      l1 = c;
      v3 = v2;
      v2 = v1;
      v1 = vowel;
    }
    boolean c2 = isConsonant(l2, v2);
    boolean c3 = isConsonant(l3, v3);
    if (l1 == 'e' && c2 && !(l2 == 'l' && c3)) {
      groups--; // silent final e: "make", but not "table"
    } else if (l1 == 's' && l2 == 'e' && c3 && !sounded(l3, l4)) {
      groups--; // silent -es: "makes", but not "boxes", "places", "tables"
    } else if (l1 == 'd' && l2 == 'e' && c3 && l3 != 't' && l3 != 'd'
        && !(l3 == 'l' && isConsonantLetter(l4))) {
      groups--; // silent -ed: "jumped", but not "wanted", "needed", "tabled"
    }
    return Math.max(1, groups);
  }

  /** Whether the {@code e} of a final {@code -es} is sounded after {@code l3}, {@code l4}. */
  private static boolean sounded(int l3, int l4) {
    switch (l3) {
      case 's':
      case 'x':
      case 'z':
      case 'c':
      case 'g':
        return true;
      case 'h':
        return l4 == 'c' || l4 == 's';
      case 'l':
        return isConsonantLetter(l4);
      default:
        return false;
    }
  }

  private static boolean isVowel(int c, boolean first) {
    if (c == 'y') {
      return !first;
    }
    return VOWELS.indexOf(c) >= 0;
  }

  /** Whether window entry {@code c} is a consonant letter (never a mark or an empty entry). */
  private static boolean isConsonant(int c, boolean vowel) {
    return !vowel && Character.isLetter(c);
  }

  /** Whether {@code c} is a consonant letter, counting {@code 'y'} as a vowel. */
  private static boolean isConsonantLetter(int c) {
    return Character.isLetter(c) && !isVowel(c, false);
  }

  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
  }

  static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011';
  }
}
