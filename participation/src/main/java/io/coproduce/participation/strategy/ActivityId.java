package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a piece of work a member records against a strategic plan, for example {@code act-2026-014}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ActivityId(String value) {

  /** Validates the id. */
  public ActivityId {
    IdentifierSyntax.requireValid("activityId", value);
  }

  /** Parses an id from its text form. */
  public static ActivityId parse(String text) {
    return new ActivityId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
