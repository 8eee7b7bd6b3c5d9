package io.coproduce.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VerificationResultTest {

  private static final String HEAD = "ab".repeat(32);

  @Test
  void anIntactResultHasNoBadPositionAndNoProblem() {
    VerificationResult result = VerificationResult.intact(12, HEAD);

    assertThat(result.isIntact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(12);
    assertThat(result.firstBadPosition()).isZero();
    assertThat(result.badPosition()).isEmpty();
    assertThat(result.problem()).isNull();
    assertThat(result.headHash()).isEqualTo(HEAD);
    assertThat(result.describe()).isEqualTo("intact: 12 entries, head " + HEAD);
  }

  @Test
  void aBadResultCountsTheIntactEntriesBeforeIt() {
    VerificationResult result = VerificationResult.badAt(7, "the hash does not match", HEAD);

    assertThat(result.isIntact()).isFalse();
    assertThat(result.entriesChecked()).isEqualTo(6);
    assertThat(result.firstBadPosition()).isEqualTo(7);
    assertThat(result.badPosition()).contains(7L);
    assertThat(result.problem()).isEqualTo("the hash does not match");
    assertThat(result.headHash()).isEqualTo(HEAD);
    assertThat(result.describe()).isEqualTo("entry 7: the hash does not match (6 entries before it are intact)");
  }

  @Test
  void theFirstEntryBadLeavesNothingIntact() {
    VerificationResult result = VerificationResult.badAt(1, "the line is empty", LedgerFormat.GENESIS);

    assertThat(result.entriesChecked()).isZero();
    assertThat(result.describe()).isEqualTo("entry 1: the line is empty (0 entries before it are intact)");
  }

  @Test
  void aProblemIsGivenExactlyWhenThereIsABadPosition() {
    InvalidInputException problemWithoutPosition = catchThrowableOfType(InvalidInputException.class,
        () -> new VerificationResult(3, 0, "broken", HEAD));
    InvalidInputException positionWithoutProblem = catchThrowableOfType(InvalidInputException.class,
        () -> new VerificationResult(3, 4, null, HEAD));

    assertThat(problemWithoutPosition.field()).isEqualTo("verificationResult.problem");
    assertThat(problemWithoutPosition.rule()).isEqualTo("is given exactly when firstBadPosition is not 0");
    assertThat(problemWithoutPosition.offendingValue()).contains("0");
    assertThat(positionWithoutProblem.field()).isEqualTo("verificationResult.problem");
    assertThat(positionWithoutProblem.offendingValue()).contains("4");
  }
}
