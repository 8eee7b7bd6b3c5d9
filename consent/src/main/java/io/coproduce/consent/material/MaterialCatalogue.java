package io.coproduce.consent.material;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which versions of each information material were published when, so a consent check can
 * tell whether the material a consent rested on has since changed materially (a new major
 * version). Immutable and thread-safe; {@link #with(Publication)} returns a new catalogue.
 *
 * <p>For each material, versions must rise with time: a publication may not be dated before an
 * earlier version's, nor repeat a version.
 */
public final class MaterialCatalogue {

  private static final MaterialCatalogue EMPTY = new MaterialCatalogue(ImmutableListMultimap.of());

  private final ImmutableListMultimap<MaterialId, Publication> byMaterial;

  private MaterialCatalogue(ImmutableListMultimap<MaterialId, Publication> byMaterial) {
    this.byMaterial = byMaterial;
  }

  /** A catalogue with no publications: no material ever changes. */
  public static MaterialCatalogue empty() {
    return EMPTY;
  }

  /**
   * A catalogue of these publications, in any order.
   *
   * @throws InvalidInputException naming {@code publication.version} when a material's versions
   *     do not rise with time
   */
  public static MaterialCatalogue of(Collection<Publication> publications) {
    List<Publication> sorted = new ArrayList<>(publications);
    sorted.forEach(p -> Objects.requireNonNull(p, "publication"));
    sorted.sort(Comparator.comparing(Publication::publishedAt).thenComparing(Publication::version));
    ImmutableListMultimap.Builder<MaterialId, Publication> b = ImmutableListMultimap.builder();
    java.util.Map<MaterialId, Publication> last = new java.util.HashMap<>();
    for (Publication p : sorted) {
      Publication previous = last.get(p.material());
      if (previous != null && p.version().compareTo(previous.version()) <= 0) {
        throw InvalidInputException.of("publication.version",
            "must be higher than every earlier version of material " + p.material()
                + " (" + previous.version() + " was published " + previous.publishedAt() + ")",
            p.version());
      }
      last.put(p.material(), p);
      b.put(p.material(), p);
    }
    return new MaterialCatalogue(b.build());
  }

  /** Returns a catalogue with one more publication. */
  public MaterialCatalogue with(Publication publication) {
    Objects.requireNonNull(publication, "publication");
    List<Publication> all = new ArrayList<>(byMaterial.values());
    all.add(publication);
    return of(all);
  }

  /** Returns every publication of every material, each material's oldest first. */
  public List<Publication> publications() {
    return byMaterial.values().asList();
  }

  /** Returns every publication of {@code material}, oldest first. */
  public List<Publication> publicationsOf(MaterialId material) {
    return byMaterial.get(Objects.requireNonNull(material, "material"));
  }

  /** Returns the version of {@code material} in use at {@code instant}, if any was published by then. */
  public Optional<Publication> currentAt(MaterialId material, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Publication current = null;
    for (Publication p : publicationsOf(material)) {
      if (p.publishedAt().isAfter(instant)) {
        break;
      }
      current = p;
    }
    return Optional.ofNullable(current);
  }

  /**
   * Returns the first publication at or before {@code instant} that materially changed {@code
   * shown} (a higher major version of the same material), if there is one.
   */
  public Optional<Publication> firstMaterialChange(InformationMaterial shown, Instant instant) {
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(instant, "instant");
    ImmutableList<Publication> list = byMaterial.get(shown.id());
    for (int i = 0; i < list.size(); i++) {
      Publication p = list.get(i);
      if (p.publishedAt().isAfter(instant)) {
        return Optional.empty();
      }
      if (shown.version().isMateriallyChangedBy(p.version())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaterialCatalogue other && byMaterial.equals(other.byMaterial);
  }

  @Override
  public int hashCode() {
    return byMaterial.hashCode();
  }

  @Override
  public String toString() {
    return "MaterialCatalogue" + byMaterial.values();
  }
}
