package io.coproduce.participation.joint;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.process.CoproductionProcess;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is outside input, so a null id text is reported as an
 * {@link io.coproduce.core.error.InvalidInputException} and is covered by {@link JointAreaIdTest};
 * a joint area's nullable last day (no planned end) is covered by {@link JointAreaTest}.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(OrganisationId.class, JointWorld.COALITION)
      .setDefault(ForumId.class, JointWorld.COALITION_STEERING.id())
      .setDefault(LocalDate.class, JointWorld.ON)
      .setDefault(JointAreaId.class, JointWorld.OFSTED.id())
      .setDefault(JointArea.class, JointWorld.OFSTED)
      .setDefault(MembershipGroup.class, JointWorld.COALITION_GROUP)
      .setDefault(ForumNetwork.class, JointWorld.reciprocal())
      .setDefault(CoproductionProcess.class, JointWorld.response("resp-1", Set.of(JointWorld.C1, JointWorld.P1)));

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(MembershipGroup.class);
    tester.testAllPublicStaticMethods(JointArea.class);
    tester.testAllPublicStaticMethods(JointArrangement.class);
  }

  @Test
  void constructorsRejectNull() {
    tester.testAllPublicConstructors(MembershipGroup.class);
    tester.testAllPublicConstructors(JointArrangement.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    tester.testAllPublicInstanceMethods(JointWorld.COALITION_GROUP);
    tester.testAllPublicInstanceMethods(JointWorld.OFSTED);
    tester.testAllPublicInstanceMethods(JointWorld.arrangement());
  }

  @Test
  void collectionsOfNullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> MembershipGroup.of(JointWorld.COALITION,
        JointWorld.COALITION_STEERING.id(), Arrays.asList(JointWorld.C1, null)));
    assertThatNullPointerException().isThrownBy(() -> new JointArrangement(JointWorld.COALITION_GROUP,
        JointWorld.PARTNERSHIP_GROUP, Arrays.asList(JointWorld.OFSTED, null), List.of()));
    assertThatNullPointerException().isThrownBy(() -> new JointArrangement(JointWorld.COALITION_GROUP,
        JointWorld.PARTNERSHIP_GROUP, List.of(), Arrays.asList((CoproductionProcess) null)));
  }
}
