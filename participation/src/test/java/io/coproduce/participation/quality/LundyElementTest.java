package io.coproduce.participation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LundyElementTest {

  @Test
  void theElementsComeInTheModelsOrderEachWithItsRule() {
    assertThat(LundyElement.values()).containsExactly(LundyElement.SPACE, LundyElement.VOICE, LundyElement.AUDIENCE,
        LundyElement.INFLUENCE);
    assertThat(Arrays.stream(LundyElement.values()).map(LundyElement::rule)).containsExactly(QualityRules.LUNDY_SPACE,
        QualityRules.LUNDY_VOICE, QualityRules.LUNDY_AUDIENCE, QualityRules.LUNDY_INFLUENCE);
    assertThat(Arrays.stream(LundyElement.values()).map(LundyElement::label))
        .containsExactly("space", "voice", "audience", "influence");
  }
}
