package io.coproduce.core.id;

import java.util.random.RandomGenerator;

/**
 * The opaque id of an organisation: a member charity, school, service, NHS body or local authority.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record OrganisationId(String value) implements PartyId {

  /** Validates the id. */
  public OrganisationId {
    IdentifierSyntax.requireValid("organisationId", value);
  }

  /** Parses an id from its text form. */
  public static OrganisationId parse(String text) {
    return new OrganisationId(text);
  }

  /** Mints a new random id (see {@link IdentifierSyntax#mint(RandomGenerator)}). */
  public static OrganisationId random(RandomGenerator random) {
    return new OrganisationId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
