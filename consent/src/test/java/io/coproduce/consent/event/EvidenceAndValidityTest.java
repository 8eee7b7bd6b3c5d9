package io.coproduce.consent.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceAndValidityTest {

  private static final PersonId WORKER = PersonId.parse("st-1");
  private static final PersonId WITNESS = PersonId.parse("st-2");
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

  @Test
  void verbalEvidenceNeedsAWitnessWhoIsNotTheRecorder() {
    assertThat(Evidence.verbal(WORKER, WITNESS).witnessedBy()).contains(WITNESS);
    assertThatThrownBy(() -> new Evidence(ConsentMethod.VERBAL_WITNESSED, WORKER, null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("evidence.witness"));
    assertThatThrownBy(() -> Evidence.verbal(WORKER, WORKER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("someone other"));
  }

  @Test
  void signatureHashMustBeALowercaseSha256AndIsNeverShown() {
    String hash = "a".repeat(64);
    assertThat(Evidence.of(ConsentMethod.WRITTEN, WORKER).withSignatureHash(hash).signature()).contains(hash);
    assertThat(Evidence.of(ConsentMethod.DIGITAL, WORKER).signature()).isEmpty();
    assertThat(Evidence.of(ConsentMethod.DIGITAL, WORKER).witnessedBy()).isEmpty();
    assertThatThrownBy(() -> Evidence.of(ConsentMethod.WRITTEN, WORKER).withSignatureHash("A".repeat(64)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("evidence.signatureHash");
          assertThat(e.offendingValue()).isEmpty();
        });
    assertThatThrownBy(() -> Evidence.of(ConsentMethod.WRITTEN, WORKER).withSignatureHash("ab"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void validityCoversFromInclusiveToUntilExclusive() {
    Validity v = Validity.between(FROM, UNTIL);
    assertThat(v.covers(FROM)).isTrue();
    assertThat(v.covers(FROM.minusNanos(1))).isFalse();
    assertThat(v.covers(UNTIL.minusNanos(1))).isTrue();
    assertThat(v.covers(UNTIL)).isFalse();
    assertThat(v.hasEndedBy(UNTIL)).isTrue();
    assertThat(v.hasEndedBy(UNTIL.minusNanos(1))).isFalse();
    assertThat(v.end()).contains(UNTIL);
    assertThat(Validity.from(FROM).covers(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    assertThat(Validity.from(FROM).hasEndedBy(Instant.parse("2999-01-01T00:00:00Z"))).isFalse();
    assertThat(Validity.from(FROM).end()).isEmpty();
  }

  @Test
  void validityMayCarryAReviewDate() {
    Validity v = Validity.from(FROM).withReviewOn(LocalDate.of(2026, 12, 1));
    assertThat(v.review()).contains(LocalDate.of(2026, 12, 1));
    assertThat(Validity.from(FROM).review()).isEmpty();
  }

  @Test
  void validityMustEndAfterItStarts() {
    assertThatThrownBy(() -> Validity.between(FROM, FROM))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("validity.until"));
    assertThatThrownBy(() -> Validity.between(UNTIL, FROM)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void eventIdRoundTrips() {
    assertThat(ConsentEventId.parse("e-1").toString()).isEqualTo("e-1");
    assertThat(ConsentEventId.random(new java.util.SplittableRandom(5)).value()).hasSize(26);
    assertThatThrownBy(() -> ConsentEventId.parse("someone@example.org"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).doesNotContain("example"));
  }
}
