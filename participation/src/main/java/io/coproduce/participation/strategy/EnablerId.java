package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of an enabler under a strategic aim, unique within its plan, for example {@code aim-1.en-3}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record EnablerId(String value) {

  /** Validates the id. */
  public EnablerId {
    IdentifierSyntax.requireValid("enablerId", value);
  }

  /** Parses an id from its text form. */
  public static EnablerId parse(String text) {
    return new EnablerId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
