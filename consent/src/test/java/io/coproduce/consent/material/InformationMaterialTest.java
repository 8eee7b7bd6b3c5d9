package io.coproduce.consent.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InformationMaterialTest {

  private static final MaterialId ID = MaterialId.parse("sheet-1");

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy", "pl", "en-GB", "zh-Hant-TW", "gd"})
  void acceptsBcp47Tags(String tag) {
    assertThat(InformationMaterial.nonText(ID, MaterialVersion.of(1, 0), tag).language()).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EN", "english", "e", "en_GB", "en-", "en GB"})
  void rejectsOtherLanguageTexts(String tag) {
    assertThatThrownBy(() -> InformationMaterial.nonText(ID, MaterialVersion.of(1, 0), tag))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("informationMaterial.language"));
  }

  @Test
  void writtenMaterialCarriesItsReadingLevelAndPictorialDoesNot() {
    ReadingLevel level = ReadingLevel.of("We will take photos. You can say no.");
    assertThat(InformationMaterial.of(ID, MaterialVersion.of(1, 0), "en", level).level()).contains(level);
    assertThat(InformationMaterial.nonText(ID, MaterialVersion.of(1, 0), "en").level()).isEmpty();
  }

  @Test
  void idsRoundTripAndMint() {
    assertThat(MaterialId.parse("sheet-1").toString()).isEqualTo("sheet-1");
    assertThat(MaterialId.random(new java.util.SplittableRandom(1)).value()).hasSize(26);
    assertThatThrownBy(() -> MaterialId.parse("a b")).isInstanceOf(InvalidInputException.class);
  }
}
