package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An age band that no member's active work is for, on a date, in some areas of the region asked
 * about (whatever the objective). A finding about the map, not an error. Immutable and
 * thread-safe.
 *
 * @param band the age band nobody works with there
 * @param within the region the question was asked about
 * @param areas the areas of {@code within} where nobody works with the band, in declaration
 *     order; at least one
 * @param on the date
 */
public record AgeBandGap(AgeBand band, Region within, Set<Region> areas, LocalDate on) {

  /** Validates the gap and makes {@code areas} immutable and ordered. */
  public AgeBandGap {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(on, "on");
    areas = ImmutableSortedSet.copyOf(areas);
    GapAreas.require("ageBandGap.areas", within, areas);
  }

  /**
   * Returns the gap as a warning ({@link WorkMapRules#AGE_BAND_GAP}, {@link WorkMapRules#GAP_SOURCE})
   * for whoever coordinates the members' work.
   */
  public Finding finding() {
    String text = "No member's active workstream is for ages " + band.label() + " in " + Region.describe(areas)
        + " on " + on + " (asked about " + within.label() + "). " + GapAreas.CAVEAT;
    return Finding.of(Severity.WARNING, WorkMapRules.AGE_BAND_GAP, text, WorkMapRules.GAP_SOURCE, Set.of());
  }
}
