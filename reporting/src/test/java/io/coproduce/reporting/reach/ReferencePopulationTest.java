package io.coproduce.reporting.reach;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.aggregate.Period;
import org.junit.jupiter.api.Test;

class ReferencePopulationTest {
  private static final RuleSource CENSUS = RuleSource.guidance("ONS Census 2021");

  @Test
  void holdsSharesPerDimension() {
    ReferencePopulation p = ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.4)
        .share(Dimension.AGE_BAND, AgeBand.AGE_6_TO_9, 0.6)
        .build();
    assertThat(p.share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5)).hasValue(0.4);
    assertThat(p.share(Dimension.AGE_BAND, AgeBand.AGE_10_TO_12)).isEmpty();
    assertThat(p.share(Dimension.LAYER, AgeBand.AGE_0_TO_5)).isEmpty();
    assertThat(p.groups(Dimension.AGE_BAND)).containsExactlyInAnyOrder(AgeBand.AGE_0_TO_5, AgeBand.AGE_6_TO_9);
    assertThat(p.groups(Dimension.LAYER)).isEmpty();
    assertThat(p.source()).isEqualTo(CENSUS);
    // Shares may add up to less than 1 (groups the host has no figure for), and to 1 with rounding.
    ReferencePopulation.builder(CENSUS).share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.3333334)
        .share(Dimension.AGE_BAND, AgeBand.AGE_6_TO_9, 0.3333334)
        .share(Dimension.AGE_BAND, AgeBand.AGE_10_TO_12, 0.3333334).build();
  }

  @Test
  void refusesBadShares() {
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 1.01)).field()).isEqualTo("referencePopulation.share");
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, -0.01)).field()).isEqualTo("referencePopulation.share");
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, Double.NaN)).field()).isEqualTo("referencePopulation.share");
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.1)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.1)).field()).isEqualTo("referencePopulation.share");
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.PERIOD, Period.parse("2026"), 0.1)).field()).isEqualTo("referencePopulation.dimension");
    assertThat(rejectionOf(() -> ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.6)
        .share(Dimension.AGE_BAND, AgeBand.AGE_6_TO_9, 0.41).build()).field()).isEqualTo("referencePopulation.share");
    ReferencePopulation.builder(CENSUS).share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 1.0).build();
    ReferencePopulation.builder(CENSUS).share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.0).build();
  }
}
