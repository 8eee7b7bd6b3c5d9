package io.coproduce.reporting.influence;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.voice.FeedbackStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What had become of one contribution at an instant: the forum it was made in (if any), whether a
 * decision cited it, where its feedback stood and, once feedback was delivered, after how many
 * whole days. Holds nothing about the contributor. Immutable and thread-safe.
 *
 * @param forum the forum, or {@code null} for a session held for no forum
 * @param decided whether a decision taken by the instant cites it
 * @param feedback where its feedback stood at the instant
 * @param daysToFeedback whole days from the contribution to its first feedback; -1 when none was
 *     delivered
 */
public record ContributionOutcome(ForumId forum, boolean decided, FeedbackStatus feedback, int daysToFeedback) {

  /**
   * Validates the outcome.
   *
   * @throws InvalidInputException naming {@code contributionOutcome.daysToFeedback} when it is
   *     given without delivered feedback, missing with it, or below -1
   */
  public ContributionOutcome {
    Objects.requireNonNull(feedback, "feedback");
    if (feedback.isDelivered() != (daysToFeedback >= 0) || daysToFeedback < -1) {
      throw InvalidInputException.of("contributionOutcome.daysToFeedback",
          "must be 0 or more exactly when feedback was delivered, otherwise -1", daysToFeedback);
    }
  }

  /** Returns the forum, if the contribution was made in or for one. */
  public Optional<ForumId> forumId() {
    return Optional.ofNullable(forum);
  }
}
