package io.coproduce.participation.engagement;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.session.SessionMethod;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Engagement guidance for one age band: the methods that suit it, the longest a session should
 * run (residentials excepted), and how far parents or carers are involved, with the guidance's
 * source. Immutable.
 *
 * @param band the age band
 * @param methods the methods that suit it; at least one
 * @param longestSession the longest a session should run, from 10 minutes to 8 hours
 * @param parentInvolvement how far parents or carers are involved
 * @param source where the guidance comes from
 */
public record BandGuidance(
    AgeBand band, Set<SessionMethod> methods, Duration longestSession,
    ParentInvolvement parentInvolvement, RuleSource source) {

  /** Validates the guidance. */
  public BandGuidance {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(longestSession, "longestSession");
    Objects.requireNonNull(parentInvolvement, "parentInvolvement");
    Objects.requireNonNull(source, "source");
    methods = ImmutableSortedSet.copyOf(methods);
    if (methods.isEmpty()) {
      throw InvalidInputException.of("bandGuidance.methods", "must name at least one method", band);
    }
    if (longestSession.compareTo(Duration.ofMinutes(10)) < 0 || longestSession.compareTo(Duration.ofHours(8)) > 0) {
      throw InvalidInputException.of("bandGuidance.longestSession", "must be 10 minutes to 8 hours", longestSession);
    }
  }

  /** Guidance for {@code band}. */
  public static BandGuidance of(AgeBand band, Collection<SessionMethod> methods, Duration longestSession,
      ParentInvolvement parentInvolvement, RuleSource source) {
    return new BandGuidance(band, ImmutableSortedSet.copyOf(methods), longestSession, parentInvolvement, source);
  }

  /** Returns whether this guidance is at least as strict as {@code other} in every respect. */
  public boolean isAtLeastAsStrictAs(BandGuidance other) {
    return other.methods.containsAll(methods) && longestSession.compareTo(other.longestSession) <= 0
        && parentInvolvement.isAtLeast(other.parentInvolvement);
  }
}
