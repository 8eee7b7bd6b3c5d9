package io.coproduce.participation.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipationLevelTest {

  @Test
  void followsTheNhsEnglandContinuumInOrder() {
    assertThat(ParticipationLevel.values()).containsExactly(ParticipationLevel.INFORM, ParticipationLevel.CONSULT,
        ParticipationLevel.ENGAGE, ParticipationLevel.CO_DESIGN, ParticipationLevel.CO_PRODUCE);
    assertThat(Arrays.stream(ParticipationLevel.values()).map(ParticipationLevel::label))
        .containsExactly("inform", "consult", "engage", "co-design", "co-produce");
  }

  @Test
  void comparesByHowMuchIsShared() {
    assertThat(ParticipationLevel.CO_DESIGN.isAtLeast(ParticipationLevel.ENGAGE)).isTrue();
    assertThat(ParticipationLevel.CO_DESIGN.isAtLeast(ParticipationLevel.CO_DESIGN)).isTrue();
    assertThat(ParticipationLevel.CONSULT.isAtLeast(ParticipationLevel.CO_PRODUCE)).isFalse();
    assertThat(ParticipationLevel.INFORM.isAtLeast(ParticipationLevel.INFORM)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ParticipationLevel.class)
  void everyLevelCitesTheStatutoryGuidance(ParticipationLevel level) {
    assertThat(level.source()).isEqualTo(ParticipationLevel.SOURCE);
    assertThat(level.source().kind()).isEqualTo(RuleSource.Kind.STATUTORY_GUIDANCE);
    assertThat(level.source().citation())
        .contains("NHS England", "Working in partnership with people and communities", "2022", level.label());
  }
}
