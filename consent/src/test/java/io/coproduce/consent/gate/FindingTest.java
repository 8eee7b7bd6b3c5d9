package io.coproduce.consent.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingTest {

  private static final PersonId CHILD = PersonId.parse("yp-1");
  private static final PersonId MUM = PersonId.parse("mum-1");
  private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

  @ParameterizedTest
  @EnumSource(FindingKind.class)
  void everyKindExplainsItselfWithIdsOnlyAndItsSource(FindingKind kind) {
    Finding f = new Finding(kind, CHILD, Purpose.photography(), MUM, ConsentEventId.parse("e-1"), AT, 16, "detail-x");

    assertThat(f.reason().rule()).isEqualTo(kind.rule()).startsWith("consent.gate.");
    assertThat(f.reason().explanation()).isNotBlank().doesNotContain("null");
    assertThat(f.reason().explanation()).containsAnyOf("yp-1", "mum-1", "being photographed");
    assertThat(f.reason().source()).isEqualTo(kind.source());
    assertThat(f.toString()).startsWith(kind.name());
  }

  @ParameterizedTest
  @EnumSource(FindingKind.class)
  void everyKindExplainsItselfWithoutOptionalFacts(FindingKind kind) {
    Finding f = Finding.of(kind, CHILD, Purpose.video());
    assertThat(f.reason().explanation()).isNotBlank();
    assertThat(f.about()).isEmpty();
    assertThat(f.restsOn()).isEmpty();
    assertThat(f.when()).isEmpty();
    assertThat(f.threshold()).isEmpty();
  }

  @Test
  void rolesSayWhatAFindingDoes() {
    assertThat(FindingKind.WITHDRAWN.role()).isEqualTo(FindingKind.Role.BLOCKS);
    assertThat(FindingKind.WITHDRAWN.isGap()).isTrue();
    assertThat(FindingKind.NEEDS_CAPACITY_ASSESSMENT.isGap()).isTrue();
    assertThat(Finding.of(FindingKind.NEEDS_CAPACITY_ASSESSMENT, CHILD, Purpose.video()).blocks()).isFalse();
    assertThat(FindingKind.OWN_CONSENT.isGap()).isFalse();
    assertThat(FindingKind.OVERRIDES_PARENTAL_REFUSAL.role()).isEqualTo(FindingKind.Role.NOTE);
    assertThat(Finding.of(FindingKind.WITHDRAWN, CHILD, Purpose.video()).isGap()).isTrue();
  }

  @Test
  void aDecisionIsAllowedExactlyWhenNothingBlocks() {
    var who = ConsentPolicy.defaults().whoDecides(Jurisdiction.ENGLAND, 17, Purpose.video());
    Finding ok = Finding.of(FindingKind.OWN_CONSENT, CHILD, Purpose.video());
    Finding no = Finding.of(FindingKind.WITHDRAWN, CHILD, Purpose.video());
    assertThat(new PurposeDecision(Purpose.video(), true, who, List.of(ok)).gaps()).isEmpty();
    assertThat(new PurposeDecision(Purpose.video(), false, who, List.of(no)).gaps()).containsExactly(no);
    assertThatThrownBy(() -> new PurposeDecision(Purpose.video(), true, who, List.of(no)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PurposeDecision(Purpose.video(), false, who, List.of(ok)))
        .isInstanceOf(IllegalArgumentException.class);
    PurposeDecision d = new PurposeDecision(Purpose.video(), false, who, List.of(ok, no));
    assertThat(d.has(FindingKind.WITHDRAWN)).isTrue();
    assertThat(d.has(FindingKind.EXPIRED)).isFalse();
    assertThat(d.reasons()).hasSize(who.reasons().size() + 2);
    assertThat(d.toString()).contains("NOT allowed");
  }
}
