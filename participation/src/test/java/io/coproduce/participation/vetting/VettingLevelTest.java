package io.coproduce.participation.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VettingLevelTest {

  @Test
  void levelsRiseFromNoneToTheBarredListCheck() {
    assertThat(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST.isAtLeast(VettingLevel.ENHANCED)).isTrue();
    assertThat(VettingLevel.ENHANCED.isAtLeast(VettingLevel.ENHANCED)).isTrue();
    assertThat(VettingLevel.STANDARD.isAtLeast(VettingLevel.ENHANCED)).isFalse();
    assertThat(VettingLevel.NONE.isAtLeast(VettingLevel.BASIC)).isFalse();
  }

  @Test
  void everyLimbIsDescribed() {
    for (FrequencyLimb limb : FrequencyLimb.values()) {
      assertThat(limb.description()).isNotBlank();
    }
    assertThat(FrequencyLimb.OVERNIGHT.description()).contains("2am and 6am");
  }
}
