package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.DecisionId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an answer was computed from: the sessions, forums, contributions and decisions it read,
 * by id, and named counts (how many sessions were checked, how many young people contributed).
 * It never names a person: people appear as counts only, so evidence can go into a report.
 * Immutable and thread-safe.
 *
 * <p>The counts' names are the constants of this class, for example {@link #YOUNG_ATTENDEES}.
 *
 * @param sessions the sessions read, ordered by id, without repeats
 * @param forums the forums read, ordered by id, without repeats
 * @param contributions the contributions read, ordered by id, without repeats
 * @param decisions the decisions read, ordered by id, without repeats
 * @param counts named counts, ordered by name; each 0 or more
 */
public record Evidence(List<SessionId> sessions, List<ForumId> forums, List<ContributionId> contributions,
    List<DecisionId> decisions, Map<String, Integer> counts) {

  /** Sessions in scope that had started by the instant. */
  public static final String SESSIONS_HELD = "sessions.held";
  /** Sessions held with at least one young person taking part. */
  public static final String SESSIONS_WITH_YOUNG_PEOPLE = "sessions.with-young-people";
  /** Sessions with young people that were checked and had no blocker. */
  public static final String SESSIONS_CLEAR = "sessions.checked-clear";
  /** Sessions with young people whose check found a blocker. */
  public static final String SESSIONS_BLOCKED = "sessions.checked-blocked";
  /** Sessions with young people that were not checked. */
  public static final String SESSIONS_UNCHECKED = "sessions.unchecked";
  /** Clear sessions with young people held early in the process (in its first phase). */
  public static final String SESSIONS_EARLY = "sessions.early";
  /** Distinct young people who took part in sessions held. */
  public static final String YOUNG_ATTENDEES = "young-people.attended";
  /** Distinct young people who made a contribution. */
  public static final String YOUNG_CONTRIBUTORS = "young-people.contributed";
  /** Distinct young people who took part in a session and made a contribution. */
  public static final String ATTENDEES_WHO_CONTRIBUTED = "young-people.attended-and-contributed";
  /** Contributions by young people. */
  public static final String YOUNG_CONTRIBUTIONS = "contributions.young";
  /** Young people's contributions that reached someone with power to act on them. */
  public static final String REACHED_DECISION_MAKER = "contributions.reached-decision-maker";
  /** Young people's contributions cited by a decision. */
  public static final String CITED = "contributions.cited";
  /** Young people's contributions that no decision cites. */
  public static final String NOT_CITED = "contributions.not-cited";
  /** Young people's contributions heard by a decision-maker present where they were made. */
  public static final String HEARD_IN_PERSON = "contributions.heard-in-person";
  /** Cited contributions whose first feedback came by the deadline. */
  public static final String FEEDBACK_ON_TIME = "feedback.on-time";
  /** Cited contributions whose first feedback came after the deadline. */
  public static final String FEEDBACK_LATE = "feedback.late";
  /** Cited contributions with no feedback after the deadline passed. */
  public static final String FEEDBACK_OVERDUE = "feedback.overdue";
  /** Cited contributions with no feedback yet, still within their deadline. */
  public static final String FEEDBACK_PENDING = "feedback.pending";

  /**
   * Validates the evidence, sorting and removing repeats from the ids.
   *
   * @throws InvalidInputException naming {@code evidence.counts} when a count is negative
   */
  public Evidence {
    sessions = sorted(sessions, Comparator.comparing(SessionId::value));
    forums = sorted(forums, Comparator.comparing(ForumId::value));
    contributions = sorted(contributions, Comparator.comparing(ContributionId::value));
    decisions = sorted(decisions, Comparator.comparing(DecisionId::value));
    counts = ImmutableSortedMap.copyOf(counts);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() < 0) {
        throw InvalidInputException.of("evidence.counts", "must be 0 or more (" + e.getKey() + ")", e.getValue());
      }
    }
  }

  private static <T> List<T> sorted(Collection<T> ids, Comparator<T> order) {
    Objects.requireNonNull(ids, "ids");
    return ImmutableList.copyOf(ImmutableSortedSet.copyOf(order, ids));
  }

  /** Evidence with only counts. */
  public static Evidence ofCounts(Map<String, Integer> counts) {
    return new Evidence(List.of(), List.of(), List.of(), List.of(), counts);
  }
}
