package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class FrameworkIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(FrameworkId.parse("lundy").toString()).isEqualTo("lundy");
    assertThat(FrameworkId.parse("lundy").value()).isEqualTo("lundy");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(FrameworkId.parse("lundy"), new FrameworkId("lundy"))
        .addEqualityGroup(FrameworkId.parse("x-lundy"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> FrameworkId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("frameworkId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> FrameworkId.parse(null)).field()).isEqualTo("frameworkId");
  }
}
