package io.coproduce.participation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessKindTest {

  @Test
  void aJointConsultationResponseNeedsTwoOwners() {
    assertThat(ProcessKind.JOINT_CONSULTATION_RESPONSE.minimumOwners()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(value = ProcessKind.class, names = "JOINT_CONSULTATION_RESPONSE", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherKindNeedsOne(ProcessKind kind) {
    assertThat(kind.minimumOwners()).isEqualTo(1);
  }

  @Test
  void labelsAreDistinctAndReadable() {
    assertThat(Arrays.stream(ProcessKind.values()).map(ProcessKind::label))
        .doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank().isLowerCase());
    assertThat(ProcessKind.SERVICE_REDESIGN.label()).isEqualTo("service redesign");
  }
}
