/**
 * Typed, opaque, pseudonymous identifiers ({@link io.coproduce.core.id.PersonId}, {@link
 * io.coproduce.core.id.OrganisationId}) and the {@link io.coproduce.core.id.IdentifierSyntax
 * syntax} every id in the library follows.
 */
package io.coproduce.core.id;
