package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ObjectiveIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ObjectiveId.parse("aim-1.obj-2").toString()).isEqualTo("aim-1.obj-2");
    assertThat(ObjectiveId.parse("aim-1.obj-2").value()).isEqualTo("aim-1.obj-2");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(ObjectiveId.parse("aim-1.obj-2"), new ObjectiveId("aim-1.obj-2"))
        .addEqualityGroup(ObjectiveId.parse("x-aim-1.obj-2"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> ObjectiveId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("objectiveId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> ObjectiveId.parse(null)).field()).isEqualTo("objectiveId");
  }
}
