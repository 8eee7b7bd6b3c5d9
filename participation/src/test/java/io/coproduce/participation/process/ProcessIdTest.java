package io.coproduce.participation.process;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProcessIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ProcessId.parse("proc-2026.strategy").toString()).isEqualTo("proc-2026.strategy");
    assertThat(ProcessId.parse(ProcessId.random(new SplittableRandom(3)).toString()))
        .isEqualTo(ProcessId.random(new SplittableRandom(3)));
  }

  @Test
  void refusesTextThatIsNotAnId() {
    assertThat(rejectionOf(() -> ProcessId.parse("a strategy")).field()).isEqualTo("processId");
  }
}
