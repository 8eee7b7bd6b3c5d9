package io.coproduce.participation.session;

import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded decision on how a session that mixes under-18s with young adults aged 18-25 is
 * safeguarded: who decided, when, and where the decision is kept. The decision itself stays in
 * the host's records; the library needs only to know that it exists. Immutable.
 *
 * @param reference the id of the record in the host's system
 * @param decidedBy the safeguarding lead who made the decision
 * @param decidedOn the day it was made
 */
public record SafeguardingArrangement(String reference, PersonId decidedBy, LocalDate decidedOn) {

  /** Validates the arrangement. */
  public SafeguardingArrangement {
    IdentifierSyntax.requireValid("safeguardingArrangement.reference", reference);
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedOn, "decidedOn");
  }

  /** An arrangement recorded under {@code reference}. */
  public static SafeguardingArrangement of(String reference, PersonId decidedBy, LocalDate decidedOn) {
    return new SafeguardingArrangement(reference, decidedBy, decidedOn);
  }

  /** Returns whether it had been recorded by {@code day}. */
  public boolean isRecordedBy(LocalDate day) {
    return !decidedOn.isAfter(Objects.requireNonNull(day, "day"));
  }
}
