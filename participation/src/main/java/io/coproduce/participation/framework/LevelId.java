package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of one level of a scoring scale, for example {@code partly-met}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record LevelId(String value) {

  /** Validates the id. */
  public LevelId {
    IdentifierSyntax.requireValid("levelId", value);
  }

  /** Parses an id from its text form. */
  public static LevelId parse(String text) {
    return new LevelId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
