package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.rule.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShierAssessmentTest {

  private static final QualityScope SCOPE = QualityScope.ofForum(QualityWorld.YAG);
  private static final Reason LAST = Reason.of(QualityRules.SHIER_LEVEL, "level", QualityRules.SHIER_SOURCE);

  private static ShierAssessment of(ShierLevel... levels) {
    return new ShierAssessment(SCOPE, QualityWorld.AT, Set.of(levels), List.of(LAST));
  }

  @Test
  void theLevelReachedIsTheHighestShownAndGapsBelowAreListed() {
    ShierAssessment s = of(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT, ShierLevel.LISTENED_TO, ShierLevel.SHARE_POWER_AND_RESPONSIBILITY);
    assertThat(s.shown()).containsExactly(ShierLevel.LISTENED_TO, ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT,
        ShierLevel.SHARE_POWER_AND_RESPONSIBILITY);
    assertThat(s.levelReached()).contains(ShierLevel.SHARE_POWER_AND_RESPONSIBILITY);
    assertThat(s.gapsBelow()).containsExactly(ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS,
        ShierLevel.INVOLVED_IN_DECISION_MAKING);
    assertThat(s.shows(ShierLevel.LISTENED_TO)).isTrue();
    assertThat(s.shows(ShierLevel.INVOLVED_IN_DECISION_MAKING)).isFalse();
    assertThat(s.conclusion()).isEqualTo(LAST);
  }

  @Test
  void noLevelShownHasNoGaps() {
    ShierAssessment s = of();
    assertThat(s.levelReached()).isEmpty();
    assertThat(s.gapsBelow()).isEmpty();
    assertThat(of(ShierLevel.LISTENED_TO).gapsBelow()).isEmpty();
    assertThat(of(ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS).gapsBelow()).containsExactly(ShierLevel.LISTENED_TO);
  }

  @Test
  void holdsACopyOfTheLevels() {
    List<ShierLevel> levels = new ArrayList<>(List.of(ShierLevel.LISTENED_TO));
    ShierAssessment s = new ShierAssessment(SCOPE, QualityWorld.AT, new HashSet<>(levels), List.of(LAST));
    assertThatThrownBy(() -> s.shown().add(ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAnAssessmentWithoutAReason() {
    var e = rejectionOf(() -> new ShierAssessment(SCOPE, QualityWorld.AT, Set.of(), List.of()));
    assertThat(e.field()).isEqualTo("shierAssessment.reasons");
  }
}
