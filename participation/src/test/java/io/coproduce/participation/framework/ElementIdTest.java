package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ElementIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ElementId.parse("space").toString()).isEqualTo("space");
    assertThat(ElementId.parse("space").value()).isEqualTo("space");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(ElementId.parse("space"), new ElementId("space"))
        .addEqualityGroup(ElementId.parse("x-space"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> ElementId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("elementId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> ElementId.parse(null)).field()).isEqualTo("elementId");
  }
}
