package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ScaleIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ScaleId.parse("not-partly-met").toString()).isEqualTo("not-partly-met");
    assertThat(ScaleId.parse("not-partly-met").value()).isEqualTo("not-partly-met");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(ScaleId.parse("not-partly-met"), new ScaleId("not-partly-met"))
        .addEqualityGroup(ScaleId.parse("x-not-partly-met"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> ScaleId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("scaleId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> ScaleId.parse(null)).field()).isEqualTo("scaleId");
  }
}
