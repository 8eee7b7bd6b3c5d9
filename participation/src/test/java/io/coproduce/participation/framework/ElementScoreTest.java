package io.coproduce.participation.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ElementScoreTest {

  @Test
  void pairsAnElementWithItsScore() {
    ElementScore s = new ElementScore(ElementId.parse("space"), new Score(1, 6, 1, 3));
    assertThat(s.element()).isEqualTo(ElementId.parse("space"));
    assertThat(s.score().points()).isEqualTo(1);
    assertThatNullPointerException().isThrownBy(() -> new ElementScore(null, new Score(1, 6, 1, 3)));
    assertThatNullPointerException().isThrownBy(() -> new ElementScore(ElementId.parse("space"), null));
  }
}
