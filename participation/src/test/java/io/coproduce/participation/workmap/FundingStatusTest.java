package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingStatusTest {

  @ParameterizedTest
  @CsvSource({"FUNDED, false, funded", "PART_FUNDED, true, part-funded", "UNFUNDED, true, unfunded",
      "SEEKING_FUNDING, true, seeking funding"})
  void onlyFullyFundedWorkNeedsNoMoney(FundingStatus status, boolean needs, String label) {
    assertThat(status.needsFunding()).isEqualTo(needs);
    assertThat(status.label()).isEqualTo(label);
  }

  @Test
  void thereAreFourStatuses() {
    assertThat(FundingStatus.values()).hasSize(4);
    assertThat(Arrays.stream(FundingStatus.values()).map(FundingStatus::label)).doesNotHaveDuplicates();
  }
}
