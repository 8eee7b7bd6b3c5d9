package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsableContributionTest {

  private static final PersonId YP = PersonId.parse("yp-1");
  private static final Contribution C = VoiceWorld.contribution("c-1", YP, YAG, NOW, Attribution.FIRST_NAME);
  private static final List<Reason> WHY = List.of(Reason.of("r", "because", VoiceRules.FALLBACK_SOURCE));

  @Test
  void carriesTheAttributionAllowed() {
    UsableContribution u = new UsableContribution(C,
        new AttributionDecision(YP, Attribution.FIRST_NAME, NOW, Attribution.ANONYMOUS, WHY));
    assertThat(u.attribution()).isEqualTo(Attribution.ANONYMOUS);
  }

  @Test
  void refusesADecisionAboutSomeoneElse() {
    AttributionDecision other = new AttributionDecision(PersonId.parse("yp-2"), Attribution.FIRST_NAME, NOW,
        Attribution.FIRST_NAME, WHY);
    assertThat(rejectionOf(() -> new UsableContribution(C, other)).field()).isEqualTo("usableContribution.decision");
  }

  @Test
  void refusesADecisionThatDoesNotAllowQuoting() {
    AttributionDecision none = new AttributionDecision(YP, Attribution.FIRST_NAME, NOW, null, WHY);
    assertThat(rejectionOf(() -> new UsableContribution(C, none)).field()).isEqualTo("usableContribution.decision");
  }
}
