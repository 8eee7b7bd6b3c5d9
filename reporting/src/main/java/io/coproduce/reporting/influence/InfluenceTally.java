package io.coproduce.reporting.influence;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Person;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.FeedbackStatus;
import io.coproduce.participation.voice.VoiceRecord;
import io.coproduce.reporting.aggregate.DayHistogram;
import io.coproduce.reporting.aggregate.Dictionary;
import io.coproduce.reporting.aggregate.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mergeable accumulator behind the influence report: per forum, contributions by where their
 * feedback stands, how many a decision cited, and an exact histogram of days to feedback; overall,
 * decisions and how many cite young people. Partials (per organisation, per forum, per machine)
 * merge into exactly the tally of one pass. Mutable and not thread-safe.
 */
public final class InfluenceTally {
  private static final FeedbackStatus[] STATUSES = FeedbackStatus.values();

  private final Dictionary<Object> forums = Dictionary.named("forum");
  private long[] counts = new long[4 * (STATUSES.length + 1)];
  private final List<DayHistogram> days = new ArrayList<>();
  private long decisions;
  private long decisionsCitingYoungPeople;

  private InfluenceTally() {}

  /** An empty tally. */
  public static InfluenceTally create() {
    return new InfluenceTally();
  }

  private int slot(Object forum) {
    int code = forums.code(forum);
    int width = STATUSES.length + 1;
    if ((code + 1) * width > counts.length) {
      counts = java.util.Arrays.copyOf(counts, Math.max((code + 1) * width, counts.length * 2));
    }
    while (days.size() <= code) {
      days.add(new DayHistogram());
    }
    return code;
  }

  /** Adds one contribution's outcome. */
  public void add(ContributionOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    int code = slot(outcome.forum() == null ? Dimension.NotRecorded.NOT_RECORDED : outcome.forum());
    int width = STATUSES.length + 1;
    counts[code * width + outcome.feedback().ordinal()]++;
    if (outcome.decided()) {
      counts[code * width + STATUSES.length]++;
    }
    if (outcome.daysToFeedback() >= 0) {
      days.get(code).add(outcome.daysToFeedback());
    }
  }

  /** Adds one decision, and whether it cites a contribution of a young person. */
  public void addDecision(boolean citesYoungPeople) {
    decisions++;
    if (citesYoungPeople) {
      decisionsCitingYoungPeople++;
    }
  }

  /**
   * Adds what a voice record knew at {@code at}: every contribution made by then (its outcome at
   * {@code at}), and every decision taken by then, which cites young people unless the record's own
   * query {@link VoiceRecord#decisionsWithoutYoungPeople} lists it (so a contributor whose person
   * record is not among {@code people} is not counted as a young person: the protective reading).
   */
  public void addAll(VoiceRecord record, Collection<Person> people, Instant at) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(at, "at");
    Map<ContributionId, Instant> first = new HashMap<>();
    for (Feedback f : record.feedback()) {
      if (!f.deliveredAt().isAfter(at)) {
        first.merge(f.contribution(), f.deliveredAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Set<ContributionId> cited = new HashSet<>();
    List<Decision> taken = new ArrayList<>();
    for (Decision d : record.decisions()) {
      if (!d.at().isAfter(at)) {
        cited.addAll(d.informedBy());
        taken.add(d);
      }
    }
    List<ContributionOutcome> outcomes = new ArrayList<>();
    for (Contribution c : record.contributions()) {
      if (c.at().isAfter(at)) {
        continue;
      }
      Instant delivered = first.get(c.id());
      Instant deadline = record.feedbackDeadline(c.id());
      FeedbackStatus status;
      int elapsed = -1;
      if (delivered != null) {
        status = delivered.isAfter(deadline) ? FeedbackStatus.DELIVERED_LATE : FeedbackStatus.DELIVERED_ON_TIME;
        elapsed = (int) Math.min(Integer.MAX_VALUE, Duration.between(c.at(), delivered).toDays());
      } else {
        status = at.isAfter(deadline) ? FeedbackStatus.OVERDUE : FeedbackStatus.NOT_YET_DUE;
      }
      outcomes.add(new ContributionOutcome(c.forum(), cited.contains(c.id()), status, elapsed));
    }
    long without = record.decisionsWithoutYoungPeople(people, at).size();
    outcomes.forEach(this::add);
    for (int i = 0; i < taken.size(); i++) {
      addDecision(i >= without);
    }
  }

  /**
   * Adds everything {@code other} counted and returns this; {@code other} is unchanged. Forums
   * are matched by value.
   *
   * @throws InvalidInputException naming {@code merge.other} when {@code other} is this tally
   */
  public InfluenceTally merge(InfluenceTally other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw InvalidInputException.of("merge.other", "must not be the tally itself (it would count twice)", null);
    }
    int width = STATUSES.length + 1;
    for (int j = 0; j < other.forums.size(); j++) {
      int code = slot(other.forums.value(j));
      for (int k = 0; k < width; k++) {
        counts[code * width + k] += other.counts[j * width + k];
      }
      days.get(code).merge(other.days.get(j));
    }
    decisions += other.decisions;
    decisionsCitingYoungPeople += other.decisionsCitingYoungPeople;
    return this;
  }

  /** Returns the figures per forum (ordered by forum) with their total, as immutable values. */
  public InfluenceFigures figures() {
    int width = STATUSES.length + 1;
    List<ForumInfluence> rows = new ArrayList<>();
    DayHistogram all = new DayHistogram();
    for (int j = 0; j < forums.size(); j++) {
      long[] byStatus = new long[STATUSES.length];
      System.arraycopy(counts, j * width, byStatus, 0, STATUSES.length);
      rows.add(ForumInfluence.of(forums.value(j), byStatus, counts[j * width + STATUSES.length], days.get(j)));
      all.merge(days.get(j));
    }
    return new InfluenceFigures(rows, all.median(), decisions, decisionsCitingYoungPeople);
  }
}
