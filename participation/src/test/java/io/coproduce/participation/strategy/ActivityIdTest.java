package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ActivityIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ActivityId.parse("act-2026-014").toString()).isEqualTo("act-2026-014");
    assertThat(ActivityId.parse("act-2026-014").value()).isEqualTo("act-2026-014");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(ActivityId.parse("act-2026-014"), new ActivityId("act-2026-014"))
        .addEqualityGroup(ActivityId.parse("x-act-2026-014"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> ActivityId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("activityId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> ActivityId.parse(null)).field()).isEqualTo("activityId");
  }
}
