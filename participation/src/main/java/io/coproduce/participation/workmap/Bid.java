package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.ObjectiveId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * What a bid for funding is about, as far as finding partners for it goes: the objectives it
 * serves, the age bands it is for, where it runs, and optionally the layers and methods it
 * needs, with the members not to suggest (usually the lead applicant). Immutable and
 * thread-safe.
 *
 * <p>Objectives, age bands and regions are required: a partner must share at least one of each
 * (see {@link WorkMap#candidatePartners}). Layers and methods may be empty, meaning the bid has
 * no preference; then they add no points.
 *
 * @param objectives the objectives the bid serves, ordered by id; at least one
 * @param ageBands the age bands it is for; at least one
 * @param regions where it runs; at least one
 * @param layers the layers it works at; may be empty
 * @param methods the methods it needs; may be empty
 * @param excluding members never to suggest as partners, ordered by id; may be empty
 */
public record Bid(Set<ObjectiveId> objectives, Set<AgeBand> ageBands, Set<Region> regions, Set<Layer> layers,
    Set<WorkstreamMethod> methods, Set<OrganisationId> excluding) {

  /** Validates the bid and makes its sets immutable and ordered. */
  public Bid {
    objectives = ImmutableSortedSet.copyOf(Comparator.comparing(ObjectiveId::value), objectives);
    ageBands = ImmutableSortedSet.copyOf(ageBands);
    regions = ImmutableSortedSet.copyOf(regions);
    layers = ImmutableSortedSet.copyOf(layers);
    methods = ImmutableSortedSet.copyOf(methods);
    excluding = ImmutableSortedSet.copyOf(Comparator.comparing(OrganisationId::value), excluding);
    if (objectives.isEmpty()) {
      throw InvalidInputException.of("bid.objectives", "must name at least one objective", null);
    }
    if (ageBands.isEmpty()) {
      throw InvalidInputException.of("bid.ageBands", "must name at least one age band", null);
    }
    if (regions.isEmpty()) {
      throw InvalidInputException.of("bid.regions", "must name at least one region", null);
    }
  }

  /** A bid with no members excluded. */
  public static Bid of(Collection<ObjectiveId> objectives, Collection<AgeBand> ageBands, Collection<Region> regions,
      Collection<Layer> layers, Collection<WorkstreamMethod> methods) {
    return new Bid(Set.copyOf(objectives), Set.copyOf(ageBands), Set.copyOf(regions), Set.copyOf(layers),
        Set.copyOf(methods), Set.of());
  }

  /** Returns this bid, also never suggesting {@code members}. */
  public Bid excluding(Collection<OrganisationId> members) {
    Objects.requireNonNull(members, "members");
    if (excluding.containsAll(members)) {
      return this;
    }
    return new Bid(objectives, ageBands, regions, layers, methods,
        ImmutableSortedSet.<OrganisationId>orderedBy(Comparator.comparing(OrganisationId::value))
            .addAll(excluding).addAll(members).build());
  }

  /** Returns the areas the bid's regions cover (see {@link Region#areas()}). */
  public Set<Region> areas() {
    return Region.areasOf(regions);
  }
}
