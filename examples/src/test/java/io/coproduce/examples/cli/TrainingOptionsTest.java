package io.coproduce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingOptionsTest {

  @Test
  void defaultsAreTheReadmeRun() {
    TrainingOptions d = TrainingOptions.defaults();

    assertThat(d.out()).isEqualTo(Path.of("target/coproduce-training"));
    assertThat(d.seed()).isEqualTo(TrainingOptions.DEFAULT_SEED);
    assertThat(d.size()).isEqualTo(TrainingSize.DEFAULT);
  }

  @Test
  void refusesMissingParts() {
    assertThatThrownBy(() -> new TrainingOptions(null, 1, TrainingSize.DEFAULT)).hasMessage("out");
    assertThatThrownBy(() -> new TrainingOptions(Path.of("x"), 1, null)).hasMessage("size");
  }
}
