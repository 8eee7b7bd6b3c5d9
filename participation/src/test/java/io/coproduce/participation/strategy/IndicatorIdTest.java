package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IndicatorIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(IndicatorId.parse("aim-2.ind-1").toString()).isEqualTo("aim-2.ind-1");
    assertThat(IndicatorId.parse("aim-2.ind-1").value()).isEqualTo("aim-2.ind-1");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(IndicatorId.parse("aim-2.ind-1"), new IndicatorId("aim-2.ind-1"))
        .addEqualityGroup(IndicatorId.parse("x-aim-2.ind-1"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> IndicatorId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("indicatorId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> IndicatorId.parse(null)).field()).isEqualTo("indicatorId");
  }
}
