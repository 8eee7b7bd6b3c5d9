package io.coproduce.core.id;

/**
 * The id of someone who can hold a responsibility or take a decision: a person, or an
 * organisation (a local authority holding parental responsibility under a care order).
 */
public sealed interface PartyId permits PersonId, OrganisationId {

  /** Returns the id's text, which follows {@link IdentifierSyntax}. */
  String value();
}
