package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An objective that no member's active work serves, on a date, in some areas of the region asked
 * about. A finding about the map, not an error. Immutable and thread-safe.
 *
 * @param objective the objective nobody serves there
 * @param within the region the question was asked about
 * @param areas the areas of {@code within} where nobody serves it, in declaration order; at least one
 * @param on the date
 */
public record ObjectiveGap(ObjectiveId objective, Region within, Set<Region> areas, LocalDate on) {

  /** Validates the gap and makes {@code areas} immutable and ordered. */
  public ObjectiveGap {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(on, "on");
    areas = ImmutableSortedSet.copyOf(areas);
    GapAreas.require("objectiveGap.areas", within, areas);
  }

  /**
   * Returns the gap as a warning ({@link WorkMapRules#OBJECTIVE_GAP}, {@link WorkMapRules#GAP_SOURCE})
   * for whoever coordinates the members' work.
   */
  public Finding finding() {
    String text = "No member's active workstream serves objective " + objective + " in "
        + Region.describe(areas) + " on " + on + " (asked about " + within.label() + "). " + GapAreas.CAVEAT;
    return Finding.of(Severity.WARNING, WorkMapRules.OBJECTIVE_GAP, text, WorkMapRules.GAP_SOURCE, Set.of());
  }
}
