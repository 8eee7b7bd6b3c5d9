package io.coproduce.participation.joint;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.joint.JointWorld.BOTH;
import static io.coproduce.participation.joint.JointWorld.C1;
import static io.coproduce.participation.joint.JointWorld.C2;
import static io.coproduce.participation.joint.JointWorld.COALITION;
import static io.coproduce.participation.joint.JointWorld.COALITION_GROUP;
import static io.coproduce.participation.joint.JointWorld.COALITION_STEERING;
import static io.coproduce.participation.joint.JointWorld.OUTSIDER;
import static io.coproduce.participation.joint.JointWorld.P1;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipGroupTest {

  @Test
  void includesItselfAndItsMembersOnly() {
    assertThat(COALITION_GROUP.includes(COALITION)).isTrue();
    assertThat(COALITION_GROUP.includes(C1)).isTrue();
    assertThat(COALITION_GROUP.includes(P1)).isFalse();
    assertThat(COALITION_GROUP.includes(OUTSIDER)).isFalse();
  }

  @Test
  void acceptsAnOrganisationInBothGroupsAndTheGroupAmongItsOwnMembers() {
    assertThat(COALITION_GROUP.includes(BOTH)).isTrue();
    assertThat(PARTNERSHIP_GROUP.includes(BOTH)).isTrue();
    MembershipGroup self = MembershipGroup.of(COALITION, COALITION_STEERING.id(), List.of(COALITION));
    assertThat(self.includes(COALITION)).isTrue();
  }

  @Test
  void holdsMembersInIdOrder() {
    assertThat(MembershipGroup.of(COALITION, COALITION_STEERING.id(), List.of(C2, C1, C2)).members())
        .containsExactly(C1, C2);
  }

  @Test
  void refusesAGroupWithNoMembers() {
    var e = rejectionOf(() -> MembershipGroup.of(COALITION, COALITION_STEERING.id(), List.of()));
    assertThat(e.field()).isEqualTo("membershipGroup.members");
    assertThat(e.offendingValue()).contains("org-coalition");
  }

  @Test
  void describesItselfByIdsAndCounts() {
    assertThat(COALITION_GROUP.toString())
        .isEqualTo("MembershipGroup[org-coalition, steered by f-coal-steer, 3 members]");
  }
}
