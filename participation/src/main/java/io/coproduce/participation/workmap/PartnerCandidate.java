package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.Reason;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member suggested as a partner for a bid: the member, each part of the bid its active work
 * shares with the reason, and the workstreams that make it relevant. Its score is the sum of its
 * matches' points, so it cannot disagree with them. Immutable and thread-safe.
 *
 * @param member the member organisation
 * @param matches what its work shares with the bid, by criterion in declaration order; at least one
 * @param workstreams its workstreams that are relevant to the bid, ordered by id; at least one
 */
public record PartnerCandidate(OrganisationId member, List<PartnerMatch> matches, Set<WorkstreamId> workstreams) {

  /**
   * The ranking of candidates: higher score first, then by organisation id. A total order on
   * candidates for different members, so a ranking never depends on input order.
   */
  public static final Comparator<PartnerCandidate> RANKING =
      Comparator.comparingInt(PartnerCandidate::score).reversed()
          .thenComparing(c -> c.member().value());

  /** Validates the candidate and makes its collections immutable. */
  public PartnerCandidate {
    Objects.requireNonNull(member, "member");
    matches = ImmutableList.copyOf(matches);
    workstreams = ImmutableSortedSet.copyOf(Comparator.comparing(WorkstreamId::value), workstreams);
    if (matches.isEmpty()) {
      throw InvalidInputException.of("partnerCandidate.matches", "must name at least one match", member);
    }
    if (workstreams.isEmpty()) {
      throw InvalidInputException.of("partnerCandidate.workstreams", "must name at least one workstream", member);
    }
    for (PartnerMatch match : matches) {
      for (WorkstreamId id : match.through()) {
        if (!workstreams.contains(id)) {
          throw InvalidInputException.of("partnerCandidate.matches",
              "must match through the candidate's own relevant workstreams", id);
        }
      }
    }
  }

  /** Returns the score: the sum of the matches' points. */
  public int score() {
    return matches.stream().mapToInt(PartnerMatch::points).sum();
  }

  /** Returns the matches on {@code criterion}, in the order held. */
  public List<PartnerMatch> matchesOn(MatchCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return matches.stream().filter(m -> m.criterion() == criterion).collect(ImmutableList.toImmutableList());
  }

  /** Returns the reason for every match, in the order held. */
  public List<Reason> reasons() {
    return matches.stream().map(PartnerMatch::reason).collect(ImmutableList.toImmutableList());
  }
}
