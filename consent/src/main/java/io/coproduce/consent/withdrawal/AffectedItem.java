package io.coproduce.consent.withdrawal;

import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.core.rule.Reason;
import java.util.Objects;

/**
 * One collected item a withdrawal or revocation affects, what must happen to it, and why.
 * Immutable.
 *
 * @param item the item
 * @param withdrawal the withdrawal or revocation event
 * @param action what must happen
 * @param reason why, with its source
 */
public record AffectedItem(CollectedItem item, ConsentEventId withdrawal, ItemAction action, Reason reason) {

  /** Validates the entry. */
  public AffectedItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
  }
}
