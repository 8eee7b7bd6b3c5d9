package io.coproduce.participation.forum;

import io.coproduce.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's seat in a forum: who, in which forum, in what role, for which term. A person who
 * changes role (member to chair, say) ends one membership and starts another; a
 * {@link ForumNetwork} refuses two memberships of the same person in the same forum whose terms
 * overlap, so a person has at most one role in a forum on any day. Immutable and thread-safe.
 *
 * @param forum the forum
 * @param person the member, by pseudonymous id
 * @param role the part they play
 * @param term when the membership runs
 */
public record Membership(ForumId forum, PersonId person, MembershipRole role, Term term) {

  /** Validates the membership. */
  public Membership {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(term, "term");
  }

  /** A membership. */
  public static Membership of(ForumId forum, PersonId person, MembershipRole role, Term term) {
    return new Membership(forum, person, role, term);
  }

  /** Returns whether the membership is active on {@code date} (see {@link Term#activeOn(LocalDate)}). */
  public boolean activeOn(LocalDate date) {
    return term.activeOn(date);
  }

  /** Returns whether, on {@code date}, this is an active seat with a voice in the forum. */
  public boolean givesVoiceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return role.carriesVoice() && term.activeOn(date);
  }

  /**
   * Returns this membership ended early; {@code on} is its last active day.
   *
   * @throws io.coproduce.core.error.InvalidInputException as {@link Term#endedEarly} does
   */
  public Membership endedEarly(LocalDate on, TermEndReason reason) {
    return new Membership(forum, person, role, term.endedEarly(on, reason));
  }
}
