package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AimIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(AimId.parse("aim-1").toString()).isEqualTo("aim-1");
    assertThat(AimId.parse("aim-1").value()).isEqualTo("aim-1");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(AimId.parse("aim-1"), new AimId("aim-1"))
        .addEqualityGroup(AimId.parse("x-aim-1"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> AimId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("aimId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> AimId.parse(null)).field()).isEqualTo("aimId");
  }
}
