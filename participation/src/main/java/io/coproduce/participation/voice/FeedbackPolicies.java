package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableSortedMap;
import io.coproduce.participation.forum.ForumId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which {@link FeedbackPolicy} applies to which contribution: each forum's own policies, each
 * from an instant, and a fallback for forums without one and for contributions made in a session
 * held for no forum. Immutable and thread-safe; the {@code with...} methods return a new value.
 *
 * <p>A contribution is owed feedback under the policy its forum had <em>when it was made</em>:
 * the latest of the forum's policies in force from an instant at or before the contribution.
 * Changing a forum's policy therefore never moves an earlier contribution's deadline, so a
 * longer period cannot hide feedback that was already late, and a shorter one does not make
 * late what was on time; and the answer does not depend on the order policies were recorded.
 */
public final class FeedbackPolicies {

  private static final Comparator<ForumId> BY_ID = Comparator.comparing(ForumId::value);

  private final FeedbackPolicy fallback;
  private final ImmutableSortedMap<ForumId, ImmutableSortedMap<Instant, FeedbackPolicy>> byForum;

  private FeedbackPolicies(FeedbackPolicy fallback,
      ImmutableSortedMap<ForumId, ImmutableSortedMap<Instant, FeedbackPolicy>> byForum) {
    this.fallback = fallback;
    this.byForum = byForum;
  }

  /** The library default ({@link FeedbackPolicy#defaults()}) for every forum. */
  public static FeedbackPolicies defaults() {
    return of(FeedbackPolicy.defaults());
  }

  /** {@code fallback} for every forum, until forums set their own. */
  public static FeedbackPolicies of(FeedbackPolicy fallback) {
    return new FeedbackPolicies(Objects.requireNonNull(fallback, "fallback"),
        ImmutableSortedMap.<ForumId, ImmutableSortedMap<Instant, FeedbackPolicy>>orderedBy(BY_ID).build());
  }

  /** Returns a copy with another fallback (an organisation's policy for all its forums). */
  public FeedbackPolicies withFallback(FeedbackPolicy policy) {
    return new FeedbackPolicies(Objects.requireNonNull(policy, "policy"), byForum);
  }

  /** Returns a copy in which {@code forum} has {@code policy} for every contribution, whenever made. */
  public FeedbackPolicies with(ForumId forum, FeedbackPolicy policy) {
    return with(forum, Instant.MIN, policy);
  }

  /**
   * Returns a copy in which {@code forum} has {@code policy} for contributions made at or after
   * {@code from}, until its next policy; a policy already recorded from the same instant is
   * replaced.
   */
  public FeedbackPolicies with(ForumId forum, Instant from, FeedbackPolicy policy) {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(policy, "policy");
    NavigableMap<Instant, FeedbackPolicy> timeline = new TreeMap<>(byForum.getOrDefault(forum, ImmutableSortedMap.of()));
    timeline.put(from, policy);
    Map<ForumId, ImmutableSortedMap<Instant, FeedbackPolicy>> next = new TreeMap<>(BY_ID);
    next.putAll(byForum);
    next.put(forum, ImmutableSortedMap.copyOfSorted(timeline));
    return new FeedbackPolicies(fallback, ImmutableSortedMap.copyOf(next, BY_ID));
  }

  /** Returns the fallback policy. */
  public FeedbackPolicy fallback() {
    return fallback;
  }

  /**
   * Returns the policy for a contribution to {@code forum} made at {@code contributedAt}: the
   * forum's latest policy in force from an instant at or before it, else the fallback.
   */
  public FeedbackPolicy policyFor(ForumId forum, Instant contributedAt) {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(contributedAt, "contributedAt");
    ImmutableSortedMap<Instant, FeedbackPolicy> timeline = byForum.get(forum);
    if (timeline == null) {
      return fallback;
    }
    Map.Entry<Instant, FeedbackPolicy> inForce = timeline.floorEntry(contributedAt);
    return inForce == null ? fallback : inForce.getValue();
  }

  /**
   * Returns the policy for {@code contribution}: its forum's (see {@link #policyFor(ForumId,
   * Instant)}), or the fallback when it was made in a session held for no forum.
   */
  public FeedbackPolicy policyFor(Contribution contribution) {
    Objects.requireNonNull(contribution, "contribution");
    return contribution.forumId()
        .map(forum -> policyFor(forum, contribution.at()))
        .orElse(fallback);
  }

  /** Returns when feedback on {@code contribution} is due under its policy. */
  public Instant deadlineFor(Contribution contribution) {
    return policyFor(contribution).deadlineFor(contribution.at());
  }

  /** Equal when the fallback and every forum's policies, with their instants, are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FeedbackPolicies other && fallback.equals(other.fallback)
        && byForum.equals(other.byForum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fallback, byForum);
  }

  @Override
  public String toString() {
    return "FeedbackPolicies[fallback=" + fallback + ", forums=" + byForum + "]";
  }
}
