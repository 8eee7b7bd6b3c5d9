package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WorkstreamMethodTest {

  @Test
  void labelsAreDistinctAndReadable() {
    assertThat(Arrays.stream(WorkstreamMethod.values()).map(WorkstreamMethod::label)).doesNotHaveDuplicates()
        .allMatch(l -> !l.isBlank() && l.equals(l.toLowerCase(java.util.Locale.ROOT)));
    assertThat(WorkstreamMethod.PEER_RESEARCH.label()).isEqualTo("peer research");
    assertThat(WorkstreamMethod.CONVENING.label()).isEqualTo("convening and networks");
  }
}
