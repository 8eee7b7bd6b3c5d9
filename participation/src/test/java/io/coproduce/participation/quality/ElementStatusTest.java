package io.coproduce.participation.quality;

import static io.coproduce.participation.quality.ElementStatus.MET;
import static io.coproduce.participation.quality.ElementStatus.NOT_MET;
import static io.coproduce.participation.quality.ElementStatus.PARTLY_MET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementStatusTest {

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
      "NOT_MET, NOT_MET, true, NOT_MET",
      "NOT_MET, PARTLY_MET, false, NOT_MET",
      "NOT_MET, MET, false, NOT_MET",
      "PARTLY_MET, NOT_MET, true, NOT_MET",
      "PARTLY_MET, PARTLY_MET, true, PARTLY_MET",
      "PARTLY_MET, MET, false, PARTLY_MET",
      "MET, NOT_MET, true, NOT_MET",
      "MET, PARTLY_MET, true, PARTLY_MET",
      "MET, MET, true, MET"})
  void comparesAlongTheScale(ElementStatus a, ElementStatus b, boolean atLeast, ElementStatus lower) {
    assertThat(a.isAtLeast(b)).isEqualTo(atLeast);
    assertThat(a.min(b)).isEqualTo(lower);
    assertThat(b.min(a)).isEqualTo(lower);
  }

  @Test
  void labelsReadAsWords() {
    assertThat(NOT_MET.label()).isEqualTo("not met");
    assertThat(PARTLY_MET.label()).isEqualTo("partly met");
    assertThat(MET.label()).isEqualTo("met");
  }
}
