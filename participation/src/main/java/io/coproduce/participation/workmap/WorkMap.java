package io.coproduce.participation.workmap;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The member work map: every workstream the coalition's members have declared, and the questions
 * a coalition asks of them on a date — where does members' work overlap, what does nobody cover,
 * and who would make a good partner for a bid. Immutable and thread-safe; {@link #with} returns a
 * new map.
 *
 * <p>Every query reads only the workstreams {@linkplain Workstream#activeOn active} on the date
 * it is given, compares places area by area ({@link Region}: England-wide work is in each English
 * region, UK-wide work in every area), and answers alike whatever order the workstreams were
 * declared in: two maps holding the same workstreams are equal and give equal answers. Adding a
 * workstream never removes an overlap (every member who met another on an objective, band and
 * area still does) and never adds a gap.
 *
 * <p>What it refuses: two different workstreams with the same id ({@code workMap.workstreams}).
 * What it accepts: the same workstream again (the map is unchanged); a member with many
 * workstreams, which may cover the same ground (a member never overlaps with itself).
 */
public final class WorkMap {

  /** The age bands of the 0-25 remit, which a gap query asks about when not told otherwise. */
  public static final Set<AgeBand> REMIT_BANDS =
      ImmutableSortedSet.copyOf(EnumSet.range(AgeBand.AGE_0_TO_5, AgeBand.AGE_18_TO_25));

  private static final Comparator<WorkstreamId> WORKSTREAM_ORDER = Comparator.comparing(WorkstreamId::value);
  private static final Comparator<OrganisationId> MEMBER_ORDER = Comparator.comparing(OrganisationId::value);
  private static final Comparator<ObjectiveId> OBJECTIVE_ORDER = Comparator.comparing(ObjectiveId::value);
  private static final Comparator<Iterable<OrganisationId>> MEMBERS_ORDER = Comparators.lexicographical(MEMBER_ORDER);

  private static final WorkMap EMPTY = new WorkMap(ImmutableSortedMap.of());

  private final ImmutableSortedMap<WorkstreamId, Workstream> workstreams;

  private WorkMap(ImmutableSortedMap<WorkstreamId, Workstream> workstreams) {
    this.workstreams = workstreams;
  }

  /** A map with no workstreams. */
  public static WorkMap empty() {
    return EMPTY;
  }

  /**
   * A map of these workstreams.
   *
   * @throws InvalidInputException naming {@code workMap.workstreams} when two different
   *     workstreams have the same id
   */
  public static WorkMap of(Collection<Workstream> workstreams) {
    Map<WorkstreamId, Workstream> byId = new HashMap<>();
    for (Workstream w : workstreams) {
      add(byId, w);
    }
    return new WorkMap(ImmutableSortedMap.copyOf(byId, WORKSTREAM_ORDER));
  }

  private static void add(Map<WorkstreamId, Workstream> byId, Workstream workstream) {
    Objects.requireNonNull(workstream, "workstream");
    Workstream held = byId.putIfAbsent(workstream.id(), workstream);
    if (held != null && !held.equals(workstream)) {
      throw InvalidInputException.of("workMap.workstreams",
          "must have unique ids: a workstream with other details already has this id", workstream.id());
    }
  }

  /**
   * Returns a map that also holds {@code workstream}, or this map when it already does.
   *
   * @throws InvalidInputException naming {@code workMap.workstreams} when a different workstream
   *     has its id
   */
  public WorkMap with(Workstream workstream) {
    Map<WorkstreamId, Workstream> byId = new HashMap<>(workstreams);
    add(byId, workstream);
    if (byId.size() == workstreams.size()) {
      return this;
    }
    return new WorkMap(ImmutableSortedMap.copyOf(byId, WORKSTREAM_ORDER));
  }

  /** Returns every workstream, ordered by id. */
  public List<Workstream> workstreams() {
    return workstreams.values().asList();
  }

  /** Returns the workstream with this id, if the map holds it. */
  public Optional<Workstream> workstream(WorkstreamId id) {
    return Optional.ofNullable(workstreams.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the workstreams active on {@code date}, ordered by id. */
  public List<Workstream> activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return workstreams.values().stream().filter(w -> w.activeOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code member}'s workstreams, ordered by id, whatever their dates. */
  public List<Workstream> workstreamsOf(OrganisationId member) {
    Objects.requireNonNull(member, "member");
    return workstreams.values().stream().filter(w -> w.member().equals(member))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every member with at least one workstream, ordered by id. */
  public Set<OrganisationId> members() {
    return workstreams.values().stream().map(Workstream::member)
        .collect(ImmutableSortedSet.toImmutableSortedSet(MEMBER_ORDER));
  }

  /** One area and one age band: the unit in which work is compared. */
  private record Cell(Region area, AgeBand band) {}

  private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::area).thenComparing(Cell::band);

  /**
   * Returns where members' active work overlaps on {@code date} ({@link WorkMapRules#OVERLAP}): for
   * each objective, the areas and age bands in which two or more members serve it, grouped so
   * that one {@link Overlap} holds exactly the places where the same members meet. Ordered by
   * objective id, then by the members' ids compared in turn. Use {@link Overlap#finding()} for
   * each as advice.
   */
  public List<Overlap> overlapsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map<ObjectiveId, Map<Cell, SortedMap<OrganisationId, Set<WorkstreamId>>>> who = new TreeMap<>(OBJECTIVE_ORDER);
    for (Workstream w : activeOn(date)) {
      for (ObjectiveId objective : w.objectives()) {
        Map<Cell, SortedMap<OrganisationId, Set<WorkstreamId>>> cells =
            who.computeIfAbsent(objective, o -> new TreeMap<>(CELL_ORDER));
        for (Region area : w.areas()) {
          for (AgeBand band : w.ageBands()) {
            cells.computeIfAbsent(new Cell(area, band), c -> new TreeMap<>(MEMBER_ORDER))
                .computeIfAbsent(w.member(), m -> new TreeSet<>(WORKSTREAM_ORDER)).add(w.id());
          }
        }
      }
    }
    List<Overlap> overlaps = new ArrayList<>();
    who.forEach((objective, cells) -> {
      // Keyed in the order the overlaps are listed in: the members' ids compared in turn.
      Map<Set<OrganisationId>, SortedMap<Region, Set<AgeBand>>> places = new TreeMap<>(MEMBERS_ORDER);
      Map<Set<OrganisationId>, Set<WorkstreamId>> streams = new HashMap<>();
      cells.forEach((cell, members) -> {
        if (members.size() < 2) {
          return;
        }
        Set<OrganisationId> key = ImmutableSet.copyOf(members.keySet());
        places.computeIfAbsent(key, k -> new TreeMap<>())
            .computeIfAbsent(cell.area(), a -> EnumSet.noneOf(AgeBand.class)).add(cell.band());
        Set<WorkstreamId> ids = streams.computeIfAbsent(key, k -> new TreeSet<>(WORKSTREAM_ORDER));
        members.values().forEach(ids::addAll);
      });
      places.forEach((members, shared) ->
          overlaps.add(new Overlap(objective, members, shared, streams.get(members), date)));
    });
    return ImmutableList.copyOf(overlaps);
  }

  /**
   * Returns the gaps in {@code within} on {@code date} for the objectives given and the age
   * bands of the 0-25 remit ({@link #REMIT_BANDS}); see {@link #gapsOn(LocalDate, Region, Collection, Collection)}.
   */
  public Gaps gapsOn(LocalDate date, Region within, Collection<ObjectiveId> objectives) {
    return gapsOn(date, within, objectives, REMIT_BANDS);
  }

  /**
   * Returns what nobody covers in {@code within} on {@code date} ({@link WorkMapRules#GAP_SOURCE}):
   * each of {@code objectives} that no active workstream serves in some area of {@code within},
   * and each of {@code bands} that no active workstream is for in some area of it (whatever the
   * objective). Each gap names the areas where it is uncovered. Objective gaps are ordered by
   * objective id, band gaps in age order; repeats in the lists are ignored, and empty lists ask
   * nothing. Gaps are findings about the map, not errors: use {@link Gaps#findings()}.
   */
  public Gaps gapsOn(LocalDate date, Region within, Collection<ObjectiveId> objectives, Collection<AgeBand> bands) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(within, "within");
    Set<ObjectiveId> askedObjectives = ImmutableSortedSet.copyOf(OBJECTIVE_ORDER, objectives);
    Set<AgeBand> askedBands = ImmutableSortedSet.copyOf(bands);
    List<Workstream> active = activeOn(date);
    List<ObjectiveGap> objectiveGaps = new ArrayList<>();
    for (ObjectiveId objective : askedObjectives) {
      Set<Region> uncovered = uncovered(within, active, w -> w.serves(objective));
      if (!uncovered.isEmpty()) {
        objectiveGaps.add(new ObjectiveGap(objective, within, uncovered, date));
      }
    }
    List<AgeBandGap> bandGaps = new ArrayList<>();
    for (AgeBand band : askedBands) {
      Set<Region> uncovered = uncovered(within, active, w -> w.ageBands().contains(band));
      if (!uncovered.isEmpty()) {
        bandGaps.add(new AgeBandGap(band, within, uncovered, date));
      }
    }
    return new Gaps(within, date, objectiveGaps, bandGaps);
  }

  private static Set<Region> uncovered(Region within, List<Workstream> active, Predicate<Workstream> covers) {
    Set<Region> uncovered = EnumSet.noneOf(Region.class);
    uncovered.addAll(within.areas());
    for (Workstream w : active) {
      if (covers.test(w)) {
        uncovered.removeAll(w.areas());
      }
    }
    return uncovered;
  }

  /**
   * Returns the members who would make candidate partners for {@code bid} on {@code date},
   * ranked ({@link WorkMapRules#PARTNER_SOURCE}, {@link PartnerCandidate#RANKING}).
   *
   * <p>A member is a candidate when it is not excluded by the bid and has at least one
   * <em>relevant</em> workstream: active on the date, serving one of the bid's objectives, for one
   * of its age bands, in an area of one of its regions. Only relevant workstreams are matched, so
   * work elsewhere or for other ages does not lift a score. For each bid objective, age band,
   * region, layer and method that a relevant workstream shares, the candidate gains a
   * {@link PartnerMatch} worth the criterion's points ({@link MatchCriterion}), with the
   * workstreams it matched through. Ranked by score, highest first, then by organisation id: a
   * total order, the same whatever order the workstreams were declared in.
   */
  public List<PartnerCandidate> candidatePartners(Bid bid, LocalDate date) {
    Objects.requireNonNull(bid, "bid");
    Objects.requireNonNull(date, "date");
    Set<Region> bidAreas = bid.areas();
    Map<OrganisationId, List<Workstream>> relevant = new TreeMap<>(MEMBER_ORDER);
    for (Workstream w : activeOn(date)) {
      if (bid.excluding().contains(w.member())) {
        continue;
      }
      boolean objective = w.objectives().stream().anyMatch(bid.objectives()::contains);
      boolean band = w.ageBands().stream().anyMatch(bid.ageBands()::contains);
      boolean area = w.areas().stream().anyMatch(bidAreas::contains);
      if (objective && band && area) {
        relevant.computeIfAbsent(w.member(), m -> new ArrayList<>()).add(w);
      }
    }
    List<PartnerCandidate> candidates = new ArrayList<>();
    relevant.forEach((member, streams) -> {
      List<PartnerMatch> matches = new ArrayList<>();
      for (ObjectiveId objective : bid.objectives()) {
        match(matches, MatchCriterion.OBJECTIVE, objective.value(), streams, w -> w.serves(objective));
      }
      for (AgeBand band : bid.ageBands()) {
        match(matches, MatchCriterion.AGE_BAND, band.label(), streams, w -> w.ageBands().contains(band));
      }
      for (Region region : bid.regions()) {
        match(matches, MatchCriterion.REGION, region.name(), streams, w -> w.worksIn(region));
      }
      for (Layer layer : bid.layers()) {
        match(matches, MatchCriterion.LAYER, layer.name(), streams, w -> w.layers().contains(layer));
      }
      for (WorkstreamMethod method : bid.methods()) {
        match(matches, MatchCriterion.METHOD, method.name(), streams, w -> w.methods().contains(method));
      }
      candidates.add(new PartnerCandidate(member, matches, streams.stream().map(Workstream::id).collect(ImmutableSortedSet.toImmutableSortedSet(WORKSTREAM_ORDER))));
    });
    candidates.sort(PartnerCandidate.RANKING);
    return ImmutableList.copyOf(candidates);
  }

  private static void match(List<PartnerMatch> matches, MatchCriterion criterion, String value,
      List<Workstream> streams, Predicate<Workstream> shares) {
    List<WorkstreamId> through = streams.stream().filter(shares).map(Workstream::id).toList();
    if (!through.isEmpty()) {
      matches.add(new PartnerMatch(criterion, value, Set.copyOf(through)));
    }
  }

  /** Two maps are equal when they hold the same workstreams, whatever the order they were added in. */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkMap other && workstreams.equals(other.workstreams);
  }

  @Override
  public int hashCode() {
    return workstreams.hashCode();
  }

  /** Returns how many workstreams and members the map holds. */
  @Override
  public String toString() {
    return "WorkMap[" + workstreams.size() + " workstreams, " + members().size() + " members]";
  }
}
