package io.coproduce.participation.session;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.AccessNeed;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Where a session is held and what it provides for access: the kinds of access need the venue
 * and the session's arrangements meet (step-free access, a hearing loop, a quiet space, an
 * interpreter booked). For an online session the "venue" is the platform and what it offers
 * (captions, screen-reader support). Immutable.
 *
 * @param label a non-personal label for the venue (a room, a building, a platform)
 * @param provides the kinds of access need met
 */
public record Venue(String label, Set<AccessNeed.Kind> provides) {

  /** Validates the venue. */
  public Venue {
    Objects.requireNonNull(label, "label");
    if (label.isBlank() || label.length() > 80) {
      throw InvalidInputException.of("venue.label", "must be 1 to 80 characters, not blank", label);
    }
    provides = ImmutableSortedSet.copyOf(provides);
  }

  /** A venue providing the given kinds of access need. */
  public static Venue of(String label, Collection<AccessNeed.Kind> provides) {
    return new Venue(label, ImmutableSortedSet.copyOf(provides));
  }

  /** Returns whether the venue meets {@code need}. Language needs count as met when their kind is provided. */
  public boolean meets(AccessNeed need) {
    return provides.contains(need.kind());
  }
}
