package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of an element of a framework (one of Lundy's four, one of Shier's five levels), for example {@code space}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ElementId(String value) {

  /** Validates the id. */
  public ElementId {
    IdentifierSyntax.requireValid("elementId", value);
  }

  /** Parses an id from its text form. */
  public static ElementId parse(String text) {
    return new ElementId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
