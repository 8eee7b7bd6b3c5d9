package io.coproduce.participation.joint;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of an area of work two membership groups have agreed to share.
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record JointAreaId(String value) {

  /** Validates the id. */
  public JointAreaId {
    IdentifierSyntax.requireValid("jointAreaId", value);
  }

  /** Parses an id from its text form. */
  public static JointAreaId parse(String text) {
    return new JointAreaId(text);
  }

  /** Mints a new random id. */
  public static JointAreaId random(RandomGenerator random) {
    return new JointAreaId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
