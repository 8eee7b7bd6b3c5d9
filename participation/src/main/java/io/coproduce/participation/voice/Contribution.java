package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.withdrawal.CollectedItem;
import io.coproduce.consent.withdrawal.CollectedItemId;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contribution (an idea, a priority, a concern, feedback or a vote) by one person, made in a
 * session, in a forum, or in a session held for a forum. Immutable and thread-safe.
 *
 * <p>The library holds no free text from a child: a contribution is an id and the facts rules need
 * (who, where, when, how they would like to be attributed, and when it was first published). What
 * was said stays in the host's own store under the same id.
 *
 * <p>The forum, when there is one, is the forum that owes the contributor feedback, and its {@link
 * FeedbackPolicy} sets the deadline; a contribution made in a session held for no forum is owed
 * feedback under the default policy (see {@link FeedbackPolicies}).
 *
 * @param id the contribution's id; the host keeps its content under the same id
 * @param kind what kind of contribution it is
 * @param contributor who made it, by pseudonymous id
 * @param forum the forum it was made in or for, or {@code null} when there is none
 * @param session the session it was made in, or {@code null} when there is none
 * @param at when it was made
 * @param attribution how the contributor would like to be attributed if it is quoted
 * @param publishedAt when it was first published (quoted in a report, say), or {@code null}
 */
public record Contribution(
    ContributionId id,
    ContributionKind kind,
    PersonId contributor,
    ForumId forum,
    SessionId session,
    Instant at,
    Attribution attribution,
    Instant publishedAt) {

  /**
   * Validates the contribution.
   *
   * @throws InvalidInputException naming {@code contribution.forum} when neither a forum nor a
   *     session is given, or {@code contribution.publishedAt} when it is before {@code at}
   */
  public Contribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contributor, "contributor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(attribution, "attribution");
    if (forum == null && session == null) {
      throw InvalidInputException.of(
          "contribution.forum", "a contribution is made in a forum, a session, or both", id);
    }
    if (publishedAt != null && publishedAt.isBefore(at)) {
      throw InvalidInputException.of(
          "contribution.publishedAt", "must not be before the contribution was made", id);
    }
  }

  /** A contribution made in a forum (at a meeting, or through its own channels), not yet published. */
  public static Contribution inForum(ContributionId id, ContributionKind kind, PersonId contributor,
      ForumId forum, Instant at, Attribution attribution) {
    return new Contribution(id, kind, contributor, Objects.requireNonNull(forum, "forum"), null, at,
        attribution, null);
  }

  /** A contribution made in a session held for no forum, not yet published. */
  public static Contribution inSession(ContributionId id, ContributionKind kind, PersonId contributor,
      SessionId session, Instant at, Attribution attribution) {
    return new Contribution(id, kind, contributor, null, Objects.requireNonNull(session, "session"),
        at, attribution, null);
  }

  /** A contribution made in a session held for a forum, not yet published. */
  public static Contribution inSessionOf(ContributionId id, ContributionKind kind,
      PersonId contributor, SessionId session, ForumId forum, Instant at, Attribution attribution) {
    return new Contribution(id, kind, contributor, Objects.requireNonNull(forum, "forum"),
        Objects.requireNonNull(session, "session"), at, attribution, null);
  }

  /** Returns the forum it was made in or for, if any. */
  public Optional<ForumId> forumId() {
    return Optional.ofNullable(forum);
  }

  /** Returns the session it was made in, if any. */
  public Optional<SessionId> sessionId() {
    return Optional.ofNullable(session);
  }

  /** Returns when it was first published, if it has been. */
  public Optional<Instant> publication() {
    return Optional.ofNullable(publishedAt);
  }

  /** Returns whether it had been published by {@code instant} (inclusive). */
  public boolean isPublishedBy(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return publishedAt != null && !publishedAt.isAfter(instant);
  }

  /**
   * Returns a copy first published at {@code instant}: this contribution if it was already
   * published then or earlier (the first publication is the one that counts), otherwise a copy
   * with the earlier instant.
   *
   * @throws InvalidInputException naming {@code contribution.publishedAt} when {@code instant} is
   *     before the contribution was made
   */
  public Contribution withPublishedAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (isPublishedBy(instant)) {
      return this;
    }
    return new Contribution(id, kind, contributor, forum, session, at, attribution, instant);
  }

  /**
   * Returns the contribution as items collected under consent, one per purpose its attribution
   * rests on ({@link Attribution#purposes()}), each with the contribution's id, contributor,
   * time and publication, for the consent module's {@link
   * io.coproduce.consent.withdrawal.WithdrawalImpact}.
   */
  public List<CollectedItem> collectedItems() {
    CollectedItemId itemId = CollectedItemId.parse(id.value());
    ImmutableList.Builder<CollectedItem> out = ImmutableList.builder();
    for (Purpose purpose : attribution.purposes()) {
      out.add(new CollectedItem(itemId, contributor, purpose, at, publishedAt));
    }
    return out.build();
  }
}
