package io.coproduce.participation.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionOutcomeTest {

  @Test
  void theOutcomesAreAdoptedAdaptedDeferredDeclined() {
    assertThat(DecisionOutcome.values()).containsExactly(DecisionOutcome.ADOPTED, DecisionOutcome.ADAPTED,
        DecisionOutcome.DEFERRED, DecisionOutcome.DECLINED);
  }
}
