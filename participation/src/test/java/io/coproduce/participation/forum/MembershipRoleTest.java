package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MembershipRoleTest {

  @ParameterizedTest
  @CsvSource({
      "MEMBER, true", "CHAIR, true", "CO_CHAIR, true", "YOUTH_REPRESENTATIVE, true", "LIAISON, true",
      "FACILITATOR, false", "OBSERVER, false"})
  void onlyRolesThatTakePartInDecisionsCarryVoice(MembershipRole role, boolean voice) {
    assertThat(role.carriesVoice()).isEqualTo(voice);
  }

  @Test
  void labelsAreDistinctAndReadable() {
    assertThat(Arrays.stream(MembershipRole.values()).map(MembershipRole::label))
        .doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank().isLowerCase());
    assertThat(MembershipRole.CO_CHAIR.label()).isEqualTo("co-chair");
  }
}
