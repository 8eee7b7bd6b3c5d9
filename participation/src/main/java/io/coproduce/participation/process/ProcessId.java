package io.coproduce.participation.process;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a co-production process (a strategy, a service redesign, a joint consultation response).
 * Immutable; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record ProcessId(String value) {

  /** Validates the id. */
  public ProcessId {
    IdentifierSyntax.requireValid("processId", value);
  }

  /** Parses an id from its text form. */
  public static ProcessId parse(String text) {
    return new ProcessId(text);
  }

  /** Mints a new random id. */
  public static ProcessId random(RandomGenerator random) {
    return new ProcessId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
