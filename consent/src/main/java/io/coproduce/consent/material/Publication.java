package io.coproduce.consent.material;

import java.time.Instant;
import java.util.Objects;

/**
 * That a version of a material was published (came into use) at an instant. Immutable.
 *
 * @param material the material
 * @param version the version published
 * @param publishedAt when it came into use
 */
public record Publication(MaterialId material, MaterialVersion version, Instant publishedAt) {

  /** Validates the publication. */
  public Publication {
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /** A publication. */
  public static Publication of(MaterialId material, MaterialVersion version, Instant publishedAt) {
    return new Publication(material, version, publishedAt);
  }
}
