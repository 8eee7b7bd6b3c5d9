package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionDecisionTest {

  private static final PersonId YP = PersonId.parse("yp-1");
  private static final List<Reason> WHY =
      List.of(Reason.of("r", "because", VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE));

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "NAMED,NAMED,AS_PREFERRED,true", "NAMED,ANONYMOUS,ANONYMOUS_FALLBACK,true", "NAMED,none,NOT_QUOTABLE,false",
      "ANONYMOUS,ANONYMOUS,AS_PREFERRED,true", "ANONYMOUS,none,NOT_QUOTABLE,false",
      "CHOSEN_NAME,ANONYMOUS,ANONYMOUS_FALLBACK,true"})
  void theOutcomeFollowsFromTheAttributionAllowed(Attribution preferred, Attribution allowed,
      AttributionOutcome outcome, boolean quotable) {
    AttributionDecision d = new AttributionDecision(YP, preferred, NOW, allowed, WHY);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.quotable()).isEqualTo(quotable);
    assertThat(d.usable().orElse(null)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"NAMED,FIRST_NAME", "FIRST_NAME,CHOSEN_NAME", "CHOSEN_NAME,FIRST_NAME", "ANONYMOUS,NAMED"})
  void neverAllowsAnotherName(Attribution preferred, Attribution allowed) {
    assertThat(rejectionOf(() -> new AttributionDecision(YP, preferred, NOW, allowed, WHY)).field())
        .isEqualTo("attributionDecision.attribution");
  }

  @Test
  void alwaysGivesAReason() {
    assertThat(rejectionOf(() -> new AttributionDecision(YP, Attribution.NAMED, NOW, null, List.of())).field())
        .isEqualTo("attributionDecision.reasons");
  }
}
