package io.coproduce.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoreWalkthroughTest {

  private static String print(LocalDate date) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CoreWalkthrough.on(date).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void walksThroughAgesResponsibilityAndReadingLevel() {
    assertThat(print(CoreWalkthrough.DEFAULT_DATE)).containsSubsequence("on 2026-11-23", "1. Ages and age bands",
        "2. Who holds parental responsibility, and why", "3. Does the information sheet read at the right level?");
    assertThat(CoreWalkthrough.on(CoreWalkthrough.DEFAULT_DATE).date()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aDateBeforeSomeoneWasBornIsRefused() {
    assertThatThrownBy(() -> print(LocalDate.of(2005, 1, 1))).isInstanceOf(InvalidInputException.class);
  }
}
