package io.coproduce.consent.capacity;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A dated, decision-specific assessment of whether a young person can make a decision for
 * themself: which purposes the decision covers, who assessed, which criteria were met. The
 * {@link #outcome() outcome} follows from the criteria: capable only when every {@link
 * CapacityCriterion} was met. Immutable: an assessment is never edited; a later assessment of
 * the same decision is a new record that supersedes it.
 *
 * <p>What an outcome does (the rule NHS England's school-age vaccination services apply): a
 * capable outcome lets the young person's own decision stand, including over a parent's
 * refusal; a not-capable outcome never overrides a parent's consent, so the decision returns to
 * someone with parental responsibility, with the child's assent.
 *
 * @param id the assessment's id
 * @param subject the young person assessed
 * @param purposes the decision assessed: the purposes it covers; at least one
 * @param assessedAt when the assessment was made
 * @param assessor the practitioner who assessed
 * @param criteriaMet the criteria the young person met
 */
public record CapacityAssessment(
    CapacityAssessmentId id,
    PersonId subject,
    Set<Purpose> purposes,
    Instant assessedAt,
    PersonId assessor,
    Set<CapacityCriterion> criteriaMet) {

  /** Validates the assessment and makes the sets immutable. */
  public CapacityAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(assessedAt, "assessedAt");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(criteriaMet, "criteriaMet");
    purposes = ImmutableSortedSet.copyOf(purposes);
    criteriaMet = criteriaMet.isEmpty()
        ? Set.of()
        : ImmutableSortedSet.copyOf(EnumSet.copyOf(criteriaMet));
    if (purposes.isEmpty()) {
      throw InvalidInputException.of(
          "capacityAssessment.purposes", "must name the decision assessed (at least one purpose)", id);
    }
    if (assessor.equals(subject)) {
      throw InvalidInputException.of(
          "capacityAssessment.assessor", "must not be the young person assessed", id);
    }
  }

  /** An assessment. */
  public static CapacityAssessment of(
      CapacityAssessmentId id, PersonId subject, Set<Purpose> purposes, Instant assessedAt,
      PersonId assessor, Set<CapacityCriterion> criteriaMet) {
    return new CapacityAssessment(id, subject, purposes, assessedAt, assessor, criteriaMet);
  }

  /** Returns the outcome: capable exactly when every criterion was met. */
  public CapacityOutcome outcome() {
    return criteriaMet.size() == CapacityCriterion.values().length
        ? CapacityOutcome.CAPABLE
        : CapacityOutcome.NOT_CAPABLE;
  }

  /** Returns whether the young person was found capable of the decision. */
  public boolean isCapable() {
    return outcome() == CapacityOutcome.CAPABLE;
  }

  /** Returns whether the assessment covers {@code purpose}. */
  public boolean covers(Purpose purpose) {
    return purposes.contains(purpose);
  }

  /** Returns the criteria not met. */
  public Set<CapacityCriterion> criteriaNotMet() {
    EnumSet<CapacityCriterion> missing = EnumSet.allOf(CapacityCriterion.class);
    missing.removeAll(criteriaMet);
    return ImmutableSortedSet.copyOf(missing);
  }
}
