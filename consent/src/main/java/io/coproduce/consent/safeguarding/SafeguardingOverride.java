package io.coproduce.consent.safeguarding;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * That information about a child was shared to protect them from harm, which needs no consent.
 * It is deliberately not a consent event: it never appears in the consent ledger and never
 * changes a consent check. Holds ids and a ground only; the information shared and the concern
 * stay in the safeguarding system of record. Immutable.
 *
 * @param id the override's id
 * @param subject the child the information was about
 * @param sharedWith who received it (a local authority's children's services, the police, a GP)
 * @param decidedBy the safeguarding lead who decided to share
 * @param decidedAt when
 * @param ground why
 */
public record SafeguardingOverride(
    SafeguardingOverrideId id, PersonId subject, PartyId sharedWith, PersonId decidedBy,
    Instant decidedAt, SafeguardingGround ground) {

  /** Validates the override. */
  public SafeguardingOverride {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sharedWith, "sharedWith");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(ground, "ground");
    if (decidedBy.equals(subject)) {
      throw InvalidInputException.of(
          "safeguardingOverride.decidedBy", "must be a safeguarding lead, not the child", id);
    }
  }
}
