package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of a strategic plan, for example {@code cypmhc-strategic-plan}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record PlanId(String value) {

  /** Validates the id. */
  public PlanId {
    IdentifierSyntax.requireValid("planId", value);
  }

  /** Parses an id from its text form. */
  public static PlanId parse(String text) {
    return new PlanId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
