package io.coproduce.participation.forum;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which forums one forum's voice reaches on a date, by which people and across which layers:
 * the answer of {@link ForumNetwork#voiceReach}. Each forum reached is listed once, with the
 * shortest path of representation links by which it is reached (ties broken by ids, so the
 * answer does not depend on the order the network was built in). Immutable and thread-safe.
 *
 * <p>This is the "audience" question of the Lundy model: whether young people's views reach
 * people with the power to act on them ({@link ForumSources#VOICE_REACH}).
 *
 * @param origin the forum whose voice travels
 * @param originLayer the origin's layer
 * @param on the date the links were read on
 * @param reached the forums reached, nearest first; the origin is not among them
 */
public record VoiceReach(ForumId origin, Layer originLayer, LocalDate on, List<ReachedForum> reached) {

  /** Validates the answer and makes {@code reached} immutable. */
  public VoiceReach {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(originLayer, "originLayer");
    Objects.requireNonNull(on, "on");
    reached = ImmutableList.copyOf(reached);
    Set<ForumId> seen = new HashSet<>();
    seen.add(origin);
    int distance = 1;
    for (int i = 0; i < reached.size(); i++) {
      ReachedForum r = reached.get(i);
      Hop first = r.path().get(0);
      if (!first.from().equals(origin) || first.fromLayer() != originLayer) {
        throw InvalidInputException.of("voiceReach.reached[" + i + "].path",
            "must start at the origin " + origin + " at " + originLayer, first.from());
      }
      if (!seen.add(r.forum())) {
        throw InvalidInputException.of("voiceReach.reached[" + i + "].forum",
            "must be listed once and must not be the origin", r.forum());
      }
      if (r.distance() < distance) {
        throw InvalidInputException.of("voiceReach.reached[" + i + "]", "must be listed nearest first", r.forum());
      }
      distance = r.distance();
    }
  }

  /** Returns the forums reached, in the order of {@link #reached()}. */
  public List<ForumId> forums() {
    return reached.stream().map(ReachedForum::forum).collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the voice reaches {@code forum} (the origin itself is not counted). */
  public boolean reaches(ForumId forum) {
    return find(forum).isPresent();
  }

  /** Returns how {@code forum} was reached, if it was. */
  public Optional<ReachedForum> find(ForumId forum) {
    Objects.requireNonNull(forum, "forum");
    return reached.stream().filter(r -> r.forum().equals(forum)).findFirst();
  }

  /** Returns the hops by which {@code forum} was first reached, if it was. */
  public Optional<List<Hop>> pathTo(ForumId forum) {
    return find(forum).map(ReachedForum::path);
  }

  /** Returns everyone who carries the voice on some path, ordered by id. */
  public Set<PersonId> carriers() {
    return reached.stream().flatMap(r -> r.carriers().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.comparing(PersonId::value)));
  }

  /** Returns the layers of the forums reached, lowest first (the origin's layer only if a forum there is reached). */
  public Set<Layer> layersReached() {
    return Sets.immutableEnumSet(reached.stream().map(ReachedForum::layer).toList());
  }

  /** Returns the highest layer the voice reaches, if it reaches any forum. */
  public Optional<Layer> highestLayerReached() {
    return reached.stream().map(ReachedForum::layer).max(Comparator.naturalOrder());
  }

  /** Returns whether the voice reaches a forum at a layer other than the origin's. */
  public boolean crossesLayers() {
    return reached.stream().anyMatch(r -> r.layer() != originLayer);
  }
}
