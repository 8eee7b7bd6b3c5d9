package io.coproduce.consent.ledger;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ledger entry holds: a {@link ConsentEvent} or a {@link CapacityAssessment}. Both are
 * kept in the one hash chain so that neither can be edited, dropped or reordered unnoticed.
 * Immutable and thread-safe.
 */
public final class LedgerRecord {

  /** What a record holds. */
  public enum Kind {
    /** A consent event. */
    CONSENT_EVENT,
    /** A capacity assessment. */
    CAPACITY_ASSESSMENT
  }

  private final ConsentEvent event;
  private final CapacityAssessment assessment;

  private LedgerRecord(ConsentEvent event, CapacityAssessment assessment) {
    this.event = event;
    this.assessment = assessment;
  }

  /** A record of a consent event. */
  public static LedgerRecord of(ConsentEvent event) {
    return new LedgerRecord(Objects.requireNonNull(event, "event"), null);
  }

  /** A record of a capacity assessment. */
  public static LedgerRecord of(CapacityAssessment assessment) {
    return new LedgerRecord(null, Objects.requireNonNull(assessment, "assessment"));
  }

  /** Returns what the record holds. */
  public Kind kind() {
    return event != null ? Kind.CONSENT_EVENT : Kind.CAPACITY_ASSESSMENT;
  }

  /** Returns the consent event, if the record holds one. */
  public Optional<ConsentEvent> event() {
    return Optional.ofNullable(event);
  }

  /** Returns the capacity assessment, if the record holds one. */
  public Optional<CapacityAssessment> assessment() {
    return Optional.ofNullable(assessment);
  }

  /** Returns the young person the record is about. */
  public PersonId subject() {
    return event != null ? event.subject() : assessment.subject();
  }

  /** Returns when it was recorded (an assessment: when it was made). */
  public Instant recordedAt() {
    return event != null ? event.recordedAt() : assessment.assessedAt();
  }

  /** Returns the record's id text. */
  public String idText() {
    return event != null ? event.id().value() : assessment.id().value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerRecord other
        && Objects.equals(event, other.event)
        && Objects.equals(assessment, other.assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, assessment);
  }

  @Override
  public String toString() {
    return event != null ? event.toString() : assessment.toString();
  }
}
