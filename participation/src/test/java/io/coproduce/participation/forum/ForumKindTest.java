package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ForumKindTest {

  @Test
  void labelsAreDistinctAndReadable() {
    assertThat(Arrays.stream(ForumKind.values()).map(ForumKind::label))
        .doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank().isLowerCase());
    assertThat(ForumKind.YOUTH_ADVISORY_GROUP.label()).isEqualTo("youth advisory group");
  }

  @Test
  void coversTheForumsOfMultiLayeredCoProduction() {
    assertThat(ForumKind.values()).contains(ForumKind.YOUTH_ADVISORY_GROUP, ForumKind.STEERING_GROUP,
        ForumKind.PANEL, ForumKind.BOARD, ForumKind.REFERENCE_GROUP);
  }
}
