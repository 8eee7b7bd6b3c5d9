package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Where two or more members' active work meets on a date: they serve the same objective for the
 * same age band in the same area. One overlap groups every area and band in which exactly the
 * same members meet on one objective, so "which members, on which objective, where and for whom"
 * is one value; where a third member joins them in some places, those places are another overlap.
 * Immutable and thread-safe.
 *
 * @param objective the objective they all serve
 * @param members the members who meet there, ordered by id; at least two
 * @param shared for each area (see {@link Region#isArea()}) where they meet, the age bands they
 *     share there; ordered by area, bands in age order; at least one area, each with a band
 * @param workstreams the members' workstreams that meet there, ordered by id
 * @param on the date the overlap was found on
 */
public record Overlap(ObjectiveId objective, Set<OrganisationId> members, SortedMap<Region, Set<AgeBand>> shared,
    Set<WorkstreamId> workstreams, LocalDate on) {

  /** Validates the overlap and makes its collections immutable and ordered. */
  public Overlap {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(on, "on");
    members = ImmutableSortedSet.copyOf(Comparator.comparing(OrganisationId::value), members);
    workstreams = ImmutableSortedSet.copyOf(Comparator.comparing(WorkstreamId::value), workstreams);
    ImmutableSortedMap.Builder<Region, Set<AgeBand>> areas = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Region, Set<AgeBand>> e : shared.entrySet()) {
      Region area = Objects.requireNonNull(e.getKey(), "area");
      if (!area.isArea()) {
        throw InvalidInputException.of("overlap.shared",
            "must be keyed by areas, not by England-wide or UK-wide", area);
      }
      Set<AgeBand> bands = ImmutableSortedSet.copyOf(e.getValue());
      if (bands.isEmpty()) {
        throw InvalidInputException.of("overlap.shared", "must name at least one age band in each area", area);
      }
      areas.put(area, bands);
    }
    shared = areas.build();
    if (members.size() < 2) {
      throw InvalidInputException.of("overlap.members", "must name at least two members", members.size());
    }
    if (shared.isEmpty()) {
      throw InvalidInputException.of("overlap.shared", "must name at least one area", objective);
    }
    if (workstreams.size() < 2) {
      throw InvalidInputException.of("overlap.workstreams", "must name at least two workstreams",
          workstreams.size());
    }
  }

  /** Returns the areas where the members meet, in declaration order. */
  public Set<Region> regions() {
    return shared.keySet();
  }

  /** Returns every age band they share in at least one of those areas, in age order. */
  public Set<AgeBand> bands() {
    Set<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
    shared.values().forEach(bands::addAll);
    return ImmutableSortedSet.copyOf(bands);
  }

  /** Returns whether the members share {@code band} in {@code area}. */
  public boolean covers(Region area, AgeBand band) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(band, "band");
    Set<AgeBand> bands = shared.get(area);
    return bands != null && bands.contains(band);
  }

  /**
   * Returns the overlap as advice ({@link WorkMapRules#OVERLAP}, {@link WorkMapRules#OVERLAP_SOURCE}):
   * names the members, the objective, the bands by area, and the workstreams, by id only.
   */
  public Finding finding() {
    // Group areas that share the same bands, so the sentence stays short.
    Map<Set<AgeBand>, Set<Region>> byBands = new LinkedHashMap<>();
    shared.forEach((area, bands) -> byBands.computeIfAbsent(bands, b -> EnumSet.noneOf(Region.class)).add(area));
    String where = byBands.entrySet().stream()
        .map(e -> e.getKey().stream().map(AgeBand::label).collect(Collectors.joining(", ")) + " in "
            + Region.describe(e.getValue()))
        .collect(Collectors.joining("; "));
    String text = "Members " + join(members) + " all serve objective " + objective + " on " + on
        + " for the same ages in the same places: " + where + " (workstreams " + join(workstreams)
        + "). They may want to coordinate so that effort is not duplicated.";
    return Finding.of(Severity.ADVICE, WorkMapRules.OVERLAP, text, WorkMapRules.OVERLAP_SOURCE, Set.of());
  }

  private static String join(Set<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
