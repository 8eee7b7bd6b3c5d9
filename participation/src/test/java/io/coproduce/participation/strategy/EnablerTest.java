package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnablerTest {

  @Test
  void anEnablerHasAnIdAndAText() {
    Enabler e = Enabler.of("aim-1.en-1", "Briefings");
    assertThat(e.id()).isEqualTo(EnablerId.parse("aim-1.en-1"));
    assertThat(e.text()).isEqualTo("Briefings");
    assertThat(rejectionOf(() -> Enabler.of("e", null)).field()).isEqualTo("enabler.text");
    assertThat(rejectionOf(() -> Enabler.of("e", "x".repeat(501))).rule()).isEqualTo("must be at most 500 characters");
  }
}
