package io.coproduce.participation.voice;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a contribution (an idea, a priority, a concern, feedback or a vote).
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ContributionId(String value) {

  /** Validates the id. */
  public ContributionId {
    IdentifierSyntax.requireValid("contributionId", value);
  }

  /** Parses an id from its text form. */
  public static ContributionId parse(String text) {
    return new ContributionId(text);
  }

  /** Mints a new random id. */
  public static ContributionId random(RandomGenerator random) {
    return new ContributionId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
