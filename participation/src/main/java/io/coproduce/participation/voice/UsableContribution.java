package io.coproduce.participation.voice;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A contribution that may be used in a publication being prepared, and the attribution it may be
 * used with: an entry of {@link VoiceRecord#usableForPublication}. Immutable and thread-safe.
 *
 * @param contribution the contribution
 * @param decision the attribution check's answer for it; always quotable
 */
public record UsableContribution(Contribution contribution, AttributionDecision decision) {

  /**
   * Validates the entry.
   *
   * @throws InvalidInputException naming {@code usableContribution.decision} when the decision is
   *     about someone else or does not allow quoting
   */
  public UsableContribution {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(decision, "decision");
    if (!decision.contributor().equals(contribution.contributor())) {
      throw InvalidInputException.of("usableContribution.decision",
          "must be about the contribution's contributor", contribution.id());
    }
    if (!decision.quotable()) {
      throw InvalidInputException.of("usableContribution.decision",
          "must allow the contribution to be quoted", contribution.id());
    }
  }

  /** Returns the attribution to use: the preferred one, or anonymous. */
  public Attribution attribution() {
    return decision.attribution();
  }
}
