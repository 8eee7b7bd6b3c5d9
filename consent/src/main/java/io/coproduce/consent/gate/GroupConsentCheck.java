package io.coproduce.consent.gate;

import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a consent check over a group (everyone attending a session) at an instant: one
 * {@link ConsentCheck} per person, in the order given. Immutable and thread-safe.
 *
 * @param at the instant checked
 * @param checks one check per person
 */
public record GroupConsentCheck(Instant at, List<ConsentCheck> checks) {

  /** Validates the group check. */
  public GroupConsentCheck {
    Objects.requireNonNull(at, "at");
    checks = List.copyOf(checks);
  }

  /** Returns whether every purpose is allowed for everyone. */
  public boolean allowed() {
    for (ConsentCheck c : checks) {
      if (!c.allowed()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the checks of people for whom something is not allowed. */
  public List<ConsentCheck> blocked() {
    return checks.stream().filter(c -> !c.allowed()).toList();
  }

  /**
   * Returns the check of {@code person}.
   *
   * @throws UnknownReferenceException when they were not in the group
   */
  public ConsentCheck of(PersonId person) {
    for (ConsentCheck c : checks) {
      if (c.subject().equals(person)) {
        return c;
      }
    }
    throw UnknownReferenceException.of("person in this group check", person);
  }
}
