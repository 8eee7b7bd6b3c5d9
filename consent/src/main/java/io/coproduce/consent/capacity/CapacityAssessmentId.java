package io.coproduce.consent.capacity;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of one capacity assessment. Immutable and thread-safe; {@link #toString()} gives the
 * text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record CapacityAssessmentId(String value) {

  /** Validates the id. */
  public CapacityAssessmentId {
    IdentifierSyntax.requireValid("capacityAssessmentId", value);
  }

  /** Parses an id from its text form. */
  public static CapacityAssessmentId parse(String text) {
    return new CapacityAssessmentId(text);
  }

  /** Mints a new random id. */
  public static CapacityAssessmentId random(RandomGenerator random) {
    return new CapacityAssessmentId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
