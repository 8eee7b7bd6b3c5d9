package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LevelIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(LevelId.parse("partly-met").toString()).isEqualTo("partly-met");
    assertThat(LevelId.parse("partly-met").value()).isEqualTo("partly-met");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(LevelId.parse("partly-met"), new LevelId("partly-met"))
        .addEqualityGroup(LevelId.parse("x-partly-met"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> LevelId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("levelId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> LevelId.parse(null)).field()).isEqualTo("levelId");
  }
}
