package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a scoring scale in a framework, for example {@code not-partly-met}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ScaleId(String value) {

  /** Validates the id. */
  public ScaleId {
    IdentifierSyntax.requireValid("scaleId", value);
  }

  /** Parses an id from its text form. */
  public static ScaleId parse(String text) {
    return new ScaleId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
