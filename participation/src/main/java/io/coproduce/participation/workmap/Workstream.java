package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.AimId;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One piece of work a member organisation declares on the work map: which strategic objectives
 * (and, where the member says so, aims) it serves, for which age bands, at which layers, in
 * which regions, by which methods, the whole-system principles it serves, how it is funded, and
 * when it is active. Immutable and thread-safe; build one with {@link #builder}.
 *
 * <p>What it refuses, each with an error naming the field and the workstream's id:
 * <ul>
 *   <li>no objective ({@code workstream.objectives}): the map compares work by objective, so a
 *       workstream that serves none could never show in an overlap, a gap or a bid;
 *   <li>no age band, layer, region or method ({@code workstream.ageBands}, {@code .layers},
 *       {@code .regions}, {@code .methods});
 *   <li>a last active day before the first ({@code workstream.activeUntil}).
 * </ul>
 * What it deliberately accepts: no aims (the strategic plan says which aim an objective is
 * under); no principles; the adult band {@link AgeBand#ADULT_26_PLUS} (work with parents, carers
 * and practitioners); regions that repeat each other ({@code UK_WIDE} with {@code LONDON} covers
 * the same areas as {@code UK_WIDE} alone, see {@link Region}).
 *
 * @param id the workstream's id, unique on a work map
 * @param member the member organisation doing the work
 * @param aims the strategic aims it serves, ordered by id; may be empty
 * @param objectives the objectives it serves, ordered by id; at least one
 * @param ageBands the age bands it works with or for; at least one
 * @param layers the layers it works at; at least one
 * @param regions where it works; at least one
 * @param methods how it works; at least one
 * @param principles the whole-system principles it serves; may be empty
 * @param funding how it is funded
 * @param activeFrom its first active day
 * @param activeUntil its last active day, or {@code null} when it has no planned end
 */
public record Workstream(WorkstreamId id, OrganisationId member, Set<AimId> aims, Set<ObjectiveId> objectives,
    Set<AgeBand> ageBands, Set<Layer> layers, Set<Region> regions, Set<WorkstreamMethod> methods,
    Set<WholeSystemPrinciple> principles, FundingStatus funding, LocalDate activeFrom, LocalDate activeUntil) {

  /** Validates the workstream and makes its sets immutable and ordered. */
  public Workstream {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(activeFrom, "activeFrom");
    aims = ImmutableSortedSet.copyOf(Comparator.comparing(AimId::value), aims);
    objectives = ImmutableSortedSet.copyOf(Comparator.comparing(ObjectiveId::value), objectives);
    ageBands = ImmutableSortedSet.copyOf(ageBands);
    layers = ImmutableSortedSet.copyOf(layers);
    regions = ImmutableSortedSet.copyOf(regions);
    methods = ImmutableSortedSet.copyOf(methods);
    principles = ImmutableSortedSet.copyOf(principles);
    requireSome("workstream.objectives", "must name at least one objective the work serves", objectives, id);
    requireSome("workstream.ageBands", "must name at least one age band", ageBands, id);
    requireSome("workstream.layers", "must name at least one layer", layers, id);
    requireSome("workstream.regions", "must name at least one region", regions, id);
    requireSome("workstream.methods", "must name at least one method", methods, id);
    if (activeUntil != null && activeUntil.isBefore(activeFrom)) {
      throw InvalidInputException.of("workstream.activeUntil",
          "must not be before workstream.activeFrom (" + activeFrom + ") of workstream " + id, activeUntil);
    }
  }

  private static void requireSome(String field, String rule, Set<?> values, WorkstreamId id) {
    if (values.isEmpty()) {
      throw InvalidInputException.of(field, rule + " (workstream " + id + ")", id);
    }
  }

  /** Starts building the workstream {@code id} of {@code member}. */
  public static Builder builder(WorkstreamId id, OrganisationId member) {
    return new Builder(id, member);
  }

  /** Returns whether the workstream is active on {@code date}: on or after its first day and not after its last. */
  public boolean activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(activeFrom) && (activeUntil == null || !date.isAfter(activeUntil));
  }

  /** Returns its last active day, if it has a planned end. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(activeUntil);
  }

  /** Returns the areas its regions cover (see {@link Region#areas()}). */
  public Set<Region> areas() {
    return Region.areasOf(regions);
  }

  /** Returns whether it serves {@code objective}. */
  public boolean serves(ObjectiveId objective) {
    return objectives.contains(Objects.requireNonNull(objective, "objective"));
  }

  /** Returns whether it works in {@code region}: whether its regions {@linkplain Region#meets meet} it. */
  public boolean worksIn(Region region) {
    Objects.requireNonNull(region, "region");
    return regions.stream().anyMatch(region::meets);
  }

  /** Returns the id, member and dates; the full declaration is in the components. */
  @Override
  public String toString() {
    return "Workstream[" + id + ", " + member + ", " + activeFrom + ".." + (activeUntil == null ? "" : activeUntil)
        + "]";
  }

  /**
   * Builds a {@link Workstream}; every set starts empty, there is no funding status or first
   * day until one is given, and no planned end. Not thread-safe; the workstream it builds is.
   */
  public static final class Builder {

    private final WorkstreamId id;
    private final OrganisationId member;
    private Set<AimId> aims = Set.of();
    private Set<ObjectiveId> objectives = Set.of();
    private Set<AgeBand> ageBands = Set.of();
    private Set<Layer> layers = Set.of();
    private Set<Region> regions = Set.of();
    private Set<WorkstreamMethod> methods = Set.of();
    private Set<WholeSystemPrinciple> principles = Set.of();
    private FundingStatus funding;
    private LocalDate activeFrom;
    private LocalDate activeUntil;

    private Builder(WorkstreamId id, OrganisationId member) {
      this.id = Objects.requireNonNull(id, "id");
      this.member = Objects.requireNonNull(member, "member");
    }

    /** Sets the strategic aims served. */
    public Builder aims(Collection<AimId> aims) {
      this.aims = ImmutableSortedSet.copyOf(Comparator.comparing(AimId::value), aims);
      return this;
    }

    /** Sets the objectives served. */
    public Builder objectives(Collection<ObjectiveId> objectives) {
      this.objectives = ImmutableSortedSet.copyOf(Comparator.comparing(ObjectiveId::value), objectives);
      return this;
    }

    /** Sets the age bands worked with or for. */
    public Builder ageBands(Collection<AgeBand> ageBands) {
      this.ageBands = ImmutableSortedSet.copyOf(ageBands);
      return this;
    }

    /** Sets the layers worked at. */
    public Builder layers(Collection<Layer> layers) {
      this.layers = ImmutableSortedSet.copyOf(layers);
      return this;
    }

    /** Sets the regions worked in. */
    public Builder regions(Collection<Region> regions) {
      this.regions = ImmutableSortedSet.copyOf(regions);
      return this;
    }

    /** Sets the methods used. */
    public Builder methods(Collection<WorkstreamMethod> methods) {
      this.methods = ImmutableSortedSet.copyOf(methods);
      return this;
    }

    /** Sets the whole-system principles served. */
    public Builder principles(Collection<WholeSystemPrinciple> principles) {
      this.principles = ImmutableSortedSet.copyOf(principles);
      return this;
    }

    /** Sets how the work is funded. */
    public Builder funding(FundingStatus funding) {
      this.funding = Objects.requireNonNull(funding, "funding");
      return this;
    }

    /** Sets the first active day, with no planned end. */
    public Builder activeFrom(LocalDate from) {
      this.activeFrom = Objects.requireNonNull(from, "from");
      this.activeUntil = null;
      return this;
    }

    /** Sets the first and last active days, both included. */
    public Builder active(LocalDate from, LocalDate until) {
      this.activeFrom = Objects.requireNonNull(from, "from");
      this.activeUntil = Objects.requireNonNull(until, "until");
      return this;
    }

    /**
     * Builds the workstream.
     *
     * @throws InvalidInputException as described for {@link Workstream}
     * @throws NullPointerException when the funding status or the first day was not given
     */
    public Workstream build() {
      return new Workstream(id, member, aims, objectives, ageBands, layers, regions, methods, principles, funding,
          activeFrom, activeUntil);
    }
  }
}
