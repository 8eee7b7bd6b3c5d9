package io.coproduce.consent.withdrawal;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which collected items a withdrawal or revocation affects, and what must happen to each: every
 * item from the same young person, collected under one of the event's purposes before the
 * event, handled as the event says (keep, anonymise, or remove from anything not yet
 * published; an item published before the withdrawal cannot be recalled). Stateless.
 */
public final class WithdrawalImpact {

  private static final RuleSource SOURCE = RuleSource.law(
      "UK GDPR Art 7(3) (withdrawal does not affect processing before it), Art 17 (erasure)");

  private WithdrawalImpact() {}

  /**
   * Lists the items {@code withdrawal} affects, in the order given.
   *
   * @throws InvalidInputException when the event is not a withdrawal or revocation
   */
  public static List<AffectedItem> of(ConsentEvent withdrawal, Collection<CollectedItem> items) {
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(items, "items");
    if (withdrawal.action() != ConsentAction.WITHDRAWN && withdrawal.action() != ConsentAction.REVOKED) {
      throw InvalidInputException.of("withdrawal.action", "must be WITHDRAWN or REVOKED", withdrawal.action());
    }
    ImmutableList.Builder<AffectedItem> out = ImmutableList.builder();
    for (CollectedItem item : items) {
      Objects.requireNonNull(item, "item");
      if (!item.subject().equals(withdrawal.subject()) || !withdrawal.covers(item.purpose())
          || item.collectedAt().isAfter(withdrawal.recordedAt())) {
        continue;
      }
      ItemAction action;
      String why;
      switch (withdrawal.handling()) {
        case KEEP -> {
          action = ItemAction.KEEP;
          why = "kept as agreed when consent was " + verb(withdrawal);
        }
        case ANONYMISE -> {
          action = ItemAction.ANONYMISE;
          why = "to be anonymised, as agreed when consent was " + verb(withdrawal);
        }
        default -> {
          boolean published = item.isPublishedBy(withdrawal.recordedAt());
          action = published ? ItemAction.ALREADY_PUBLISHED : ItemAction.REMOVE;
          why = published
              ? "published at " + item.publishedAt() + ", before consent was " + verb(withdrawal)
                  + ": not to be used again, though what is published cannot be recalled"
              : "not yet published: to be removed";
        }
      }
      out.add(new AffectedItem(item, withdrawal.id(), action, Reason.of(
          "consent.withdrawal." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          "Item " + item.id() + " (" + item.purpose().describe() + ") of " + item.subject() + ": " + why,
          SOURCE)));
    }
    return out.build();
  }

  private static String verb(ConsentEvent e) {
    return e.action() == ConsentAction.WITHDRAWN ? "withdrawn at " + e.recordedAt() : "revoked at " + e.recordedAt();
  }
}
