package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class HartAssessmentTest {

  private static final QualityScope SCOPE = QualityScope.ofForum(QualityWorld.YAG);
  private static final Reason FIRST = Reason.of(QualityRules.HART_INITIATOR, "adults", QualityRules.HART_SOURCE);
  private static final Reason LAST = Reason.of(QualityRules.HART_RUNG, "rung 5", QualityRules.HART_SOURCE);

  @Test
  void theConclusionIsTheLastReason() {
    HartAssessment h = new HartAssessment(SCOPE, QualityWorld.AT, Initiator.ADULTS, HartRung.CONSULTED_AND_INFORMED,
        List.of(FIRST, LAST));
    assertThat(h.conclusion()).isEqualTo(LAST);
    assertThat(h.rungReached()).contains(HartRung.CONSULTED_AND_INFORMED);
    assertThat(h.isParticipation()).isTrue();
  }

  @Test
  void nonParticipationAndNoRungAreNotParticipation() {
    assertThat(new HartAssessment(SCOPE, QualityWorld.AT, Initiator.ADULTS, HartRung.TOKENISM, List.of(LAST))
        .isParticipation()).isFalse();
    HartAssessment none = new HartAssessment(SCOPE, QualityWorld.AT, Initiator.ADULTS, null, List.of(LAST));
    assertThat(none.isParticipation()).isFalse();
    assertThat(none.rungReached()).isEmpty();
  }

  @Test
  void refusesAnAssessmentWithoutAReason() {
    var e = rejectionOf(() -> new HartAssessment(SCOPE, QualityWorld.AT, Initiator.ADULTS, HartRung.TOKENISM, List.of()));
    assertThat(e.field()).isEqualTo("hartAssessment.reasons");
  }
}
