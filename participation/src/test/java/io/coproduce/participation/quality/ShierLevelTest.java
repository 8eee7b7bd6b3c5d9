package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShierLevelTest {

  @ParameterizedTest(name = "level {0}")
  @CsvSource({
      "1, LISTENED_TO, listened to",
      "2, SUPPORTED_TO_EXPRESS_VIEWS, supported to express their views",
      "3, VIEWS_TAKEN_INTO_ACCOUNT, views taken into account",
      "4, INVOLVED_IN_DECISION_MAKING, involved in decision-making processes",
      "5, SHARE_POWER_AND_RESPONSIBILITY, share power and responsibility for decisions"})
  void thePathwayHasFiveLevels(int number, ShierLevel level, String label) {
    assertThat(ShierLevel.ofNumber(number)).isEqualTo(level);
    assertThat(level.number()).isEqualTo(number);
    assertThat(level.label()).isEqualTo(label);
    assertThat(level.source()).isEqualTo(QualityRules.SHIER_SOURCE);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void refusesANumberOffThePathway(int number) {
    assertThat(rejectionOf(() -> ShierLevel.ofNumber(number)).field()).isEqualTo("shierLevel");
  }

  @Test
  void comparesUpThePathway() {
    assertThat(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT.isAtLeast(ShierLevel.LISTENED_TO)).isTrue();
    assertThat(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT.isAtLeast(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT)).isTrue();
    assertThat(ShierLevel.LISTENED_TO.isAtLeast(ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS)).isFalse();
  }

  @Test
  void theSourceIsShier2001() {
    RuleSource s = ShierLevel.LISTENED_TO.source();
    assertThat(s.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(s.citation()).contains("Shier", "2001", "Children & Society 15(2)");
  }
}
