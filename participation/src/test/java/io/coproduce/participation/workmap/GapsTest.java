package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.O2;
import static io.coproduce.participation.workmap.WorkMapWorld.O3;
import static io.coproduce.participation.workmap.WorkMapWorld.ON;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.participation.finding.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapsTest {

  private static final ObjectiveGap O2_GAP = new ObjectiveGap(O2, Region.WALES, Set.of(Region.WALES), ON);
  private static final ObjectiveGap O3_GAP = new ObjectiveGap(O3, Region.WALES, Set.of(Region.WALES), ON);
  private static final AgeBandGap BAND_GAP = new AgeBandGap(AgeBand.AGE_0_TO_5, Region.WALES, Set.of(Region.WALES), ON);

  @Test
  void findingsListObjectiveGapsThenBandGaps() {
    Gaps gaps = new Gaps(Region.WALES, ON, List.of(O2_GAP, O3_GAP), List.of(BAND_GAP));
    assertThat(gaps.isEmpty()).isFalse();
    assertThat(gaps.findings()).extracting(Finding::rule)
        .containsExactly(WorkMapRules.OBJECTIVE_GAP, WorkMapRules.OBJECTIVE_GAP, WorkMapRules.AGE_BAND_GAP);
    assertThat(gaps.findings()).containsExactly(O2_GAP.finding(), O3_GAP.finding(), BAND_GAP.finding());
  }

  @Test
  void isEmptyOnlyWithNoGapOfEitherKind() {
    assertThat(new Gaps(Region.WALES, ON, List.of(), List.of()).isEmpty()).isTrue();
    assertThat(new Gaps(Region.WALES, ON, List.of(), List.of()).findings()).isEmpty();
    assertThat(new Gaps(Region.WALES, ON, List.of(O2_GAP), List.of()).isEmpty()).isFalse();
    assertThat(new Gaps(Region.WALES, ON, List.of(), List.of(BAND_GAP)).isEmpty()).isFalse();
  }

  @Test
  void refusesGapsOfAnotherRegionOrDate() {
    assertThat(rejectionOf(() -> new Gaps(Region.UK_WIDE, ON, List.of(O2_GAP), List.of())).field())
        .isEqualTo("gaps.objectives");
    assertThat(rejectionOf(() -> new Gaps(Region.WALES, ON.plusDays(1), List.of(O2_GAP), List.of())).field())
        .isEqualTo("gaps.objectives");
    assertThat(rejectionOf(() -> new Gaps(Region.UK_WIDE, ON, List.of(), List.of(BAND_GAP))).field())
        .isEqualTo("gaps.ageBands");
    assertThat(rejectionOf(() -> new Gaps(Region.WALES, ON.minusDays(1), List.of(), List.of(BAND_GAP))).field())
        .isEqualTo("gaps.ageBands");
  }
}
