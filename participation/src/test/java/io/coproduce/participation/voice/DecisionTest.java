package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static io.coproduce.participation.voice.VoiceWorld.did;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadingLevel;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTest {

  private static final DecisionMaker BOARD = DecisionMaker.role("trust-board");

  static Stream<Arguments> invalidDecisions() {
    return Stream.of(
        Arguments.of("", List.of(), "decision.reason"),
        Arguments.of("   ", List.of(), "decision.reason"),
        Arguments.of("?! ... --", List.of(), "decision.reason"),
        Arguments.of("We agreed.", List.of(cid("c-1"), cid("c-1")), "decision.informedBy"));
  }

  @ParameterizedTest
  @MethodSource("invalidDecisions")
  void refusesABlankReasonOrARepeatedContribution(String reason, List<ContributionId> cited, String field) {
    InvalidInputException e = rejectionOf(() ->
        Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.DECLINED, reason, cited));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.offendingValue()).contains("d-1");
  }

  @Test
  void theCanonicalConstructorAlsoRefusesABlankReason() {
    assertThat(rejectionOf(() -> new Decision(did("d-1"), BOARD, NOW, DecisionOutcome.ADOPTED, "\t", Set.of()))
        .field()).isEqualTo("decision.reason");
  }

  @Test
  void errorsNeverShowTheReasonText() {
    InvalidInputException e = rejectionOf(() ->
        Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADOPTED, "Yes.", List.of(cid("c-9"), cid("c-9"))));
    assertThat(e.getMessage()).doesNotContain("Yes.");
  }

  @Test
  void acceptsAReasonInAnyScriptOrOfDigitsOnly() {
    assertThat(Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADOPTED, "Rydym yn cytuno", List.of())
        .reason()).isEqualTo("Rydym yn cytuno");
    assertThat(Decision.of(did("d-2"), BOARD, NOW, DecisionOutcome.ADOPTED, "\uD835\uDC00", List.of())).isNotNull();
    assertThat(Decision.of(did("d-3"), BOARD, NOW, DecisionOutcome.ADOPTED, "... 2027", List.of())).isNotNull();
  }

  @Test
  void acceptsADecisionCitingNothing() {
    Decision d = Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.DEFERRED, "We need more time.", List.of());
    assertThat(d.informedBy()).isEmpty();
    assertThat(d.cites(cid("c-1"))).isFalse();
  }

  @Test
  void keepsTheCitedContributionsInIdOrder() {
    Decision d = Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADAPTED, "We changed it a bit.",
        List.of(cid("c-3"), cid("c-1"), cid("c-2")));
    assertThat(d.informedBy()).containsExactly(cid("c-1"), cid("c-2"), cid("c-3"));
    assertThat(d.cites(cid("c-2"))).isTrue();
    assertThat(d.cites(cid("c-4"))).isFalse();
    assertThat(d).isEqualTo(Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADAPTED,
        "We changed it a bit.", List.of(cid("c-2"), cid("c-3"), cid("c-1"))));
  }

  @Test
  void measuresTheReasonsReadingLevel() {
    Decision d = Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADOPTED, "We said yes. It starts soon.", List.of());
    assertThat(d.readingLevel()).isEqualTo(ReadingLevel.of("We said yes. It starts soon."));
  }

  @Test
  void describesItselfWithoutTheReason() {
    Decision d = Decision.of(did("d-1"), BOARD, NOW, DecisionOutcome.ADOPTED, "Secret words here.", List.of(cid("c-1")));
    assertThat(d.toString()).contains("d-1", "trust-board", "ADOPTED", "c-1").doesNotContain("Secret");
  }
}
