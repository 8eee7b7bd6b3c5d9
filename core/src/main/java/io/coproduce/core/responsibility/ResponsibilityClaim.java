package io.coproduce.core.responsibility;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded fact that {@code holder} has (or, for s.20 accommodation, is recorded against) a
 * child on a {@link ResponsibilityBasis basis}, from a date and optionally until a date. Whether
 * the claim actually confers parental responsibility on a given day is decided by {@link
 * ParentalResponsibility}, which also knows the child's nation and age. Immutable and thread-safe.
 *
 * @param holder who holds it: a person, or a local authority's organisation id for local-authority bases
 * @param child the child
 * @param basis the basis
 * @param from the first day the basis applies (the birth; for a registered father, the date of
 *     registration; for an order or agreement, the date it was made)
 * @param until the first day it no longer applies (an order discharged or expired), or {@code null}
 */
public record ResponsibilityClaim(
    PartyId holder, PersonId child, ResponsibilityBasis basis, LocalDate from, LocalDate until) {

  /** Validates the claim: the holder's kind suits the basis, nobody claims for themself, dates in order. */
  public ResponsibilityClaim {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(from, "from");
    boolean authority = basis.holderKind() == ResponsibilityBasis.HolderKind.LOCAL_AUTHORITY;
    if (authority && !(holder instanceof OrganisationId)) {
      throw InvalidInputException.of(
          "responsibilityClaim.holder", basis + " must be held by a local authority (an OrganisationId)", holder);
    }
    if (!authority && !(holder instanceof PersonId)) {
      throw InvalidInputException.of(
          "responsibilityClaim.holder", basis + " must be held by a person (a PersonId)", holder);
    }
    if (holder.equals(child)) {
      throw InvalidInputException.of(
          "responsibilityClaim.holder", "must not be the child themself", holder);
    }
    if (until != null && !until.isAfter(from)) {
      throw InvalidInputException.of(
          "responsibilityClaim.until", "must be after responsibilityClaim.from", until);
    }
  }

  /** A claim with no end date. */
  public static ResponsibilityClaim of(
      PartyId holder, PersonId child, ResponsibilityBasis basis, LocalDate from) {
    return new ResponsibilityClaim(holder, child, basis, from, null);
  }

  /** A claim that ends: {@code until} is the first day it no longer applies. */
  public static ResponsibilityClaim of(
      PartyId holder, PersonId child, ResponsibilityBasis basis, LocalDate from, LocalDate until) {
    return new ResponsibilityClaim(holder, child, basis, from, until);
  }

  /** Returns the end date, if any. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(until);
  }

  /** Returns whether {@code date} falls within {@code [from, until)}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }
}
