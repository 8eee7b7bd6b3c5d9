package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of an objective under a strategic aim, for example {@code aim-1.obj-2}.
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ObjectiveId(String value) {

  /** Validates the id. */
  public ObjectiveId {
    IdentifierSyntax.requireValid("objectiveId", value);
  }

  /** Parses an id from its text form. */
  public static ObjectiveId parse(String text) {
    return new ObjectiveId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
