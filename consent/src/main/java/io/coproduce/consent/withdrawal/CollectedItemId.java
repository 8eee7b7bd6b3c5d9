package io.coproduce.consent.withdrawal;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of something collected from a young person (a photograph, a recording, a quote).
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record CollectedItemId(String value) {

  /** Validates the id. */
  public CollectedItemId {
    IdentifierSyntax.requireValid("collectedItemId", value);
  }

  /** Parses an id from its text form. */
  public static CollectedItemId parse(String text) {
    return new CollectedItemId(text);
  }

  /** Mints a new random id. */
  public static CollectedItemId random(RandomGenerator random) {
    return new CollectedItemId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
