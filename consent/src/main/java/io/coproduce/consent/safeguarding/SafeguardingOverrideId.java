package io.coproduce.consent.safeguarding;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of one safeguarding override. Immutable; {@link #toString()} gives the text that
 * {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record SafeguardingOverrideId(String value) {

  /** Validates the id. */
  public SafeguardingOverrideId {
    IdentifierSyntax.requireValid("safeguardingOverrideId", value);
  }

  /** Parses an id from its text form. */
  public static SafeguardingOverrideId parse(String text) {
    return new SafeguardingOverrideId(text);
  }

  /** Mints a new random id. */
  public static SafeguardingOverrideId random(RandomGenerator random) {
    return new SafeguardingOverrideId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
