package io.coproduce.participation.quality;

import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A person's answer, with evidence, to a question about one Lundy element that the facts may
 * not be able to answer (whether young people felt safe, whether they were free not to take
 * part): which element, the status declared, the evidence it rests on (by id: the host keeps
 * it), who declared it and when. Immutable and thread-safe.
 *
 * <p>A declaration never raises an element above what the facts show: where the library can
 * compute the element, the computed status overrides a higher declared one, and where the facts
 * are silent the declaration stands, marked as declared (see {@link ElementAssessment}).
 *
 * @param element the element it answers
 * @param status the status declared
 * @param evidence the evidence it rests on
 * @param declaredBy who declared it, by pseudonymous id
 * @param at when it was declared; a declaration made after the instant of an assessment is not
 *     counted in it
 */
public record Declaration(
    LundyElement element, ElementStatus status, EvidenceId evidence, PersonId declaredBy, Instant at) {

  /**
   * Which of several declarations on one element counts: the latest; at the same instant, the
   * lowest status (the protective reading); then by evidence and declarer id, so the choice
   * never depends on the order they were given in. The greatest in this order counts.
   */
  static final Comparator<Declaration> PRECEDENCE = Comparator.comparing(Declaration::at)
      .thenComparing(Declaration::status, Comparator.reverseOrder())
      .thenComparing(d -> d.evidence().value())
      .thenComparing(d -> d.declaredBy().value());

  /** Validates the declaration. */
  public Declaration {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(at, "at");
  }

  /** A declaration. */
  public static Declaration of(
      LundyElement element, ElementStatus status, EvidenceId evidence, PersonId declaredBy, Instant at) {
    return new Declaration(element, status, evidence, declaredBy, at);
  }

  /** Returns a sentence naming the element, status, declarer, instant and evidence by id. */
  String describe() {
    return element.label() + " declared " + status.label() + " by " + declaredBy + " at " + at
        + " on evidence " + evidence;
  }
}
