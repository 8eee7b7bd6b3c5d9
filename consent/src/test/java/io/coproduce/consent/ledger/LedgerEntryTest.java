package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.event.ConsentAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  @Test
  void toStringShowsPositionKindIdAndHashButNoContent() {
    LedgerEntry e = LedgerFormat.entry(3, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-9", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));
    LedgerEntry a = LedgerFormat.entry(4, e.hash(), LedgerRecord.of(assessment("A-9", CHILD, at(0), true, PHOTOS)));

    assertThat(e).hasToString("LedgerEntry[3, CONSENT_EVENT E-9, " + e.hash() + "]");
    assertThat(a).hasToString("LedgerEntry[4, CAPACITY_ASSESSMENT A-9, " + a.hash() + "]");
    assertThat(e.toString()).doesNotContain("C-1", "PHOTOGRAPHY");
  }

  @Test
  void recordJsonIsExactlyWhatWasHashed() {
    LedgerRecord record = LedgerRecord.of(event("E-9", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    LedgerEntry e = LedgerFormat.entry(3, LedgerFormat.GENESIS, record);

    assertThat(e.recordJson().getBytes(StandardCharsets.UTF_8)).isEqualTo(LedgerFormat.canonicalJson(record));
    assertThat(e.recordBytes()).isEqualTo(LedgerFormat.canonicalJson(record));
    assertThat(LedgerFormat.hash(3, LedgerFormat.GENESIS, e.recordBytes())).isEqualTo(e.hash());
  }

  @Test
  void equalEntriesHaveEqualHashCodes() {
    LedgerRecord record = LedgerRecord.of(event("E-9", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));

    assertThat(LedgerFormat.entry(3, LedgerFormat.GENESIS, record).hashCode())
        .isEqualTo(LedgerFormat.entry(3, LedgerFormat.GENESIS, record).hashCode());
  }
}
