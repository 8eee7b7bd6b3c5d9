package io.coproduce.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PolicyRefusedExceptionTest {

  @Test
  void namesTheSettingTheRuleTheSourceAndTheValue() {
    PolicyRefusedException e =
        PolicyRefusedException.of("onlineConsentAge", "must be 13 to 16", "UK GDPR Art 8", 12);

    assertThat(e)
        .hasMessage(
            "policy setting onlineConsentAge refused: must be 13 to 16 (source: UK GDPR Art 8); was"
                + " 12");
    assertThat(e.setting()).isEqualTo("onlineConsentAge");
    assertThat(e.rule()).isEqualTo("must be 13 to 16");
    assertThat(e.source()).isEqualTo("UK GDPR Art 8");
    assertThat(e).hasNoCause();
  }

  @Test
  void leavesOutTheValueWhenThereWasNone() {
    PolicyRefusedException e =
        PolicyRefusedException.of("minimumAdults", "must be at least 2", "NSPCC ratios", null);

    assertThat(e)
        .hasMessage(
            "policy setting minimumAdults refused: must be at least 2 (source: NSPCC ratios)");
  }

  @Test
  void rejectsNullSettingRuleOrSourceNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> PolicyRefusedException.of(null, "r", "s", 1))
        .withMessage("setting");
    assertThatNullPointerException()
        .isThrownBy(() -> PolicyRefusedException.of("x", null, "s", 1))
        .withMessage("rule");
    assertThatNullPointerException()
        .isThrownBy(() -> PolicyRefusedException.of("x", "r", null, 1))
        .withMessage("source");
  }

  @Test
  void isACoproduceException() {
    assertThat(PolicyRefusedException.of("x", "r", "s", null))
        .isInstanceOf(CoproduceException.class);
  }
}
