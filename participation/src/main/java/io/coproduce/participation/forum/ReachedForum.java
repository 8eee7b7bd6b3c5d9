package io.coproduce.participation.forum;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.layer.Layer;
import java.util.List;
import java.util.Objects;

/**
 * A forum that another forum's voice reaches, with the path of hops by which it was first
 * reached (see {@link ForumNetwork#voiceReach}). Immutable and thread-safe.
 *
 * @param forum the forum reached
 * @param layer its layer
 * @param path the hops from the origin to {@code forum}, in order; not empty, each hop leaving
 *     the forum the one before reached, the last reaching {@code forum} at {@code layer}
 */
public record ReachedForum(ForumId forum, Layer layer, List<Hop> path) {

  /** Validates the path and makes it immutable. */
  public ReachedForum {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(layer, "layer");
    path = ImmutableList.copyOf(path);
    if (path.isEmpty()) {
      throw InvalidInputException.of("reachedForum.path", "must have at least one hop", forum);
    }
    for (int i = 1; i < path.size(); i++) {
      Hop before = path.get(i - 1);
      Hop hop = path.get(i);
      if (!hop.from().equals(before.to()) || hop.fromLayer() != before.toLayer()) {
        throw InvalidInputException.of("reachedForum.path[" + i + "]",
            "must leave the forum (and layer) the hop before reached, " + before.to(), hop.from());
      }
    }
    Hop last = path.get(path.size() - 1);
    if (!last.to().equals(forum) || last.toLayer() != layer) {
      throw InvalidInputException.of("reachedForum.path[" + (path.size() - 1) + "]",
          "must reach reachedForum.forum " + forum + " at " + layer, last.to());
    }
  }

  /** Returns how many hops the voice took to get here (at least 1). */
  public int distance() {
    return path.size();
  }

  /** Returns the people who carried the voice along the path, hop by hop (a person may recur). */
  public List<PersonId> carriers() {
    return path.stream().map(Hop::member).collect(ImmutableList.toImmutableList());
  }

  /** Returns the layers along the path: the origin's layer, then the layer each hop reaches. */
  public List<Layer> layersOnPath() {
    ImmutableList.Builder<Layer> layers = ImmutableList.builder();
    layers.add(path.get(0).fromLayer());
    path.forEach(hop -> layers.add(hop.toLayer()));
    return layers.build();
  }
}
