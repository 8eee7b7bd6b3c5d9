package io.coproduce.participation.session;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a planned session (a workshop, a focus group, a steering meeting).
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record SessionId(String value) {

  /** Validates the id. */
  public SessionId {
    IdentifierSyntax.requireValid("sessionId", value);
  }

  /** Parses an id from its text form. */
  public static SessionId parse(String text) {
    return new SessionId(text);
  }

  /** Mints a new random id. */
  public static SessionId random(RandomGenerator random) {
    return new SessionId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
