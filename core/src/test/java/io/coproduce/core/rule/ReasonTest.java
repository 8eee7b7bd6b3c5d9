package io.coproduce.core.rule;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonTest {

  private static final RuleSource CHILDREN_ACT = RuleSource.law("Children Act 1989 s.2");

  @Test
  void holdsTheRuleTheExplanationAndTheSource() {
    Reason reason = Reason.of("pr.birth-mother", "P-1 is the birth mother of P-2", CHILDREN_ACT);

    assertThat(reason.rule()).isEqualTo("pr.birth-mother");
    assertThat(reason.explanation()).isEqualTo("P-1 is the birth mother of P-2");
    assertThat(reason.source()).isEqualTo(CHILDREN_ACT);
  }

  @Test
  void toStringReadsAsOneLineWithItsSource() {
    assertThat(Reason.of("pr.birth-mother", "P-1 is the birth mother of P-2", CHILDREN_ACT))
        .hasToString(
            "pr.birth-mother: P-1 is the birth mother of P-2 (Children Act 1989 s.2 [law])");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankRule(String rule) {
    InvalidInputException e = rejectionOf(() -> Reason.of(rule, "explained", CHILDREN_ACT));

    assertThat(e.field()).isEqualTo("reason.rule");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void rejectsABlankExplanation(String explanation) {
    InvalidInputException e = rejectionOf(() -> Reason.of("a.rule", explanation, CHILDREN_ACT));

    assertThat(e.field()).isEqualTo("reason.explanation");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @Test
  void rejectsNullNamingTheComponent() {
    assertThatNullPointerException()
        .isThrownBy(() -> Reason.of(null, "e", CHILDREN_ACT))
        .withMessage("rule");
    assertThatNullPointerException()
        .isThrownBy(() -> Reason.of("r", null, CHILDREN_ACT))
        .withMessage("explanation");
    assertThatNullPointerException()
        .isThrownBy(() -> Reason.of("r", "e", null))
        .withMessage("source");
  }

  @Test
  void equalsAndHashCodeFollowAllThreeComponents() {
    new EqualsTester()
        .addEqualityGroup(
            Reason.of("pr.birth-mother", "found", CHILDREN_ACT),
            new Reason("pr.birth-mother", "found", RuleSource.law("Children Act 1989 s.2")))
        .addEqualityGroup(Reason.of("pr.father-married", "found", CHILDREN_ACT))
        .addEqualityGroup(Reason.of("pr.birth-mother", "not found", CHILDREN_ACT))
        .addEqualityGroup(
            Reason.of("pr.birth-mother", "found", RuleSource.guidance("Children Act 1989 s.2")))
        .testEquals();
  }
}
