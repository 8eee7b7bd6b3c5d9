package io.coproduce.participation.workmap;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a workstream a member organisation has declared on the work map.
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record WorkstreamId(String value) {

  /** Validates the id. */
  public WorkstreamId {
    IdentifierSyntax.requireValid("workstreamId", value);
  }

  /** Parses an id from its text form. */
  public static WorkstreamId parse(String text) {
    return new WorkstreamId(text);
  }

  /** Mints a new random id. */
  public static WorkstreamId random(RandomGenerator random) {
    return new WorkstreamId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
