package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkstreamIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(WorkstreamId.parse("ws-schools.north_1").toString()).isEqualTo("ws-schools.north_1");
    assertThat(WorkstreamId.parse(WorkstreamId.random(new SplittableRandom(3)).toString()))
        .isEqualTo(WorkstreamId.random(new SplittableRandom(3)));
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> WorkstreamId.parse("Sam's project"));
    assertThat(e.field()).isEqualTo("workstreamId");
    assertThat(e.getMessage()).doesNotContain("Sam");
  }
}
