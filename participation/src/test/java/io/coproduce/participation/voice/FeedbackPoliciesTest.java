package io.coproduce.participation.voice;

import static io.coproduce.participation.voice.VoiceWorld.BOARD;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.WORKSHOP;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static io.coproduce.participation.voice.VoiceWorld.days;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.id.PersonId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackPoliciesTest {

  private static final FeedbackPolicy FORTNIGHT = FeedbackPolicy.organisation(Duration.ofDays(14), "YAG terms");
  private static final FeedbackPolicy WEEK = FeedbackPolicy.organisation(Duration.ofDays(7), "YAG terms v2");
  private static final FeedbackPolicy QUARTER = FeedbackPolicy.organisation(Duration.ofDays(90), "Board terms");

  @Test
  void everyForumHasTheDefaultUntilItSetsItsOwn() {
    FeedbackPolicies p = FeedbackPolicies.defaults();
    assertThat(p.fallback()).isEqualTo(FeedbackPolicy.defaults());
    assertThat(p.policyFor(YAG, NOW)).isEqualTo(FeedbackPolicy.defaults());
  }

  @Test
  void aForumsOwnPolicyAppliesToItAlone() {
    FeedbackPolicies p = FeedbackPolicies.defaults().with(YAG, FORTNIGHT);
    assertThat(p.policyFor(YAG, NOW)).isEqualTo(FORTNIGHT);
    assertThat(p.policyFor(YAG, Instant.MIN)).isEqualTo(FORTNIGHT);
    assertThat(p.policyFor(BOARD, NOW)).isEqualTo(FeedbackPolicy.defaults());
  }

  @Test
  void aContributionKeepsThePolicyItsForumHadWhenItWasMade() {
    FeedbackPolicies p = FeedbackPolicies.defaults().with(YAG, days(-10), FORTNIGHT).with(YAG, NOW, WEEK);
    assertThat(p.policyFor(YAG, days(-11))).isEqualTo(FeedbackPolicy.defaults());
    assertThat(p.policyFor(YAG, days(-10))).isEqualTo(FORTNIGHT);
    assertThat(p.policyFor(YAG, NOW.minusNanos(1))).isEqualTo(FORTNIGHT);
    assertThat(p.policyFor(YAG, NOW)).isEqualTo(WEEK);
    assertThat(p.policyFor(YAG, days(100))).isEqualTo(WEEK);
  }

  @Test
  void aPolicyFromTheSameInstantReplacesTheEarlierOne() {
    FeedbackPolicies p = FeedbackPolicies.defaults().with(YAG, NOW, FORTNIGHT).with(YAG, NOW, WEEK);
    assertThat(p.policyFor(YAG, NOW)).isEqualTo(WEEK);
    assertThat(p).isEqualTo(FeedbackPolicies.defaults().with(YAG, NOW, WEEK));
  }

  @Test
  void aSessionHeldForNoForumIsOwedFeedbackUnderTheFallback() {
    FeedbackPolicies p = FeedbackPolicies.of(QUARTER).with(YAG, FORTNIGHT);
    Contribution c = Contribution.inSession(cid("c-1"), ContributionKind.IDEA, PersonId.parse("yp-1"),
        WORKSHOP, NOW, Attribution.ANONYMOUS);
    assertThat(p.policyFor(c)).isEqualTo(QUARTER);
    assertThat(p.deadlineFor(c)).isEqualTo(days(90));
  }

  @Test
  void aContributionToAForumIsOwedFeedbackUnderItsPolicy() {
    FeedbackPolicies p = FeedbackPolicies.defaults().with(YAG, days(-1), FORTNIGHT);
    Contribution c = Contribution.inSessionOf(cid("c-1"), ContributionKind.IDEA, PersonId.parse("yp-1"),
        WORKSHOP, YAG, NOW, Attribution.ANONYMOUS);
    assertThat(p.policyFor(c)).isEqualTo(FORTNIGHT);
    assertThat(p.deadlineFor(c)).isEqualTo(days(14));
  }

  @Test
  void anotherFallbackLeavesForumPoliciesAlone() {
    FeedbackPolicies p = FeedbackPolicies.defaults().with(YAG, FORTNIGHT).withFallback(QUARTER);
    assertThat(p.fallback()).isEqualTo(QUARTER);
    assertThat(p.policyFor(YAG, NOW)).isEqualTo(FORTNIGHT);
    assertThat(p.policyFor(BOARD, NOW)).isEqualTo(QUARTER);
  }

  @Test
  void equalWhateverTheOrderPoliciesWereRecorded() {
    new EqualsTester()
        .addEqualityGroup(FeedbackPolicies.defaults(), FeedbackPolicies.of(FeedbackPolicy.defaults()))
        .addEqualityGroup(
            FeedbackPolicies.defaults().with(YAG, NOW, FORTNIGHT).with(BOARD, QUARTER),
            FeedbackPolicies.defaults().with(BOARD, QUARTER).with(YAG, NOW, FORTNIGHT))
        .addEqualityGroup(FeedbackPolicies.defaults().with(YAG, days(1), FORTNIGHT))
        .addEqualityGroup(FeedbackPolicies.of(QUARTER))
        .testEquals();
  }
}
