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

class InMemoryLedgerStoreTest {

  private final InMemoryLedgerStore store = new InMemoryLedgerStore();

  private static LedgerRecord record(int n) {
    return LedgerRecord.of(event("E-" + n, CHILD, ConsentAction.GIVEN, at(n), PHOTOS));
  }

  @Test
  void startsEmptyAtGenesis() {
    assertThat(store.size()).isZero();
    assertThat(store.headHash()).isEqualTo(LedgerFormat.GENESIS);
    assertThat(store.verify()).isEqualTo(VerificationResult.intact(0, LedgerFormat.GENESIS));
  }

  @Test
  void keepsEntriesInPositionOrder() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, record(1));
    LedgerEntry second = LedgerFormat.entry(2, first.hash(), record(2));
    LedgerEntry third = LedgerFormat.entry(3, second.hash(), record(3));

    store.write(List.of(first));
    store.write(List.of(second, third));
    store.sync(3);
    List<LedgerEntry> replayed = new ArrayList<>();
    store.replay(replayed::add);

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.headHash()).isEqualTo(third.hash());
    assertThat(replayed).containsExactly(first, second, third);
    assertThat(store.verify()).isEqualTo(VerificationResult.intact(3, third.hash()));
    store.close();
    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void refusesEntriesOutOfPositionOrder() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, record(1));
    store.write(List.of(first));

    assertThatThrownBy(() -> store.write(List.of(LedgerFormat.entry(3, first.hash(), record(3)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entries must be written in position order");
    assertThatThrownBy(() -> store.write(List.of(first))).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void verifyFindsAnEntryWhoseHashDoesNotMatchItsRecord() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, record(1));
    LedgerEntry forged = new LedgerEntry(2, first.hash(), first.hash(), record(2),
        LedgerFormat.canonicalJson(record(2)));
    store.write(List.of(first, forged));

    assertThat(store.verify())
        .isEqualTo(VerificationResult.badAt(2, "the hash does not match the record", first.hash()));
  }

  @Test
  void verifyFindsAnEntryNotChainedToTheOneBefore() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, record(1));
    LedgerEntry second = LedgerFormat.entry(2, first.hash(), record(2));
    LedgerEntry unchained = LedgerFormat.entry(3, first.hash(), record(3));
    store.write(List.of(first, second, unchained));

    assertThat(store.verify()).isEqualTo(
        VerificationResult.badAt(3, "the previous hash does not match the entry before", second.hash()));
  }

  @Test
  void verifyFindsAFirstEntryNotChainedToGenesis() {
    store.write(List.of(LedgerFormat.entry(1, "ab".repeat(32), record(1))));

    assertThat(store.verify()).isEqualTo(
        VerificationResult.badAt(1, "the previous hash does not match the entry before", LedgerFormat.GENESIS));
  }

  @Test
  void replayGivesASnapshot() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, record(1));
    store.write(List.of(first));
    List<LedgerEntry> seen = new ArrayList<>();

    store.replay(e -> {
      seen.add(e);
      store.write(List.of(LedgerFormat.entry(2, first.hash(), record(2))));
    });

    assertThat(seen).containsExactly(first);
    assertThat(store.size()).isEqualTo(2);
  }
}
