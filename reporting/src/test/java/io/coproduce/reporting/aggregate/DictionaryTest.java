package io.coproduce.reporting.aggregate;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.participation.layer.Layer;
import org.junit.jupiter.api.Test;

class DictionaryTest {

  @Test
  void givesDenseCodesInOrderOfFirstSight() {
    Dictionary<Layer> d = Dictionary.named("layer");
    assertThat(d.code(Layer.REGION)).isZero();
    assertThat(d.code(Layer.SERVICE)).isEqualTo(1);
    assertThat(d.code(Layer.REGION)).isZero();
    assertThat(d.find(Layer.SERVICE)).isEqualTo(1);
    assertThat(d.find(Layer.NATION)).isEqualTo(-1);
    assertThat(d.find(null)).isEqualTo(-1);
    assertThat(d.value(1)).isEqualTo(Layer.SERVICE);
    assertThat(d.values()).containsExactly(Layer.REGION, Layer.SERVICE);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.name()).isEqualTo("layer");
    assertThat(d).hasToString("Dictionary[layer, 2 codes]");
  }

  @Test
  void remapsAnotherDictionaryByValue() {
    Dictionary<Layer> a = Dictionary.named("layer");
    Dictionary<Layer> b = Dictionary.named("layer");
    a.code(Layer.REGION);
    b.code(Layer.NATION);
    b.code(Layer.REGION);
    assertThat(a.remapFrom(b)).containsExactly(1, 0);
    assertThat(a.values()).containsExactly(Layer.REGION, Layer.NATION);
  }

  @Test
  void refusesNullsUnknownCodesAndOverflow() {
    Dictionary<Integer> d = new Dictionary<>("small", 2);
    assertThat(rejectionOf(() -> d.code(null)).field()).isEqualTo("small");
    d.code(1);
    d.code(2);
    assertThat(d.code(2)).isEqualTo(1);
    assertThat(rejectionOf(() -> d.code(3)).rule()).contains("more than 2");
    assertThat(rejectionOf(() -> d.value(2)).field()).isEqualTo("small");
    assertThat(rejectionOf(() -> d.value(-1)).field()).isEqualTo("small");
    assertThat(Dictionary.MAX_CODES).isEqualTo(65_536);
  }

  @Test
  void dictionariesHoldOnePerDimensionAndPeopleUnlessHostNumbered() {
    Dictionaries d = Dictionaries.create();
    assertThat(d.of(Dimension.FORUM).name()).isEqualTo("forum");
    assertThat(d.of(Dimension.FORUM)).isSameAs(d.of(Dimension.FORUM));
    assertThat(d.isHostNumbered()).isFalse();
    assertThat(d.people().name()).isEqualTo("person");
    Dictionaries host = Dictionaries.hostNumberedPeople();
    assertThat(host.isHostNumbered()).isTrue();
    assertThatThrownBy(host::people).isInstanceOf(IllegalStateException.class);
  }
}
