package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.ConsentAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

  @Test
  void keepsAnImmutableCopyOfTheEntries() {
    LedgerEntry entry = LedgerFormat.entry(1, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));
    List<LedgerEntry> entries = new ArrayList<>(List.of(entry));

    LedgerAudit audit = new LedgerAudit(entries, VerificationResult.intact(1, entry.hash()), 17);
    entries.clear();

    assertThat(audit.entries()).containsExactly(entry);
    assertThat(audit.tornBytes()).isEqualTo(17);
    assertThat(audit.verification()).isEqualTo(VerificationResult.intact(1, entry.hash()));
    assertThatThrownBy(() -> audit.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiresAVerification() {
    assertThatThrownBy(() -> new LedgerAudit(List.of(), null, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("verification");
  }
}
