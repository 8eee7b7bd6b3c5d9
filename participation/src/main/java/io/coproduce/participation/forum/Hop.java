package io.coproduce.participation.forum;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.layer.Layer;
import java.util.Objects;

/**
 * One step by which a forum's voice travels: a representation link, with the layers of the
 * forum it leaves and the forum it reaches. Immutable and thread-safe.
 *
 * @param link the representation link followed
 * @param fromLayer the layer of {@code link.from()}
 * @param toLayer the layer of {@code link.to()}
 */
public record Hop(RepresentationLink link, Layer fromLayer, Layer toLayer) {

  /** Validates the hop. */
  public Hop {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(fromLayer, "fromLayer");
    Objects.requireNonNull(toLayer, "toLayer");
  }

  /** A hop along {@code link} from a forum at {@code fromLayer} to one at {@code toLayer}. */
  public static Hop of(RepresentationLink link, Layer fromLayer, Layer toLayer) {
    return new Hop(link, fromLayer, toLayer);
  }

  /** Returns the person who carries the voice on this hop. */
  public PersonId member() {
    return link.member();
  }

  /** Returns the forum the voice leaves. */
  public ForumId from() {
    return link.from();
  }

  /** Returns the forum the voice reaches. */
  public ForumId to() {
    return link.to();
  }

  /** Returns whether the hop goes from one layer to another. */
  public boolean crossesLayers() {
    return fromLayer != toLayer;
  }

  /** Returns whether the hop goes to a higher layer (further from a young person's own care). */
  public boolean goesUp() {
    return toLayer.isAbove(fromLayer);
  }

  /** Returns "member: from (layer) -> to (layer)", ids only. */
  @Override
  public String toString() {
    return link.member() + ": " + link.from() + " (" + fromLayer + ") -> " + link.to() + " (" + toLayer + ")";
  }
}
