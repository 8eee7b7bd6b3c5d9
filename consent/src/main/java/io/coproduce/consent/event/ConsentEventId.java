package io.coproduce.consent.event;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of one consent event. Immutable and thread-safe; {@link #toString()} gives the text
 * that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ConsentEventId(String value) {

  /** Validates the id. */
  public ConsentEventId {
    IdentifierSyntax.requireValid("consentEventId", value);
  }

  /** Parses an id from its text form. */
  public static ConsentEventId parse(String text) {
    return new ConsentEventId(text);
  }

  /** Mints a new random id. */
  public static ConsentEventId random(RandomGenerator random) {
    return new ConsentEventId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
