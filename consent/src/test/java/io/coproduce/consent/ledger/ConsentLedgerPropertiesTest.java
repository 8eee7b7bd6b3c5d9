package io.coproduce.consent.ledger;

import io.coproduce.consent.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/** Properties of the ledger over generated valid record sequences. */
class ConsentLedgerPropertiesTest {

  private static final MaterialCatalogue CATALOGUE = MaterialCatalogue.of(List.of(
      Publication.of(LedgerFixtures.SHEET, MaterialVersion.of(1, 1), LedgerFixtures.at(60 * 24 * 3)),
      Publication.of(LedgerFixtures.SHEET, MaterialVersion.of(2, 0), LedgerFixtures.at(60 * 24 * 20))));

  @TempDir
  Path dir;

  private final AtomicInteger files = new AtomicInteger();

  private static QuickTheory theory(int examples) {
    return qt().withFixedSeed(20261201L).withExamples(Examples.atMost(examples));
  }

  private static ConsentLedger ledgerOf(List<LedgerRecord> records) {
    ConsentLedger ledger = ConsentLedger.inMemory();
    ledger.appendAll(records);
    return ledger;
  }

  @Test
  void generatedSequencesAreValid() {
    theory(200).forAll(LedgerFixtures.records(40)).checkAssert(records -> {
      ConsentLedger ledger = ledgerOf(records);
      assertThat(ledger.size()).isEqualTo(records.size());
    });
  }

  @Test
  void statusAtAnInstantIsTheSameWhetherOrNotLaterEventsAreAppended() {
    theory(200).forAll(LedgerFixtures.records(40), integers().between(-60, 60 * 24 * 40)).checkAssert(
        (records, minutes) -> {
          Instant t = LedgerFixtures.at(minutes);
          List<LedgerRecord> upToT = records.stream().filter(r -> !r.recordedAt().isAfter(t)).toList();
          ConsentLedger everything = ledgerOf(records);
          ConsentLedger onlyThen = ledgerOf(upToT);

          for (PersonId subject : LedgerFixtures.SUBJECTS) {
            assertThat(everything.eventsOf(subject, t)).isEqualTo(onlyThen.eventsOf(subject));
            for (Purpose purpose : LedgerFixtures.PURPOSES) {
              assertThat(everything.statusAt(subject, purpose, t))
                  .isEqualTo(onlyThen.statusAt(subject, purpose, t));
              assertThat(everything.statusAt(subject, purpose, t, CATALOGUE))
                  .isEqualTo(onlyThen.statusAt(subject, purpose, t, CATALOGUE));
            }
          }
        });
  }

  @Test
  void statusRestsOnTheLatestDecisionAboutThePurposeRecordedByThen() {
    theory(200).forAll(LedgerFixtures.records(40), integers().between(-60, 60 * 24 * 40)).checkAssert(
        (records, minutes) -> {
          Instant t = LedgerFixtures.at(minutes);
          ConsentLedger ledger = ledgerOf(records);
          for (PersonId subject : LedgerFixtures.SUBJECTS) {
            for (Purpose purpose : LedgerFixtures.PURPOSES) {
              // The latest decision; a request only when nothing has been decided.
              ConsentEvent expected = null;
              ConsentEvent request = null;
              for (LedgerRecord r : records) {
                ConsentEvent e = r.event().orElse(null);
                if (e != null && e.subject().equals(subject) && e.covers(purpose)
                    && !e.recordedAt().isAfter(t) && !e.action().isAssentOrDissent()) {
                  if (e.action() == ConsentAction.REQUESTED) {
                    request = e;
                  } else {
                    expected = e;
                  }
                }
              }
              if (expected == null) {
                expected = request;
              }
              StatusAt status = ledger.statusAt(subject, purpose, t);
              assertThat(status.event()).isEqualTo(expected == null ? null : expected.id());
              // Generated grants never end, and no catalogue is given: the status is the action's.
              assertThat(status.status()).isEqualTo(
                  expected == null ? ConsentStatus.UNKNOWN : expected.action().status());
            }
          }
        });
  }

  @Test
  void theHeadHashDependsOnEveryRecord() {
    theory(150).forAll(LedgerFixtures.records(1, 30), integers().between(0, 1000))
        .checkAssert((records, pick) -> {
          int changed = pick % records.size();
          List<LedgerRecord> altered = new ArrayList<>(records);
          altered.set(changed, renamed(records.get(changed)));
          ConsentLedger original = ConsentLedger.inMemory();
          ConsentLedger other = ConsentLedger.inMemory();
          List<LedgerEntry> a = original.appendAll(records);
          List<LedgerEntry> b = other.appendAll(altered);

          assertThat(other.headHash()).isNotEqualTo(original.headHash());
          for (int i = 0; i < records.size(); i++) {
            if (i < changed) {
              assertThat(b.get(i).hash()).isEqualTo(a.get(i).hash());
            } else {
              assertThat(b.get(i).hash()).isNotEqualTo(a.get(i).hash());
            }
          }
        });
  }

  /** The same record under an id that no generated record uses. */
  private static LedgerRecord renamed(LedgerRecord r) {
    if (r.event().isPresent()) {
      ConsentEvent e = r.event().get();
      return LedgerRecord.of(new ConsentEvent(ConsentEventId.parse("X-" + e.id().value()), e.subject(),
          e.purposes(), e.action(), e.recordedAt(), e.decidedBy(), e.authority(), e.evidence(), e.material(),
          e.validity(), e.jurisdiction(), e.withdrawalRoutes(), e.handling(), e.capacityAssessment(),
          e.invalidationGround()));
    }
    var a = r.assessment().orElseThrow();
    // Keep the id (a decision may rest on it) and change the assessor instead.
    return LedgerRecord.of(io.coproduce.consent.capacity.CapacityAssessment.of(a.id(), a.subject(), a.purposes(),
        a.assessedAt(), PersonId.parse("A-2"), a.criteriaMet()));
  }

  @Test
  void theHeadDoesNotDependOnHowAppendsAreBatched() {
    theory(150).forAll(LedgerFixtures.records(40), lists().of(integers().between(1, 7)).ofSizeBetween(1, 40))
        .checkAssert((records, batchSizes) -> {
          ConsentLedger whole = ledgerOf(records);
          ConsentLedger batched = ConsentLedger.inMemory();
          int at = 0;
          int next = 0;
          while (at < records.size()) {
            int size = Math.min(batchSizes.get(next++ % batchSizes.size()), records.size() - at);
            batched.appendAll(records.subList(at, at + size));
            at += size;
          }
          assertThat(batched.headHash()).isEqualTo(whole.headHash());
          assertThat(batched.size()).isEqualTo(whole.size());
        });
  }

  @Test
  void anInMemoryLedgerVerifiesAfterAnySequenceOfValidAppends() {
    theory(200).forAll(LedgerFixtures.records(40)).checkAssert(records -> {
      ConsentLedger ledger = ConsentLedger.inMemory();
      for (LedgerRecord r : records) {
        ledger.appendAll(List.of(r));
      }
      assertThat(ledger.verify()).isEqualTo(VerificationResult.intact(records.size(), ledger.headHash()));
    });
  }

  @Test
  void aFileLedgerVerifiesAfterAnySequenceOfValidAppendsAndReopensTheSame() {
    theory(25).forAll(LedgerFixtures.records(25), integers().between(1, 6)).checkAssert((records, batch) -> {
      Path file = dir.resolve("ledger-" + files.incrementAndGet() + ".jsonl");
      String head;
      try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
        for (int at = 0; at < records.size(); at += batch) {
          ledger.appendAll(records.subList(at, Math.min(records.size(), at + batch)));
        }
        head = ledger.headHash();
        assertThat(ledger.verify()).isEqualTo(VerificationResult.intact(records.size(), head));
      }
      ConsentLedger inMemory = ledgerOf(records);
      assertThat(head).isEqualTo(inMemory.headHash());
      try (ConsentLedger reopened = ConsentLedger.open(FileLedgerStore.open(file))) {
        assertThat(reopened.size()).isEqualTo(records.size());
        assertThat(reopened.headHash()).isEqualTo(head);
        for (PersonId subject : LedgerFixtures.SUBJECTS) {
          assertThat(reopened.eventsOf(subject)).isEqualTo(inMemory.eventsOf(subject));
          assertThat(reopened.assessmentsOf(subject)).isEqualTo(inMemory.assessmentsOf(subject));
        }
      }
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
