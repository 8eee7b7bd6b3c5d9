package io.coproduce.participation.layer;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayerTest {

  @Test
  void layersRunFromOwnCareToTheNation() {
    assertThat(Layer.values()).containsExactly(Layer.OWN_CARE, Layer.SERVICE, Layer.ORGANISATION, Layer.LOCAL_SYSTEM,
        Layer.REGION, Layer.NATION);
    assertThat(Layer.NATION.isAbove(Layer.REGION)).isTrue();
    assertThat(Layer.REGION.isAbove(Layer.REGION)).isFalse();
    assertThat(Layer.OWN_CARE.isAbove(Layer.SERVICE)).isFalse();
    assertThat(Layer.LOCAL_SYSTEM.label()).isEqualTo("local system");
  }

  @ParameterizedTest
  @EnumSource(Layer.class)
  void parsesItsName(Layer layer) {
    assertThat(Layer.parse(layer.name())).isEqualTo(layer);
    assertThat(Layer.parse(" " + layer.name().toLowerCase(java.util.Locale.ROOT) + " ")).isEqualTo(layer);
  }

  @Test
  void refusesAnUnknownLayer() {
    assertThat(rejectionOf(() -> Layer.parse("GALAXY")).field()).isEqualTo("layer");
    assertThat(rejectionOf(() -> Layer.parse(null)).field()).isEqualTo("layer");
    // Found by LayerFuzzTest: Unicode upper-casing maps the dotless i to I.
    assertThat(rejectionOf(() -> Layer.parse("nat\u0131on")).offendingValue()).contains("nat\u0131on");
    assertThat(rejectionOf(() -> Layer.parse("NAT")).field()).isEqualTo("layer");
  }
}
