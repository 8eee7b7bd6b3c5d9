package io.coproduce.consent.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialCatalogueTest {

  private static final MaterialId SHEET = MaterialId.parse("sheet-1");
  private static final MaterialId OTHER = MaterialId.parse("sheet-2");
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");

  private final MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
      Publication.of(SHEET, MaterialVersion.of(2, 0), JUN),
      Publication.of(SHEET, MaterialVersion.of(1, 0), JAN),
      Publication.of(SHEET, MaterialVersion.of(1, 1), MAR)));

  @Test
  void knowsWhichVersionWasInUseWhen() {
    assertThat(catalogue.currentAt(SHEET, JAN.minusSeconds(1))).isEmpty();
    assertThat(catalogue.currentAt(SHEET, JAN)).map(Publication::version).contains(MaterialVersion.of(1, 0));
    assertThat(catalogue.currentAt(SHEET, MAR.plusSeconds(1))).map(Publication::version).contains(MaterialVersion.of(1, 1));
    assertThat(catalogue.currentAt(SHEET, JUN)).map(Publication::version).contains(MaterialVersion.of(2, 0));
    assertThat(catalogue.currentAt(OTHER, JUN)).isEmpty();
    assertThat(catalogue.publicationsOf(SHEET)).extracting(Publication::publishedAt).containsExactly(JAN, MAR, JUN);
  }

  @Test
  void findsTheFirstMaterialChangeByAnInstant() {
    InformationMaterial shown = InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "en");
    assertThat(catalogue.firstMaterialChange(shown, MAR.plusSeconds(1))).isEmpty();
    assertThat(catalogue.firstMaterialChange(shown, JUN.minusSeconds(1))).isEmpty();
    assertThat(catalogue.firstMaterialChange(shown, JUN)).map(Publication::version).contains(MaterialVersion.of(2, 0));
    InformationMaterial latest = InformationMaterial.nonText(SHEET, MaterialVersion.of(2, 0), "en");
    assertThat(catalogue.firstMaterialChange(latest, JUN.plusSeconds(9))).isEmpty();
    InformationMaterial other = InformationMaterial.nonText(OTHER, MaterialVersion.of(1, 0), "en");
    assertThat(catalogue.firstMaterialChange(other, JUN)).isEmpty();
  }

  @Test
  void refusesVersionsThatDoNotRiseWithTime() {
    assertThatThrownBy(() -> catalogue.with(Publication.of(SHEET, MaterialVersion.of(1, 5), JUN.plusSeconds(1))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("publication.version");
          assertThat(e.rule()).contains("sheet-1");
        });
    assertThatThrownBy(() -> catalogue.with(Publication.of(SHEET, MaterialVersion.of(2, 0), JUN.plusSeconds(1))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(catalogue.with(Publication.of(OTHER, MaterialVersion.of(1, 0), JAN)).publicationsOf(OTHER)).hasSize(1);
  }

  @Test
  void emptyCatalogueNeverChanges() {
    InformationMaterial shown = InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "en");
    assertThat(MaterialCatalogue.empty().firstMaterialChange(shown, JUN)).isEmpty();
    assertThat(MaterialCatalogue.empty()).isEqualTo(MaterialCatalogue.of(List.of()));
    assertThat(catalogue).isEqualTo(MaterialCatalogue.of(catalogue.publicationsOf(SHEET)));
    assertThat(catalogue.hashCode()).isEqualTo(MaterialCatalogue.of(catalogue.publicationsOf(SHEET)).hashCode());
    assertThat(catalogue.toString()).contains("sheet-1");
  }
}
