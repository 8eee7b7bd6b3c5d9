package io.coproduce.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import org.junit.jupiter.api.Test;

class GroupTest {

  @Test
  void ordersValueByValueWithEnumsInTheirOwnOrder() {
    Group young = Group.of(Layer.SERVICE, AgeBand.AGE_6_TO_9);
    Group older = Group.of(Layer.SERVICE, AgeBand.AGE_13_TO_15);
    assertThat(young.compareTo(older)).isNegative();
    assertThat(older.compareTo(young)).isPositive();
    assertThat(young.compareTo(Group.of(Layer.SERVICE, AgeBand.AGE_6_TO_9))).isZero();
    assertThat(Group.of(Layer.SERVICE).compareTo(young)).isNegative();
    assertThat(young.compareTo(Group.of(Layer.SERVICE))).isPositive();
    // Values of different types fall back to their text.
    assertThat(Group.of(OrganisationId.parse("a")).compareTo(Group.of(Layer.SERVICE))).isPositive();
    assertThat(young.value(1)).isEqualTo(AgeBand.AGE_6_TO_9);
    assertThat(young).hasToString("[SERVICE, 6-9]");
  }

  @Test
  void totalsAddUpKinds() {
    GroupTotals t = new GroupTotals(Group.of(), 1, 2, 4, 3);
    assertThat(t.events()).isEqualTo(7);
    assertThat(t.events(ActivityKind.TOOK_PART)).isEqualTo(1);
    assertThat(t.events(ActivityKind.CONTRIBUTED)).isEqualTo(2);
    assertThat(t.events(ActivityKind.HEARD_BACK)).isEqualTo(4);
    for (long[] bad : new long[][] {{-1, 0, 0, 0}, {0, -1, 0, 0}, {0, 0, -1, 0}, {0, 0, 0, -1}}) {
      assertThat(io.coproduce.reporting.Rejections.rejectionOf(
          () -> new GroupTotals(Group.of(), bad[0], bad[1], bad[2], bad[3])).field()).isEqualTo("groupTotals");
    }
    Aggregate a = new Aggregate(Grouping.by(), java.util.List.of(t));
    assertThat(a.find(Group.of())).contains(t);
    assertThat(a.find(Group.of(Layer.SERVICE))).isEmpty();
    assertThat(a.events(ActivityKind.HEARD_BACK)).isEqualTo(4);
  }
}
