package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PlanIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(PlanId.parse("cypmhc-strategic-plan").toString()).isEqualTo("cypmhc-strategic-plan");
    assertThat(PlanId.parse("cypmhc-strategic-plan").value()).isEqualTo("cypmhc-strategic-plan");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(PlanId.parse("cypmhc-strategic-plan"), new PlanId("cypmhc-strategic-plan"))
        .addEqualityGroup(PlanId.parse("x-cypmhc-strategic-plan"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> PlanId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("planId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> PlanId.parse(null)).field()).isEqualTo("planId");
  }
}
