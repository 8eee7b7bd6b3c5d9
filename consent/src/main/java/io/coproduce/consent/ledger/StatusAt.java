package io.coproduce.consent.ledger;

import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one young person's consent for one purpose at an instant, derived from what the
 * ledger held at that instant: the latest consent decision about the purpose recorded by then,
 * read against its validity (expired when past its end) and, when a material catalogue is
 * given, against later major versions of the information it rested on. Immutable.
 *
 * @param subject the young person
 * @param purpose the purpose
 * @param at the instant asked about
 * @param status the status, {@link ConsentStatus#UNKNOWN} when nothing was recorded
 * @param event the event the status rests on, or {@code null} when nothing was recorded
 * @param since when the status began (the event's time, the end of validity, or the publication
 *     that changed the material), or {@code null} when nothing was recorded
 * @param reason why, with its source
 */
public record StatusAt(
    PersonId subject, Purpose purpose, Instant at, ConsentStatus status, ConsentEventId event,
    Instant since, Reason reason) {

  /** Validates the status. */
  public StatusAt {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the event the status rests on, if any. */
  public Optional<ConsentEventId> restsOn() {
    return Optional.ofNullable(event);
  }

  /** Returns whether processing may rely on the consent at that instant. */
  public boolean isValidForProcessing() {
    return status.isValidForProcessing();
  }
}
