package io.coproduce.examples.scenario;

import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import java.time.Instant;
import java.util.List;

/**
 * The scenario's information sheets and when each version was published: the sessions sheet
 * never changes; the main sheet has a correction (1.1) and then a material change (2.0); the
 * photo sheet has only a correction.
 */
final class Materials {

  static final MaterialId SESSIONS = MaterialId.parse("sheet-sessions");
  static final MaterialId MAIN = MaterialId.parse("sheet-main");
  static final MaterialId PHOTOS = MaterialId.parse("sheet-photos");
  static final InformationMaterial SESSIONS_1_0 = InformationMaterial.nonText(SESSIONS, MaterialVersion.of(1, 0), "en");
  static final InformationMaterial MAIN_1_0 = InformationMaterial.nonText(MAIN, MaterialVersion.of(1, 0), "en");
  static final InformationMaterial PHOTOS_1_0 = InformationMaterial.nonText(PHOTOS, MaterialVersion.of(1, 0), "en");
  /** When the main sheet's material change (2.0) was published. */
  static final Instant MAIN_2_0_AT = Instant.parse("2026-06-01T09:00:00Z");

  private static final Instant FIRST = Instant.parse("2025-11-01T09:00:00Z");
  static final MaterialCatalogue CATALOGUE = MaterialCatalogue.of(List.of(
      Publication.of(SESSIONS, MaterialVersion.of(1, 0), FIRST),
      Publication.of(MAIN, MaterialVersion.of(1, 0), FIRST),
      Publication.of(MAIN, MaterialVersion.of(1, 1), Instant.parse("2026-02-02T09:00:00Z")),
      Publication.of(MAIN, MaterialVersion.of(2, 0), MAIN_2_0_AT),
      Publication.of(PHOTOS, MaterialVersion.of(1, 0), FIRST),
      Publication.of(PHOTOS, MaterialVersion.of(1, 1), Instant.parse("2026-05-04T09:00:00Z"))));

  private Materials() {}
}
