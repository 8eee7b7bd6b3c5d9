package io.coproduce.consent.gate;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a consent check for one young person at an instant: a {@link PurposeDecision}
 * per purpose asked about, in the order asked. Immutable and thread-safe.
 *
 * @param subject the young person
 * @param at the instant checked
 * @param decisions one decision per purpose
 */
public record ConsentCheck(PersonId subject, Instant at, List<PurposeDecision> decisions) {

  /** Validates the check. */
  public ConsentCheck {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    decisions = List.copyOf(decisions);
  }

  /** Returns whether every purpose is allowed. */
  public boolean allowed() {
    for (PurposeDecision d : decisions) {
      if (!d.allowed()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the decision about {@code purpose}.
   *
   * @throws UnknownReferenceException when the check was not asked about it
   */
  public PurposeDecision decision(Purpose purpose) {
    for (PurposeDecision d : decisions) {
      if (d.purpose().equals(purpose)) {
        return d;
      }
    }
    throw UnknownReferenceException.of("purpose in this check", purpose);
  }

  /** Returns the purposes not allowed. */
  public List<Purpose> blocked() {
    return decisions.stream().filter(d -> !d.allowed()).map(PurposeDecision::purpose).toList();
  }
}
