package io.coproduce.core.person;

import io.coproduce.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something a person needs in order to take part on equal terms. Immutable and thread-safe.
 * Text form: the kind's name, with the language after a colon where the kind needs one
 * ({@code STEP_FREE_ACCESS}, {@code SPOKEN_LANGUAGE_INTERPRETER:pl}).
 *
 * @param kind the kind of need
 * @param language a BCP 47 language tag for interpreting and translation, else {@code null}
 */
public record AccessNeed(Kind kind, String language) {

  /** Kinds of access need that session plans check for. */
  public enum Kind {
    /** A British Sign Language interpreter. */
    BSL_INTERPRETER(false),
    /** An interpreter for a spoken language (needs a language). */
    SPOKEN_LANGUAGE_INTERPRETER(true),
    /** Materials translated into a language (needs a language). */
    TRANSLATED_MATERIALS(true),
    /** Easy-read materials. */
    EASY_READ(false),
    /** Large-print materials. */
    LARGE_PRINT(false),
    /** Materials that work with a screen reader. */
    SCREEN_READER(false),
    /** Live captions for speech. */
    CAPTIONS(false),
    /** A hearing loop in the room. */
    HEARING_LOOP(false),
    /** Step-free access to and within the venue. */
    STEP_FREE_ACCESS(false),
    /** An accessible toilet. */
    ACCESSIBLE_TOILET(false),
    /** A quiet space to withdraw to. */
    QUIET_SPACE(false),
    /** Extra time and breaks. */
    EXTRA_TIME_AND_BREAKS(false),
    /** A trusted adult or advocate alongside. */
    SUPPORT_PERSON(false);

    private final boolean needsLanguage;

    Kind(boolean needsLanguage) {
      this.needsLanguage = needsLanguage;
    }

    /** Returns whether this kind of need names a language. */
    public boolean needsLanguage() {
      return needsLanguage;
    }
  }

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

  /** Validates the need: a language exactly when the kind needs one, as a BCP 47 tag. */
  public AccessNeed {
    Objects.requireNonNull(kind, "kind");
    if (kind.needsLanguage()) {
      if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
        throw InvalidInputException.of(
            "accessNeed.language", kind + " needs a BCP 47 language tag such as pl or pt-BR", language);
      }
    } else if (language != null) {
      throw InvalidInputException.of(
          "accessNeed.language", kind + " does not take a language", language);
    }
  }

  /** A need that takes no language. */
  public static AccessNeed of(Kind kind) {
    return new AccessNeed(kind, null);
  }

  /** A need for a language (interpreting or translation). */
  public static AccessNeed of(Kind kind, String language) {
    return new AccessNeed(kind, language);
  }

  /** Returns the language, for kinds that take one. */
  public Optional<String> languageTag() {
    return Optional.ofNullable(language);
  }

  /**
   * Parses the text form.
   *
   * @throws InvalidInputException naming {@code accessNeed} for an unknown kind or a bad language
   */
  public static AccessNeed parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("accessNeed", "must not be null", null);
    }
    int colon = text.indexOf(':');
    String kindText = colon < 0 ? text : text.substring(0, colon);
    Kind kind;
    try {
      kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("accessNeed.kind", "must be a known kind of access need", kindText);
    }
    return new AccessNeed(kind, colon < 0 ? null : text.substring(colon + 1));
  }

  /** Returns the text form that {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return language == null ? kind.name() : kind.name() + ":" + language;
  }
}
