package io.coproduce.participation.forum;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a forum (a youth advisory group, a steering group, a panel, a board).
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ForumId(String value) {

  /** Validates the id. */
  public ForumId {
    IdentifierSyntax.requireValid("forumId", value);
  }

  /** Parses an id from its text form. */
  public static ForumId parse(String text) {
    return new ForumId(text);
  }

  /** Mints a new random id. */
  public static ForumId random(RandomGenerator random) {
    return new ForumId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
