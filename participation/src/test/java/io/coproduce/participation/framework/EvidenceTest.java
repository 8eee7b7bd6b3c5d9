package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void describesOrRefersToEvidence() {
    assertThat(Evidence.described("Minutes of the March board, item 4"))
        .isEqualTo(new Evidence(Evidence.Kind.DESCRIPTION, "Minutes of the March board, item 4"));
    assertThat(Evidence.reference("doc-2026-03-board").kind()).isEqualTo(Evidence.Kind.REFERENCE);
  }

  @Test
  void refusesAReferenceThatIsNotAnIdWithoutRepeatingIt() {
    InvalidInputException e = rejectionOf(() -> Evidence.reference("alex@example.org"));
    assertThat(e.field()).isEqualTo("evidence.text");
    assertThat(e.getMessage()).doesNotContain("example");
  }

  @Test
  void refusesABadDescriptionWithoutRepeatingIt() {
    String tooLong = "Alex Smith said so ".repeat(30);
    InvalidInputException e = rejectionOf(() -> Evidence.described(tooLong));
    assertThat(e.field()).isEqualTo("evidence.text");
    assertThat(e.rule()).isEqualTo("must be at most 500 characters");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("Alex");
    assertThat(rejectionOf(() -> Evidence.described(" ")).rule()).isEqualTo("must not be blank");
    assertThat(rejectionOf(() -> Evidence.described(null)).rule()).isEqualTo("must not be null");
    assertThat(rejectionOf(() -> Evidence.reference(null)).rule()).isEqualTo("must not be null");
  }

  @Test
  void acceptsTheLongestDescription() {
    assertThat(Evidence.described("x".repeat(500)).text()).hasSize(500);
  }

  @Test
  void ordersDescriptionsBeforeReferencesThenByText() {
    assertThat(Evidence.ORDER.compare(Evidence.described("z"), Evidence.reference("a"))).isNegative();
    assertThat(Evidence.ORDER.compare(Evidence.described("a"), Evidence.described("b"))).isNegative();
    assertThat(Evidence.ORDER.compare(Evidence.reference("b"), Evidence.reference("a"))).isPositive();
  }
}
