package io.coproduce.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.CoproduceException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LedgerIntegrityExceptionTest {

  @Test
  void tamperedNamesTheFirstBadPositionAndWhatWasWrong() {
    LedgerIntegrityException e = LedgerIntegrityException.tampered(
        VerificationResult.badAt(5, "the hash does not match the entry's content", LedgerFormat.GENESIS));

    assertThat(e).isInstanceOf(CoproduceException.class);
    assertThat(e.position()).isEqualTo(5);
    assertThat(e).hasMessage("consent ledger does not verify at entry 5: the hash does not match the entry's"
        + " content; open it for audit to read what is there");
    assertThat(e.rule()).isEqualTo("every entry must carry the hash of the one before and its own hash");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void storageFailedKeepsTheCause() {
    IOException cause = new IOException("No space left on device");

    LedgerIntegrityException e = LedgerIntegrityException.storageFailed(9, cause);

    assertThat(e.position()).isEqualTo(9);
    assertThat(e).hasMessage("consent ledger storage failed at entry 9; appends from there on were not"
        + " acknowledged and the ledger accepts no more");
    assertThat(e.rule()).isEqualTo("every acknowledged append must be durable");
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(LedgerIntegrityException.storageFailed(2, null).getCause()).isNull();
  }
}
