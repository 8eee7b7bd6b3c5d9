package io.coproduce.participation.voice;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a decision taken by a forum or a decision-maker.
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record DecisionId(String value) {

  /** Validates the id. */
  public DecisionId {
    IdentifierSyntax.requireValid("decisionId", value);
  }

  /** Parses an id from its text form. */
  public static DecisionId parse(String text) {
    return new DecisionId(text);
  }

  /** Mints a new random id. */
  public static DecisionId random(RandomGenerator random) {
    return new DecisionId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
