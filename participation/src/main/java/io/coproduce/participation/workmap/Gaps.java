package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a gap query found in one region on one date: the objectives and the age bands that no
 * member's active work covers in some of its areas. Immutable and thread-safe.
 *
 * @param within the region asked about
 * @param on the date asked about
 * @param objectives the objective gaps, ordered by objective id
 * @param ageBands the age band gaps, in age order
 */
public record Gaps(Region within, LocalDate on, List<ObjectiveGap> objectives, List<AgeBandGap> ageBands) {

  /** Validates the result and makes its lists immutable. */
  public Gaps {
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(on, "on");
    objectives = ImmutableList.copyOf(objectives);
    ageBands = ImmutableList.copyOf(ageBands);
    for (ObjectiveGap gap : objectives) {
      if (gap.within() != within || !gap.on().equals(on)) {
        throw InvalidInputException.of("gaps.objectives", "must be gaps in " + within + " on " + on, gap.objective());
      }
    }
    for (AgeBandGap gap : ageBands) {
      if (gap.within() != within || !gap.on().equals(on)) {
        throw InvalidInputException.of("gaps.ageBands", "must be gaps in " + within + " on " + on, gap.band());
      }
    }
  }

  /** Returns whether nothing asked about is uncovered anywhere in the region. */
  public boolean isEmpty() {
    return objectives.isEmpty() && ageBands.isEmpty();
  }

  /** Returns every gap as a finding: objective gaps first, then age band gaps, each in the order above. */
  public List<Finding> findings() {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    objectives.forEach(g -> findings.add(g.finding()));
    ageBands.forEach(g -> findings.add(g.finding()));
    return findings.build();
  }
}
