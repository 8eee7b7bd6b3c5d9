package io.coproduce.participation.voice;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Feedback owed and not given: which contribution, whose, when it was due, and how late it is at
 * the instant asked about. Immutable and thread-safe.
 *
 * <p>Lateness is counted in started days: one second after the deadline is one day overdue, so a
 * report never makes feedback look less late than it is.
 *
 * @param contribution the contribution owed feedback
 * @param contributor who made it
 * @param deadline when feedback was due
 * @param asOf the instant the record was asked about; after the deadline
 * @param period the feedback period that set the deadline
 * @param source where that period comes from (the library default or the forum's policy)
 */
public record OverdueFeedback(ContributionId contribution, PersonId contributor, Instant deadline,
    Instant asOf, Duration period, RuleSource source) {

  /**
   * Validates the entry.
   *
   * @throws InvalidInputException naming {@code overdueFeedback.asOf} when it is not after the
   *     deadline
   */
  public OverdueFeedback {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(contributor, "contributor");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    if (!asOf.isAfter(deadline)) {
      throw InvalidInputException.of(
          "overdueFeedback.asOf", "must be after the deadline: feedback is due until then", contribution);
    }
  }

  /** Returns how long after the deadline {@link #asOf()} is. */
  public Duration overdueBy() {
    return Duration.between(deadline, asOf);
  }

  /** Returns the number of started days since the deadline: at least 1. */
  public long daysOverdue() {
    Duration late = overdueBy();
    long days = late.toDays();
    return late.equals(Duration.ofDays(days)) ? days : days + 1;
  }

  /**
   * Returns this as a finding: a {@link Severity#WARNING} under rule {@link
   * VoiceRules#FEEDBACK_OVERDUE}, with the period's source, about the contributor.
   */
  public Finding toFinding() {
    long days = daysOverdue();
    String explanation = "Feedback to " + contributor + " on contribution " + contribution
        + " was due by " + deadline + " (a period of " + FeedbackPolicy.describe(period) + " after it was made)"
        + " and had not been given by " + asOf + ": "
        + (days == 1 ? "1 day" : days + " days") + " overdue.";
    return Finding.of(Severity.WARNING, Reason.of(VoiceRules.FEEDBACK_OVERDUE, explanation, source),
        List.of(contributor));
  }
}
