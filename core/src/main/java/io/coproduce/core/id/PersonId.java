package io.coproduce.core.id;

import java.util.random.RandomGenerator;

/**
 * The opaque, pseudonymous id of a person (a young person, parent, carer, practitioner or facilitator).
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record PersonId(String value) implements PartyId {

  /** Validates the id. */
  public PersonId {
    IdentifierSyntax.requireValid("personId", value);
  }

  /** Parses an id from its text form. */
  public static PersonId parse(String text) {
    return new PersonId(text);
  }

  /** Mints a new random id (see {@link IdentifierSyntax#mint(RandomGenerator)}). */
  public static PersonId random(RandomGenerator random) {
    return new PersonId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
