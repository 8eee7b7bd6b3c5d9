package io.coproduce.reporting.report;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportIdTest {

  @Test
  void followsTheTableIdSyntax() {
    assertThat(ReportId.of("reach-and-equity")).hasToString("reach-and-equity");
  }

  @Test
  void refusesOtherTextUnderItsOwnField() {
    var e = rejectionOf(() -> ReportId.of("Reach_and_Equity"));

    assertThat(e.field()).isEqualTo("reportId");
    assertThat(e.rule()).startsWith("must be 1 to 64 lower-case letters");
    assertThat(e.offendingValue()).contains("Reach_and_Equity");
  }
}
