package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One part of a bid a candidate partner's work shares: the criterion, the bid's value it
 * matched, and the workstreams through which it matched. Immutable and thread-safe.
 *
 * @param criterion what kind of thing matched
 * @param value the bid's value that matched, in its text form: an objective id, an age band label
 *     such as {@code "13-15"} ({@link io.coproduce.core.age.AgeBand#parse}), or the constant name
 *     of a {@link Region}, {@link io.coproduce.participation.layer.Layer} or {@link WorkstreamMethod}
 * @param through the partner's workstreams that match it, ordered by id; at least one
 */
public record PartnerMatch(MatchCriterion criterion, String value, Set<WorkstreamId> through) {

  /** Validates the match and makes {@code through} immutable and ordered. */
  public PartnerMatch {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(value, "value");
    through = ImmutableSortedSet.copyOf(Comparator.comparing(WorkstreamId::value), through);
    if (value.isBlank()) {
      throw InvalidInputException.of("partnerMatch.value", "must not be blank", null);
    }
    if (through.isEmpty()) {
      throw InvalidInputException.of("partnerMatch.through", "must name at least one workstream", value);
    }
  }

  /** Returns the points the match is worth ({@link MatchCriterion#points()}). */
  public int points() {
    return criterion.points();
  }

  /** Returns why it matched, citing {@link WorkMapRules#PARTNER_SOURCE}. */
  public Reason reason() {
    String streams = through.stream().map(WorkstreamId::toString).collect(Collectors.joining(", "));
    String text = "Shares the bid's " + criterion.label() + " " + value + " through "
        + (through.size() == 1 ? "workstream " : "workstreams ") + streams + " (" + points()
        + (points() == 1 ? " point)" : " points)");
    return Reason.of(criterion.rule(), text, WorkMapRules.PARTNER_SOURCE);
  }
}
