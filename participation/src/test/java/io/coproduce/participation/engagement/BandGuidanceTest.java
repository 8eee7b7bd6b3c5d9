package io.coproduce.participation.engagement;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.session.SessionMethod;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BandGuidanceTest {

  private static final RuleSource SRC = RuleSource.organisationPolicy("p");

  private static BandGuidance g(Set<SessionMethod> m, int minutes, ParentInvolvement p) {
    return BandGuidance.of(AgeBand.AGE_10_TO_12, m, Duration.ofMinutes(minutes), p, SRC);
  }

  @Test
  void isStricterWhenNarrowerShorterAndInvolvingParentsMore() {
    BandGuidance base = g(EnumSet.of(SessionMethod.WORKSHOP, SessionMethod.SURVEY), 60, ParentInvolvement.RECOMMENDED);

    assertThat(base.isAtLeastAsStrictAs(base)).isTrue();
    assertThat(g(EnumSet.of(SessionMethod.WORKSHOP), 60, ParentInvolvement.RECOMMENDED).isAtLeastAsStrictAs(base)).isTrue();
    assertThat(g(EnumSet.of(SessionMethod.WORKSHOP), 59, ParentInvolvement.REQUIRED).isAtLeastAsStrictAs(base)).isTrue();
    assertThat(g(EnumSet.of(SessionMethod.CREATIVE), 60, ParentInvolvement.RECOMMENDED).isAtLeastAsStrictAs(base)).isFalse();
    assertThat(g(EnumSet.of(SessionMethod.WORKSHOP), 61, ParentInvolvement.RECOMMENDED).isAtLeastAsStrictAs(base)).isFalse();
    assertThat(g(EnumSet.of(SessionMethod.WORKSHOP), 60, ParentInvolvement.NOT_NEEDED).isAtLeastAsStrictAs(base)).isFalse();
  }

  @Test
  void refusesNoMethodsAndImplausibleLengths() {
    assertThat(rejectionOf(() -> g(Set.of(), 60, ParentInvolvement.NOT_NEEDED)).field()).isEqualTo("bandGuidance.methods");
    assertThat(rejectionOf(() -> g(Set.of(SessionMethod.SURVEY), 9, ParentInvolvement.NOT_NEEDED)).field())
        .isEqualTo("bandGuidance.longestSession");
    assertThat(rejectionOf(() -> g(Set.of(SessionMethod.SURVEY), 481, ParentInvolvement.NOT_NEEDED)).field())
        .isEqualTo("bandGuidance.longestSession");
    assertThat(g(Set.of(SessionMethod.SURVEY), 10, ParentInvolvement.NOT_NEEDED).longestSession()).hasMinutes(10);
    assertThat(g(Set.of(SessionMethod.SURVEY), 480, ParentInvolvement.NOT_NEEDED).longestSession()).hasHours(8);
  }

  @Test
  void parentInvolvementIsOrdered() {
    assertThat(ParentInvolvement.REQUIRED.isAtLeast(ParentInvolvement.RECOMMENDED)).isTrue();
    assertThat(ParentInvolvement.RECOMMENDED.isAtLeast(ParentInvolvement.RECOMMENDED)).isTrue();
    assertThat(ParentInvolvement.NOT_NEEDED.isAtLeast(ParentInvolvement.RECOMMENDED)).isFalse();
  }
}
