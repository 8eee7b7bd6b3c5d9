package io.coproduce.reporting.aggregate;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayHistogramTest {

  @Test
  void theMedianIsExact() {
    DayHistogram h = new DayHistogram();
    assertThat(h.median()).isEmpty();
    h.add(5);
    assertThat(h.median()).hasValue(5.0);
    h.add(8);
    assertThat(h.median()).hasValue(6.5);
    h.add(100);
    assertThat(h.median()).hasValue(8.0);
    h.add(0);
    assertThat(h.median()).hasValue(6.5);
    assertThat(h.count()).isEqualTo(4);
    assertThat(h.count(100)).isEqualTo(1);
    assertThat(h.count(101)).isZero();
    assertThat(h.count(-1)).isZero();
  }

  @Test
  void mergesAndCompares() {
    DayHistogram a = new DayHistogram();
    DayHistogram b = new DayHistogram();
    a.add(1);
    b.add(200);
    b.add(1);
    DayHistogram c = new DayHistogram();
    c.add(200);
    c.add(1);
    c.add(1);
    assertThat(a.merge(b)).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(new DayHistogram().merge(c)).isEqualTo(c);
    assertThat(c).isNotEqualTo(b).isNotEqualTo("x");
    DayHistogram sameCountOtherValues = new DayHistogram();
    sameCountOtherValues.add(2);
    sameCountOtherValues.add(1);
    sameCountOtherValues.add(1);
    assertThat(c).isNotEqualTo(sameCountOtherValues);
    assertThat(c).hasToString("DayHistogram[3 values]");
    assertThat(rejectionOf(() -> c.add(-1)).field()).isEqualTo("days");
    assertThat(rejectionOf(() -> c.merge(c)).field()).isEqualTo("merge.other");
  }
}
