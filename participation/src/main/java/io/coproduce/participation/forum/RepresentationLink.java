package io.coproduce.participation.forum;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A representation link, which carries voice from one forum to another: person {@code member}, a
 * member of forum {@code from}, sits on forum {@code to} for {@code from}, for a term. A young
 * person who sits on a regional board for their service's youth advisory group is one; a liaison
 * from one organisation's steering group who sits on a partner's steering group is another, and
 * the partner's liaison sitting the other way makes a cycle, which is normal.
 *
 * <p>A {@link ForumNetwork} accepts a link only if both forums are known and the member is a
 * member of {@code from} throughout the link's term. Immutable and thread-safe.
 *
 * @param member the person who sits on {@code to}, by pseudonymous id
 * @param from the forum whose voice they carry
 * @param to the forum they sit on
 * @param term when the link runs
 */
public record RepresentationLink(PersonId member, ForumId from, ForumId to, Term term) {

  /** Validates the link. */
  public RepresentationLink {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(term, "term");
    if (from.equals(to)) {
      throw InvalidInputException.of("link.to", "must differ from link.from: a forum does not represent itself", to);
    }
  }

  /** A link: {@code member} of {@code from} sits on {@code to} for {@code from} during {@code term}. */
  public static RepresentationLink of(PersonId member, ForumId from, ForumId to, Term term) {
    return new RepresentationLink(member, from, to, term);
  }

  /** Returns whether the link is active on {@code date} (see {@link Term#activeOn(LocalDate)}). */
  public boolean activeOn(LocalDate date) {
    return term.activeOn(date);
  }

  /**
   * Returns this link ended early; {@code on} is its last active day.
   *
   * @throws InvalidInputException as {@link Term#endedEarly} does
   */
  public RepresentationLink endedEarly(LocalDate on, TermEndReason reason) {
    return new RepresentationLink(member, from, to, term.endedEarly(on, reason));
  }

  /** Returns "member: from -> to (term)", ids only. */
  @Override
  public String toString() {
    return member + ": " + from + " -> " + to + " (" + term + ")";
  }
}
