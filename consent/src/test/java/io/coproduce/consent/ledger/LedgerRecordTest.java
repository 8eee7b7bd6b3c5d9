package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.OTHER_CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import org.junit.jupiter.api.Test;

class LedgerRecordTest {

  @Test
  void holdsAConsentEvent() {
    ConsentEvent e = event("E-1", CHILD, ConsentAction.REFUSED, at(5), PHOTOS);

    LedgerRecord r = LedgerRecord.of(e);

    assertThat(r.kind()).isEqualTo(LedgerRecord.Kind.CONSENT_EVENT);
    assertThat(r.event()).contains(e);
    assertThat(r.assessment()).isEmpty();
    assertThat(r.subject()).isEqualTo(CHILD);
    assertThat(r.recordedAt()).isEqualTo(at(5));
    assertThat(r.idText()).isEqualTo("E-1");
    assertThat(r).hasToString(e.toString());
  }

  @Test
  void holdsACapacityAssessmentDatedWhenItWasMade() {
    CapacityAssessment a = assessment("A-1", OTHER_CHILD, at(7), true, PHOTOS);

    LedgerRecord r = LedgerRecord.of(a);

    assertThat(r.kind()).isEqualTo(LedgerRecord.Kind.CAPACITY_ASSESSMENT);
    assertThat(r.assessment()).contains(a);
    assertThat(r.event()).isEmpty();
    assertThat(r.subject()).isEqualTo(OTHER_CHILD);
    assertThat(r.recordedAt()).isEqualTo(at(7));
    assertThat(r.idText()).isEqualTo("A-1");
    assertThat(r).hasToString(a.toString());
  }

  @Test
  void anEventAndAnAssessmentAreNeverEqual() {
    assertThat(LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)))
        .isNotEqualTo(LedgerRecord.of(assessment("E-1", CHILD, at(0), true, PHOTOS)));
  }

  @Test
  void rejectsNothingToHold() {
    assertThatThrownBy(() -> LedgerRecord.of((ConsentEvent) null)).hasMessage("event");
    assertThatThrownBy(() -> LedgerRecord.of((CapacityAssessment) null)).hasMessage("assessment");
  }
}
