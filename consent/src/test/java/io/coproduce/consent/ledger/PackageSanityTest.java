package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.T0;
import static io.coproduce.consent.ledger.LedgerFixtures.VIDEO;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.event;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Null checks across the ledger package, and the equality contracts of its values. Parameters
 * documented as optional ({@code storageFailed}'s cause, a {@link StatusAt}'s event and since, a
 * {@link VerificationResult}'s problem) are left out; their required neighbours are tested one by one.
 */
class PackageSanityTest {

  @TempDir
  Path dir;

  private NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(PersonId.class, CHILD)
        .setDefault(Purpose.class, PHOTOS)
        .setDefault(Instant.class, T0)
        .setDefault(MaterialCatalogue.class, MaterialCatalogue.empty())
        .setDefault(ConsentEvent.class, event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS))
        .setDefault(CapacityAssessment.class, assessment("A-1", CHILD, T0, true, PHOTOS))
        .setDefault(LedgerRecord.class, LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS)))
        .setDefault(VerificationResult.class, VerificationResult.intact(0, LedgerFormat.GENESIS))
        .setDefault(LedgerStore.class, new InMemoryLedgerStore())
        .setDefault(ConsentEventId.class, ConsentEventId.parse("E-1"))
        .setDefault(CapacityAssessmentId.class, CapacityAssessmentId.parse("A-1"))
        .setDefault(Path.class, dir.resolve("default.jsonl"))
        .ignore(method(LedgerIntegrityException.class, "storageFailed", long.class, Throwable.class));
  }

  @Test
  void staticMethodsRejectNullWithNullPointerException() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(ConsentLedger.class);
    tester.testAllPublicStaticMethods(FileLedgerStore.class);
    tester.testAllPublicStaticMethods(LedgerFormat.class);
    tester.testAllPublicStaticMethods(LedgerIntegrityException.class);
    tester.testAllPublicStaticMethods(LedgerRecord.class);
    tester.testAllPublicStaticMethods(VerificationResult.class);
  }

  @Test
  void constructorsRejectNullWithNullPointerException() throws Exception {
    NullPointerTester tester = tester();
    tester.testAllPublicConstructors(LedgerAudit.class);
    tester.testAllPublicConstructors(InMemoryLedgerStore.class);
    Constructor<StatusAt> status = StatusAt.class.getConstructor(PersonId.class, Purpose.class, Instant.class,
        ConsentStatus.class, ConsentEventId.class, Instant.class, Reason.class);
    tester.setDefault(Reason.class, Reason.of("r", "e", RuleSource.guidance("g")));
    for (int required : new int[] {0, 1, 2, 3, 6}) {
      tester.testConstructorParameter(status, required);
    }
    tester.testConstructorParameter(
        VerificationResult.class.getConstructor(long.class, long.class, String.class, String.class), 3);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    NullPointerTester tester = tester();
    ConsentLedger ledger = ConsentLedger.inMemory();
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS));
    tester.testAllPublicInstanceMethods(ledger);
    tester.testAllPublicInstanceMethods(new InMemoryLedgerStore());
    try (FileLedgerStore store = FileLedgerStore.open(dir.resolve("sanity.jsonl"))) {
      tester.testAllPublicInstanceMethods(store);
    }
    tester.testAllPublicInstanceMethods(LedgerRecord.of(assessment("A-1", CHILD, T0, true, PHOTOS)));
    tester.testAllPublicInstanceMethods(VerificationResult.badAt(2, "broken", LedgerFormat.GENESIS));
  }

  @Test
  void ledgerRecordsAreEqualWhenTheyHoldEqualValues() {
    new EqualsTester()
        .addEqualityGroup(
            LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS)),
            LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS)))
        .addEqualityGroup(LedgerRecord.of(event("E-2", CHILD, ConsentAction.GIVEN, T0, PHOTOS)))
        .addEqualityGroup(LedgerRecord.of(event("E-1", CHILD, ConsentAction.REFUSED, T0, PHOTOS)))
        .addEqualityGroup(
            LedgerRecord.of(assessment("A-1", CHILD, T0, true, PHOTOS)),
            LedgerRecord.of(assessment("A-1", CHILD, T0, true, PHOTOS)))
        .addEqualityGroup(LedgerRecord.of(assessment("A-1", CHILD, T0, false, PHOTOS)))
        .addEqualityGroup(LedgerRecord.of(assessment("A-1", CHILD, T0, true, VIDEO)))
        .testEquals();
  }

  @Test
  void verificationResultsAreEqualWhenEveryComponentIs() {
    String head = "ab".repeat(32);
    new EqualsTester()
        .addEqualityGroup(VerificationResult.intact(3, head), new VerificationResult(3, 0, null, head))
        .addEqualityGroup(VerificationResult.intact(4, head))
        .addEqualityGroup(VerificationResult.intact(3, LedgerFormat.GENESIS))
        .addEqualityGroup(VerificationResult.badAt(3, "broken", head), new VerificationResult(2, 3, "broken", head))
        .addEqualityGroup(VerificationResult.badAt(3, "dropped", head))
        .addEqualityGroup(VerificationResult.badAt(4, "broken", head))
        .addEqualityGroup(VerificationResult.badAt(3, "broken", LedgerFormat.GENESIS))
        .testEquals();
  }

  @Test
  void ledgerEntriesAreEqualWhenPositionChainAndRecordAre() {
    LedgerRecord record = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS));
    LedgerRecord other = LedgerRecord.of(event("E-2", CHILD, ConsentAction.GIVEN, T0, PHOTOS));
    LedgerEntry entry = LedgerFormat.entry(1, LedgerFormat.GENESIS, record);
    String previous = "cd".repeat(32);
    new EqualsTester()
        .addEqualityGroup(entry, LedgerFormat.entry(1, LedgerFormat.GENESIS, record),
            new LedgerEntry(1, LedgerFormat.GENESIS, entry.hash(), record, LedgerFormat.canonicalJson(record)))
        .addEqualityGroup(LedgerFormat.entry(2, LedgerFormat.GENESIS, record))
        .addEqualityGroup(LedgerFormat.entry(1, previous, record))
        .addEqualityGroup(LedgerFormat.entry(1, LedgerFormat.GENESIS, other))
        // Forged entries: each differs in one part only.
        .addEqualityGroup(new LedgerEntry(1, previous, entry.hash(), record, LedgerFormat.canonicalJson(record)))
        .addEqualityGroup(new LedgerEntry(1, LedgerFormat.GENESIS, entry.hash(), other, LedgerFormat.canonicalJson(other)))
        .addEqualityGroup(new LedgerEntry(2, LedgerFormat.GENESIS, entry.hash(), record, LedgerFormat.canonicalJson(record)))
        .testEquals();
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
