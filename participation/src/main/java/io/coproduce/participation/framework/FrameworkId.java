package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a participation or self-assessment framework, for example {@code lundy}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record FrameworkId(String value) {

  /** Validates the id. */
  public FrameworkId {
    IdentifierSyntax.requireValid("frameworkId", value);
  }

  /** Parses an id from its text form. */
  public static FrameworkId parse(String text) {
    return new FrameworkId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
