package io.coproduce.participation.voice;

import static io.coproduce.participation.voice.VoiceWorld.EASY;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static io.coproduce.participation.voice.VoiceWorld.young;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.core.person.Person;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null checks for the package's public API, and the equality contracts of its values. */
class PackageSanityTest {

  private static final Person YP = young("yp-1", 15);

  private static NullPointerTester tester() {
    VoiceWorld w = new VoiceWorld();
    return new NullPointerTester()
        .setDefault(Person.class, YP)
        .setDefault(io.coproduce.core.id.PersonId.class, YP.id())
        .setDefault(ConsentGate.class, w.gate())
        .setDefault(AttributionCheck.class, w.check())
        .setDefault(Instant.class, NOW)
        .setDefault(ZoneId.class, VoiceWorld.LONDON)
        .setDefault(Duration.class, Duration.ofDays(1))
        .setDefault(ContributionId.class, cid("c-1"))
        .setDefault(DecisionId.class, VoiceWorld.did("d-1"))
        .setDefault(ForumId.class, YAG)
        .setDefault(SessionId.class, VoiceWorld.WORKSHOP)
        .setDefault(String.class, "commissioner")
        .setDefault(Contribution.class, VoiceWorld.idea("c-1", YP, NOW))
        .setDefault(FeedbackPolicy.class, FeedbackPolicy.defaults())
        .setDefault(FeedbackPolicies.class, FeedbackPolicies.defaults())
        .setDefault(DecisionMaker.class, DecisionMaker.forum(YAG))
        .setDefault(io.coproduce.core.rule.RuleSource.class, VoiceRules.FALLBACK_SOURCE)
        .setDefault(io.coproduce.core.readability.ReadingLevel.class, io.coproduce.core.readability.ReadingLevel.of(EASY));
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Contribution.class, Decision.class, DecisionMaker.class, Feedback.class,
        FeedbackPolicy.class, FeedbackPolicies.class, AttributionCheck.class, VoiceRecord.class)) {
      t.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester t = tester();
    VoiceRecord record = VoiceRecord.empty().withContribution(VoiceWorld.idea("c-1", YP, NOW))
        .withFeedback(Feedback.of(cid("c-1"), NOW, EASY));
    t.testAllPublicInstanceMethods(record);
    t.testAllPublicInstanceMethods(new VoiceWorld().check());
    t.testAllPublicInstanceMethods(FeedbackPolicies.defaults().with(YAG, FeedbackPolicy.defaults()));
    t.testAllPublicInstanceMethods(FeedbackPolicy.defaults());
    t.testAllPublicInstanceMethods(VoiceWorld.idea("c-1", YP, NOW));
    t.testAllPublicInstanceMethods(VoiceWorld.decision("d-1", NOW, "c-1"));
    t.testAllPublicInstanceMethods(Feedback.of(cid("c-1"), NOW, EASY));
  }

  @Test
  void valuesAreEqualExactlyWhenTheirComponentsAre() {
    new EqualsTester()
        .addEqualityGroup(Feedback.of(cid("c-1"), NOW, EASY), Feedback.of(cid("c-1"), NOW, "We got it. Thank you!"))
        .addEqualityGroup(Feedback.of(cid("c-1"), NOW.plusSeconds(1), EASY))
        .addEqualityGroup(Feedback.reporting(cid("c-1"), NOW, VoiceWorld.did("d-1"), EASY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DecisionMaker.role("board"), DecisionMaker.role("board"))
        .addEqualityGroup(DecisionMaker.forum(YAG))
        .testEquals();
  }
}
