package io.coproduce.participation.joint;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource.Kind;
import org.junit.jupiter.api.Test;

class JointRulesTest {

  @Test
  void reciprocalLiaisonIsALibraryDefaultDrawnFromTheReview() {
    assertThat(JointRules.LIAISON_SOURCE.kind()).isEqualTo(Kind.LIBRARY_DEFAULT);
    assertThat(JointRules.LIAISON_SOURCE.citation()).contains("Reciprocal liaison", "steering group", "2019");
  }

  @Test
  void jointOwnershipIsALibraryDefaultSayingWhyOneOrganisationIsNotEnough() {
    assertThat(JointRules.RESPONSE_SOURCE.kind()).isEqualTo(Kind.LIBRARY_DEFAULT);
    assertThat(JointRules.RESPONSE_SOURCE.citation()).contains("different organisation",
        "belongs to both groups does not make a response joint");
  }

  @Test
  void ruleNamesAreDistinctAndUnderJoint() {
    assertThat(JointRules.LIAISON_MISSING).isNotEqualTo(JointRules.RESPONSE_NOT_JOINT).startsWith("joint.");
    assertThat(JointRules.RESPONSE_NOT_JOINT).startsWith("joint.");
  }
}
