package io.coproduce.participation.quality;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of a piece of evidence a declaration rests on (minutes, an evaluation, a survey
 * summary), kept in the host's own store under the same id; the library never holds the
 * evidence itself. Immutable; {@link #toString()} gives the text that {@link #parse(String)}
 * reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record EvidenceId(String value) {

  /** Validates the id. */
  public EvidenceId {
    IdentifierSyntax.requireValid("evidenceId", value);
  }

  /** Parses an id from its text form. */
  public static EvidenceId parse(String text) {
    return new EvidenceId(text);
  }

  /** Mints a new random id. */
  public static EvidenceId random(RandomGenerator random) {
    return new EvidenceId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
