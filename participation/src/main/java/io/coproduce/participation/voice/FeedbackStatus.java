package io.coproduce.participation.voice;

/**
 * Where a contribution's feedback stands at an instant. The deadline instant itself is on time:
 * feedback is late, or overdue, only after it.
 */
public enum FeedbackStatus {
  /** No feedback yet, and the deadline has not passed (or the contribution was not yet made). */
  NOT_YET_DUE,
  /** Feedback was delivered at or before the deadline. */
  DELIVERED_ON_TIME,
  /** The first feedback was delivered after the deadline. */
  DELIVERED_LATE,
  /** No feedback yet, and the deadline has passed. */
  OVERDUE;

  /** Returns whether feedback has been delivered. */
  public boolean isDelivered() {
    return this == DELIVERED_ON_TIME || this == DELIVERED_LATE;
  }
}
