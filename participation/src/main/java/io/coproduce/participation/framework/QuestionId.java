package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a question in a framework, unique within the framework, for example {@code space.early}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record QuestionId(String value) {

  /** Validates the id. */
  public QuestionId {
    IdentifierSyntax.requireValid("questionId", value);
  }

  /** Parses an id from its text form. */
  public static QuestionId parse(String text) {
    return new QuestionId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
