package io.coproduce.reporting.influence;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.voice.FeedbackStatus;
import io.coproduce.reporting.aggregate.DayHistogram;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The influence figures of one forum (or of contributions made for no forum): contributions by
 * where their feedback stands, how many a decision cited, and the exact median days to feedback.
 * Immutable and thread-safe.
 *
 * @param forum the forum id, or {@link io.coproduce.reporting.aggregate.Dimension.NotRecorded#NOT_RECORDED}
 * @param onTime contributions with feedback delivered by the deadline
 * @param late contributions with feedback delivered after it
 * @param overdue contributions past the deadline with no feedback
 * @param notYetDue contributions with no feedback whose deadline has not passed
 * @param decided contributions a decision cites
 * @param medianDaysToFeedback the exact median of whole days to first feedback, over delivered feedback
 */
public record ForumInfluence(Object forum, long onTime, long late, long overdue, long notYetDue,
    long decided, OptionalDouble medianDaysToFeedback) {

  /**
   * Validates the figures.
   *
   * @throws InvalidInputException naming {@code forumInfluence} when a count is negative or more
   *     contributions were decided than made
   */
  public ForumInfluence {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(medianDaysToFeedback, "medianDaysToFeedback");
    if (onTime < 0 || late < 0 || overdue < 0 || notYetDue < 0 || decided < 0
        || decided > onTime + late + overdue + notYetDue) {
      throw InvalidInputException.of("forumInfluence", "counts must be 0 or more, and decided at most the contributions", forum);
    }
  }

  static ForumInfluence of(Object forum, long[] byStatus, long decided, DayHistogram days) {
    return new ForumInfluence(forum, byStatus[FeedbackStatus.DELIVERED_ON_TIME.ordinal()],
        byStatus[FeedbackStatus.DELIVERED_LATE.ordinal()], byStatus[FeedbackStatus.OVERDUE.ordinal()],
        byStatus[FeedbackStatus.NOT_YET_DUE.ordinal()], decided, days.median());
  }

  /** Returns the contributions made. */
  public long contributions() {
    return onTime + late + overdue + notYetDue;
  }

  /** Returns the contributions whose feedback was due or delivered (all but those not yet due). */
  public long due() {
    return onTime + late + overdue;
  }
}
