package io.coproduce.participation.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionOutcomeTest {

  @Test
  void runsFromMostToLeastOfWhatWasAskedFor() {
    assertThat(AttributionOutcome.values()).containsExactly(AttributionOutcome.AS_PREFERRED,
        AttributionOutcome.ANONYMOUS_FALLBACK, AttributionOutcome.NOT_QUOTABLE);
  }
}
