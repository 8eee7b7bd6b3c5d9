package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a strategic aim in a strategic plan, for example {@code aim-1}.
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record AimId(String value) {

  /** Validates the id. */
  public AimId {
    IdentifierSyntax.requireValid("aimId", value);
  }

  /** Parses an id from its text form. */
  public static AimId parse(String text) {
    return new AimId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
