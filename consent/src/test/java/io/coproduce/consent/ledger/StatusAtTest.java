package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusAtTest {

  private static final Reason REASON = Reason.of("consent.status.test", "because", RuleSource.guidance("DPV"));

  @ParameterizedTest
  @EnumSource(ConsentStatus.class)
  void isValidForProcessingExactlyWhenGivenOrRenewed(ConsentStatus status) {
    StatusAt s = new StatusAt(CHILD, PHOTOS, T0, status, ConsentEventId.parse("E-1"), T0, REASON);

    assertThat(s.isValidForProcessing())
        .isEqualTo(status == ConsentStatus.GIVEN || status == ConsentStatus.RENEWED);
    assertThat(s.restsOn()).contains(ConsentEventId.parse("E-1"));
  }

  @ParameterizedTest
  @EnumSource(value = ConsentStatus.class, names = "UNKNOWN")
  void restsOnNothingWhenNothingWasRecorded(ConsentStatus status) {
    StatusAt s = new StatusAt(CHILD, PHOTOS, T0, status, null, null, REASON);

    assertThat(s.restsOn()).isEmpty();
    assertThat(s.since()).isNull();
  }
}
