package io.coproduce.core.id;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The one text syntax every Coproduce id follows, and the way to mint new ones. Every typed id
 * in every module (people, organisations, consents, forums, sessions) validates with {@link
 * #requireValid(String, String)} and mints with {@link #mint(RandomGenerator)}, so ids look the
 * same everywhere and round-trip through text, JSON and CSV unchanged.
 *
 * <p>An id is 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit.
 * Ids are opaque and pseudonymous: never build one from a name, email or NHS number. Stateless
 * and thread-safe.
 */
public final class IdentifierSyntax {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 64;

  /** The rule, as stated in error messages. */
  public static final String RULE =
      "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit";

  /** The syntax as a regular expression, for documentation and for hosts' own validators. */
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Crockford's base32 alphabet: no I, L, O or U, so minted ids are easy to read aloud. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  /** Characters in a minted id: 26 x 5 bits = 130 bits of randomness. */
  public static final int MINTED_LENGTH = 26;

  private IdentifierSyntax() {}

  /** Returns whether {@code text} is a valid id. Never throws; {@code null} is not valid. */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    // By hand rather than with SYNTAX: ids are checked on every value read from a ledger file.
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code text} if it is a valid id.
   *
   * @param field the field being validated, named in the error (for example {@code "personId"})
   * @param text the candidate id
   * @throws InvalidInputException naming {@code field} and the rule, when invalid or null; the
   *     invalid text is withheld from the message, since it may be a name or email entered by mistake
   */
  public static String requireValid(String field, String text) {
    Objects.requireNonNull(field, "field");
    if (text == null) {
      throw InvalidInputException.of(field, "must not be null", null);
    }
    if (!isValid(text)) {
      // Text that is not a valid id may be a name or email typed into the wrong field: withhold it.
      throw InvalidInputException.personal(field, RULE);
    }
    return text;
  }

  /**
   * Mints a new random id of {@value #MINTED_LENGTH} base32 characters. Pass a {@link
   * java.security.SecureRandom} in production and a seeded generator for repeatable scenarios.
   */
  public static String mint(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    char[] out = new char[MINTED_LENGTH];
    for (int i = 0; i < MINTED_LENGTH; i++) {
      out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
