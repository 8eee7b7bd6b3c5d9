package io.coproduce.consent.withdrawal;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something collected from a young person under a consent: a photograph, a recording, a quote,
 * a contribution. Held by id only (the item itself stays in the host's store). Immutable.
 *
 * @param id the item's id
 * @param subject the young person it came from
 * @param purpose the purpose it was collected under
 * @param collectedAt when it was collected
 * @param publishedAt when it was published, or {@code null} when it has not been
 */
public record CollectedItem(
    CollectedItemId id, PersonId subject, Purpose purpose, Instant collectedAt, Instant publishedAt) {

  /** Validates the item. */
  public CollectedItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(collectedAt, "collectedAt");
    if (publishedAt != null && publishedAt.isBefore(collectedAt)) {
      throw InvalidInputException.of("collectedItem.publishedAt", "must not be before collectedAt", id);
    }
  }

  /** An item not yet published. */
  public static CollectedItem of(CollectedItemId id, PersonId subject, Purpose purpose, Instant collectedAt) {
    return new CollectedItem(id, subject, purpose, collectedAt, null);
  }

  /** Returns a copy published at {@code at}. */
  public CollectedItem publishedAt(Instant at) {
    return new CollectedItem(id, subject, purpose, collectedAt, Objects.requireNonNull(at, "at"));
  }

  /** Returns when it was published, if it was. */
  public Optional<Instant> publication() {
    return Optional.ofNullable(publishedAt);
  }

  /** Returns whether it had been published by {@code at}. */
  public boolean isPublishedBy(Instant at) {
    return publishedAt != null && !publishedAt.isAfter(at);
  }
}
