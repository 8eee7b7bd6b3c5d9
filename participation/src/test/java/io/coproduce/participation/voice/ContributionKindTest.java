package io.coproduce.participation.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContributionKindTest {

  @Test
  void theKindsAreTheClosedSetTheIssueNames() {
    assertThat(ContributionKind.values()).containsExactly(ContributionKind.IDEA, ContributionKind.PRIORITY,
        ContributionKind.CONCERN, ContributionKind.FEEDBACK, ContributionKind.VOTE);
  }
}
