package io.coproduce.participation.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;

/**
 * Any bytes given to {@link Frameworks#read} give a framework or the documented {@link
 * InvalidInputException} naming a path under {@code framework} (never another exception), and an
 * accepted framework keeps its own rules. In the normal build this replays the inputs under
 * {@code src/test/resources/io/coproduce/participation/framework/FrameworksFuzzTestInputs/}; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class FrameworksFuzzTest {

  @FuzzTest
  void anyBytesReadToAFrameworkOrAreRefused(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Framework f;
    try {
      f = Frameworks.read(new ByteArrayInputStream(bytes));
    } catch (InvalidInputException e) {
      assertThat(e.field()).startsWith("framework");
      return;
    }
    assertThat(f.elements()).isNotEmpty();
    for (Question q : f.questions()) {
      assertThat(f.scale(q.scale())).isPresent();
      assertThat(f.elementOf(q.id())).isPresent();
    }
    assertThat(Frameworks.read(new ByteArrayInputStream(bytes))).isEqualTo(f);
  }
}
