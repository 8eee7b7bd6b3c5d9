package io.coproduce.participation.joint;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JointAreaIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(JointAreaId.parse("ja-green-paper").toString()).isEqualTo("ja-green-paper");
    assertThat(JointAreaId.parse(JointAreaId.random(new SplittableRandom(5)).toString()))
        .isEqualTo(JointAreaId.random(new SplittableRandom(5)));
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> JointAreaId.parse("Jo's area"));
    assertThat(e.field()).isEqualTo("jointAreaId");
    assertThat(e.getMessage()).doesNotContain("Jo");
  }
}
