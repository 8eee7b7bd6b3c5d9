package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvidenceIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(EvidenceId.parse("doc-minutes.2026_03").toString()).isEqualTo("doc-minutes.2026_03");
    assertThat(EvidenceId.parse(EvidenceId.random(new SplittableRandom(3)).toString()))
        .isEqualTo(EvidenceId.random(new SplittableRandom(3)));
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> EvidenceId.parse("notes about Sam"));
    assertThat(e.field()).isEqualTo("evidenceId");
    assertThat(e.getMessage()).doesNotContain("Sam");
  }
}
