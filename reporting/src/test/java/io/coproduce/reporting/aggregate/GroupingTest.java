package io.coproduce.reporting.aggregate;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingTest {

  @Test
  void buildsGroupings() {
    assertThat(Grouping.by(Dimension.LAYER)).isEqualTo(new Grouping(List.of(Dimension.LAYER), null, true));
    assertThat(Grouping.by(Dimension.LAYER).withoutDistinctPeople().distinctPeople()).isFalse();
    assertThat(Grouping.byPeriod(PeriodUnit.MONTH, Dimension.LAYER).dimensions())
        .containsExactly(Dimension.PERIOD, Dimension.LAYER);
    assertThat(Grouping.by(Dimension.ORGANISATION, Dimension.LAYER, Dimension.FORUM, Dimension.PROCESS)
        .dimensions()).hasSize(Grouping.MAX_DIMENSIONS);
    assertThat(Grouping.by().aggregator().grouping()).isEqualTo(Grouping.by());
  }

  @Test
  void refusesBadGroupings() {
    assertThat(rejectionOf(() -> Grouping.by(Dimension.ORGANISATION, Dimension.LAYER, Dimension.FORUM,
        Dimension.PROCESS, Dimension.AGE_BAND)).field()).isEqualTo("grouping.dimensions");
    assertThat(rejectionOf(() -> Grouping.by(Dimension.LAYER, Dimension.LAYER)).field())
        .isEqualTo("grouping.dimensions");
    assertThat(rejectionOf(() -> Grouping.by(Dimension.PERIOD)).field()).isEqualTo("grouping.periodUnit");
    assertThat(rejectionOf(() -> new Grouping(List.of(Dimension.LAYER), PeriodUnit.WEEK, true)).field())
        .isEqualTo("grouping.periodUnit");
  }
}
