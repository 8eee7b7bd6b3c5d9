package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class EnablerIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(EnablerId.parse("aim-1.en-3").toString()).isEqualTo("aim-1.en-3");
    assertThat(EnablerId.parse("aim-1.en-3").value()).isEqualTo("aim-1.en-3");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(EnablerId.parse("aim-1.en-3"), new EnablerId("aim-1.en-3"))
        .addEqualityGroup(EnablerId.parse("x-aim-1.en-3"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> EnablerId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("enablerId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> EnablerId.parse(null)).field()).isEqualTo("enablerId");
  }
}
