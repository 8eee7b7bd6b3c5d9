package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.OTHER_CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.SHEET;
import static io.coproduce.consent.ledger.LedgerFixtures.VIDEO;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static io.coproduce.consent.ledger.LedgerFixtures.grantUntil;
import static io.coproduce.consent.ledger.LedgerFixtures.selfAssessedGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.core.error.CoproduceException;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.rule.RuleSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentLedgerTest {

  private static final RuleSource DPV = RuleSource.guidance(
      "W3C Data Privacy Vocabulary (DPV) consent status; the status is derived from the recorded history");

  private final ConsentLedger ledger = ConsentLedger.inMemory();

  // ---- appending --------------------------------------------------------------------------

  @Test
  void startsEmptyAtGenesis() {
    assertThat(ledger.size()).isZero();
    assertThat(ledger.headHash()).isEqualTo(LedgerFormat.GENESIS);
    assertThat(ledger.subjects()).isEmpty();
    assertThat(ledger.eventsOf(CHILD)).isEmpty();
    assertThat(ledger.assessmentsOf(CHILD)).isEmpty();
    assertThat(ledger.verify()).isEqualTo(VerificationResult.intact(0, LedgerFormat.GENESIS));
    assertThat(ledger).hasToString("ConsentLedger[0 entries, head " + LedgerFormat.GENESIS + "]");
  }

  @Test
  void appendGivesTheNextEntryChainedToTheHead() {
    ConsentEvent given = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS);
    CapacityAssessment assessed = assessment("A-1", CHILD, at(5), true, PHOTOS);

    LedgerEntry first = ledger.append(given);
    LedgerEntry second = ledger.append(assessed);

    assertThat(first.position()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(LedgerFormat.GENESIS);
    assertThat(first.record()).isEqualTo(LedgerRecord.of(given));
    assertThat(first.hash()).isEqualTo(
        LedgerFormat.hash(1, LedgerFormat.GENESIS, LedgerFormat.canonicalJson(LedgerRecord.of(given))));
    assertThat(second.position()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.record()).isEqualTo(LedgerRecord.of(assessed));
    assertThat(second.hash()).isEqualTo(
        LedgerFormat.hash(2, first.hash(), LedgerFormat.canonicalJson(LedgerRecord.of(assessed))));
    assertThat(ledger.size()).isEqualTo(2);
    assertThat(ledger.headHash()).isEqualTo(second.hash());
    assertThat(ledger).hasToString("ConsentLedger[2 entries, head " + second.hash() + "]");
    assertThat(ledger.verify()).isEqualTo(VerificationResult.intact(2, second.hash()));
  }

  @Test
  void appendIndexesEventsAndAssessmentsByYoungPerson() {
    ConsentEvent given = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS);
    CapacityAssessment assessed = assessment("A-1", CHILD, at(5), true, PHOTOS);
    ConsentEvent other = event("E-2", OTHER_CHILD, ConsentAction.REFUSED, at(1), VIDEO);

    ledger.append(given);
    ledger.append(assessed);
    ledger.append(other);

    assertThat(ledger.subjects()).containsExactlyInAnyOrder(CHILD, OTHER_CHILD);
    assertThat(ledger.eventsOf(CHILD)).containsExactly(given);
    assertThat(ledger.eventsOf(OTHER_CHILD)).containsExactly(other);
    assertThat(ledger.assessmentsOf(CHILD)).containsExactly(assessed);
    assertThat(ledger.assessmentsOf(OTHER_CHILD)).isEmpty();
    assertThat(ledger.contains(ConsentEventId.parse("E-1"))).isTrue();
    assertThat(ledger.contains(ConsentEventId.parse("E-2"))).isTrue();
    assertThat(ledger.contains(ConsentEventId.parse("E-3"))).isFalse();
    assertThat(ledger.assessment(CapacityAssessmentId.parse("A-1"))).contains(assessed);
    assertThat(ledger.assessment(CapacityAssessmentId.parse("A-2"))).isEmpty();
  }

  @Test
  void appendAllAppendsInOrderAsOneChain() {
    List<LedgerRecord> records = List.of(
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.REQUESTED, at(0), PHOTOS)),
        LedgerRecord.of(assessment("A-1", CHILD, at(1), true, PHOTOS)),
        LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(2), "A-1", PHOTOS)));

    List<LedgerEntry> entries = ledger.appendAll(records);

    assertThat(entries).extracting(LedgerEntry::position).containsExactly(1L, 2L, 3L);
    assertThat(entries).extracting(LedgerEntry::record).containsExactlyElementsOf(records);
    assertThat(entries.get(0).previousHash()).isEqualTo(LedgerFormat.GENESIS);
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(ledger.headHash()).isEqualTo(entries.get(2).hash());
    assertThat(ledger.size()).isEqualTo(3);
    assertThatThrownBy(() -> entries.add(entries.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void appendAllGivesTheSameChainAsAppendingOneByOne() {
    ConsentEvent a = event("E-1", CHILD, ConsentAction.REQUESTED, at(0), PHOTOS);
    ConsentEvent b = event("E-2", CHILD, ConsentAction.GIVEN, at(1), PHOTOS);
    ConsentLedger oneByOne = ConsentLedger.inMemory();
    oneByOne.append(a);
    oneByOne.append(b);

    ledger.appendAll(List.of(LedgerRecord.of(a), LedgerRecord.of(b)));

    assertThat(ledger.headHash()).isEqualTo(oneByOne.headHash());
  }

  @Test
  void appendAllOfNothingAppendsNothing() {
    assertThat(ledger.appendAll(List.of())).isEmpty();
    assertThat(ledger.size()).isZero();
    assertThat(ledger.headHash()).isEqualTo(LedgerFormat.GENESIS);
  }

  @Test
  void recordsOfOneYoungPersonMayShareAnInstant() {
    ConsentEvent first = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS);
    ConsentEvent second = event("E-2", CHILD, ConsentAction.REFUSED, at(0), PHOTOS);

    ledger.append(first);
    ledger.append(second);

    assertThat(ledger.eventsOf(CHILD)).containsExactly(first, second);
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(0)).status()).isEqualTo(ConsentStatus.REFUSED);
  }

  @Test
  void differentYoungPeopleKeepTheirOwnOrder() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(100), PHOTOS));

    LedgerEntry earlier = ledger.append(event("E-2", OTHER_CHILD, ConsentAction.GIVEN, at(0), PHOTOS));

    assertThat(earlier.position()).isEqualTo(2);
  }

  // ---- refusals ---------------------------------------------------------------------------

  static Stream<Arguments> refusals() {
    LedgerRecord given = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(10), PHOTOS));
    LedgerRecord capable = LedgerRecord.of(assessment("A-1", CHILD, at(10), true, PHOTOS));
    LedgerRecord notCapable = LedgerRecord.of(assessment("A-1", CHILD, at(10), false, PHOTOS, VIDEO));
    return Stream.of(
        Arguments.of("an event id already in the ledger", List.of(given),
            LedgerRecord.of(event("E-1", CHILD, ConsentAction.REFUSED, at(20), PHOTOS)),
            InvalidInputException.class, "consentEvent.id"),
        Arguments.of("an event id already used for someone else", List.of(given),
            LedgerRecord.of(event("E-1", OTHER_CHILD, ConsentAction.REFUSED, at(20), PHOTOS)),
            InvalidInputException.class, "consentEvent.id"),
        Arguments.of("an assessment id already in the ledger", List.of(capable),
            LedgerRecord.of(assessment("A-1", CHILD, at(20), false, VIDEO)),
            InvalidInputException.class, "capacityAssessment.id"),
        Arguments.of("an event older than the young person's latest record", List.of(given),
            LedgerRecord.of(event("E-2", CHILD, ConsentAction.REFUSED, at(9), PHOTOS)),
            InvalidInputException.class, "consentEvent.recordedAt"),
        Arguments.of("an event older than the young person's latest assessment", List.of(capable),
            LedgerRecord.of(event("E-2", CHILD, ConsentAction.REFUSED, at(9), PHOTOS)),
            InvalidInputException.class, "consentEvent.recordedAt"),
        Arguments.of("an assessment older than the young person's latest record", List.of(given),
            LedgerRecord.of(assessment("A-2", CHILD, at(9), true, PHOTOS)),
            InvalidInputException.class, "capacityAssessment.assessedAt"),
        Arguments.of("a self-assessed decision naming no assessment in the ledger", List.of(),
            LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(20), "A-404", PHOTOS)),
            UnknownReferenceException.class, null),
        Arguments.of("a self-assessed decision naming another young person's assessment",
            List.of(LedgerRecord.of(assessment("A-9", OTHER_CHILD, at(10), true, PHOTOS))),
            LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(20), "A-9", PHOTOS)),
            UnknownReferenceException.class, null),
        Arguments.of("a self-assessed decision beyond what was assessed", List.of(capable),
            LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(20), "A-1", PHOTOS, VIDEO)),
            InvalidInputException.class, "consentEvent.capacityAssessment"),
        Arguments.of("a self-assessed decision resting on a not-capable assessment", List.of(notCapable),
            LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(20), "A-1", PHOTOS)),
            InvalidInputException.class, "consentEvent.capacityAssessment"),
        Arguments.of("a self-assessed decision made before its assessment", List.of(capable),
            LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(9), "A-1", PHOTOS)),
            InvalidInputException.class, "consentEvent.capacityAssessment"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesARecordBreakingARuleAndAppendsNothing(
      String rule, List<LedgerRecord> before, LedgerRecord offending,
      Class<? extends CoproduceException> expected, String field) {
    ledger.appendAll(before);
    long size = ledger.size();
    String head = ledger.headHash();
    List<ConsentEvent> events = ledger.eventsOf(offending.subject());

    Throwable thrown = catchThrowable(() -> ledger.appendAll(List.of(offending)));

    assertThat(thrown).as(rule).isExactlyInstanceOf(expected);
    if (field != null) {
      assertThat(((InvalidInputException) thrown).field()).isEqualTo(field);
    }
    assertThat(ledger.size()).isEqualTo(size);
    assertThat(ledger.headHash()).isEqualTo(head);
    assertThat(ledger.eventsOf(offending.subject())).isEqualTo(events);
    assertThat(ledger.verify().entriesChecked()).isEqualTo(size);
  }

  @Test
  void refusalsNameTheRuleAndTheOffendingId() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(10), PHOTOS));
    ledger.append(assessment("A-1", CHILD, at(10), true, PHOTOS));
    ledger.append(assessment("A-2", CHILD, at(10), false, PHOTOS));

    InvalidInputException duplicate = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(event("E-1", CHILD, ConsentAction.REFUSED, at(20), PHOTOS)));
    InvalidInputException duplicateAssessment = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(assessment("A-1", CHILD, at(20), true, PHOTOS)));
    InvalidInputException older = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(event("E-2", CHILD, ConsentAction.REFUSED, at(9), PHOTOS)));
    InvalidInputException olderAssessment = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(assessment("A-3", CHILD, at(9), true, PHOTOS)));
    UnknownReferenceException unknown = catchThrowableOfType(UnknownReferenceException.class,
        () -> ledger.append(selfAssessedGrant("E-3", CHILD, at(20), "A-404", PHOTOS)));
    InvalidInputException uncovered = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(selfAssessedGrant("E-4", CHILD, at(20), "A-1", PHOTOS, VIDEO)));
    InvalidInputException notCapable = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(selfAssessedGrant("E-5", CHILD, at(20), "A-2", PHOTOS)));
    InvalidInputException beforeAssessment = catchThrowableOfType(InvalidInputException.class,
        () -> ledger.append(selfAssessedGrant("E-6", CHILD, at(9), "A-1", PHOTOS)));

    assertThat(duplicate.rule()).isEqualTo("must be new to the ledger");
    assertThat(duplicate.offendingValue()).contains("E-1");
    assertThat(duplicateAssessment.field()).isEqualTo("capacityAssessment.id");
    assertThat(duplicateAssessment.offendingValue()).contains("A-1");
    assertThat(older.rule()).isEqualTo("must not be before the latest record already held for C-1"
        + " (records for a young person are appended in the order they were recorded)");
    assertThat(older.offendingValue()).contains("E-2");
    assertThat(olderAssessment.field()).isEqualTo("capacityAssessment.assessedAt");
    assertThat(olderAssessment.offendingValue()).contains("A-3");
    assertThat(unknown.kind()).isEqualTo("capacity assessment of C-1");
    assertThat(unknown.reference()).isEqualTo("A-404");
    assertThat(uncovered.rule()).isEqualTo("must cover every purpose of the decision; A-1 does not cover VIDEO");
    assertThat(uncovered.offendingValue()).contains("E-4");
    assertThat(notCapable.rule()).startsWith("found the young person not capable of this decision");
    assertThat(notCapable.offendingValue()).contains("E-5");
    assertThat(beforeAssessment.rule()).isEqualTo("must have been made before the decision it supports");
    assertThat(beforeAssessment.offendingValue()).contains("E-6");
    assertThat(ledger.size()).isEqualTo(3);
  }

  @Test
  void acceptsASelfAssessedDecisionMadeAtTheInstantOfItsAssessment() {
    ledger.append(assessment("A-1", CHILD, at(10), true, PHOTOS, VIDEO));

    LedgerEntry entry = ledger.append(selfAssessedGrant("E-1", CHILD, at(10), "A-1", VIDEO));

    assertThat(entry.position()).isEqualTo(2);
    assertThat(ledger.statusAt(CHILD, VIDEO, at(10)).status()).isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void refusesDuplicateIdsWithinOneBatch() {
    InvalidInputException events = catchThrowableOfType(InvalidInputException.class, () -> ledger.appendAll(List.of(
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)),
        LedgerRecord.of(event("E-1", OTHER_CHILD, ConsentAction.GIVEN, at(0), PHOTOS)))));
    InvalidInputException assessments = catchThrowableOfType(InvalidInputException.class, () -> ledger.appendAll(List.of(
        LedgerRecord.of(assessment("A-1", CHILD, at(0), true, PHOTOS)),
        LedgerRecord.of(assessment("A-1", OTHER_CHILD, at(0), true, PHOTOS)))));

    assertThat(events.field()).isEqualTo("consentEvent.id");
    assertThat(assessments.field()).isEqualTo("capacityAssessment.id");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void refusesRecordsOutOfOrderWithinOneBatch() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ledger.appendAll(List.of(
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(5), PHOTOS)),
        LedgerRecord.of(event("E-2", OTHER_CHILD, ConsentAction.GIVEN, at(0), PHOTOS)),
        LedgerRecord.of(event("E-3", CHILD, ConsentAction.REFUSED, at(4), PHOTOS)))));

    assertThat(e.field()).isEqualTo("consentEvent.recordedAt");
    assertThat(e.offendingValue()).contains("E-3");
  }

  @Test
  void refusesADecisionRestingOnAnAssessmentLaterInTheSameBatch() {
    Throwable thrown = catchThrowable(() -> ledger.appendAll(List.of(
        LedgerRecord.of(selfAssessedGrant("E-1", CHILD, at(5), "A-1", PHOTOS)),
        LedgerRecord.of(assessment("A-1", CHILD, at(5), true, PHOTOS)))));

    assertThat(thrown).isInstanceOf(UnknownReferenceException.class);
  }

  @Test
  void appendAllIsAllOrNothing() {
    ConsentEvent kept = event("E-0", CHILD, ConsentAction.REQUESTED, at(0), PHOTOS);
    ledger.append(kept);
    String head = ledger.headHash();
    ConsentEvent good = event("E-1", CHILD, ConsentAction.GIVEN, at(10), PHOTOS);
    CapacityAssessment goodAssessment = assessment("A-1", OTHER_CHILD, at(10), true, VIDEO);
    ConsentEvent later = event("E-3", CHILD, ConsentAction.REFUSED, at(30), PHOTOS);

    Throwable thrown = catchThrowable(() -> ledger.appendAll(List.of(
        LedgerRecord.of(good),
        LedgerRecord.of(goodAssessment),
        LedgerRecord.of(event("E-0", CHILD, ConsentAction.REFUSED, at(20), PHOTOS)),
        LedgerRecord.of(later))));

    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.headHash()).isEqualTo(head);
    assertThat(ledger.eventsOf(CHILD)).containsExactly(kept);
    assertThat(ledger.subjects()).containsExactly(CHILD);
    assertThat(ledger.contains(good.id())).isFalse();
    assertThat(ledger.assessment(goodAssessment.id())).isEmpty();
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(40)).status()).isEqualTo(ConsentStatus.REQUESTED);
    // Nothing of the refused batch was remembered: each of its good records is still new.
    assertThat(ledger.appendAll(List.of(LedgerRecord.of(good), LedgerRecord.of(goodAssessment))))
        .extracting(LedgerEntry::position).containsExactly(2L, 3L);
  }

  @Test
  void appendAllRefusesANullRecordAndAppendsNothing() {
    List<LedgerRecord> records = new ArrayList<>();
    records.add(LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(10), PHOTOS)));
    records.add(null);

    assertThatThrownBy(() -> ledger.appendAll(records)).isInstanceOf(NullPointerException.class);
    assertThat(ledger.size()).isZero();
  }

  // ---- history queries --------------------------------------------------------------------

  @Test
  void eventsOfAsOfGivesTheHistoryAsItStoodThen() {
    List<ConsentEvent> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ConsentEvent e = event("E-" + i, CHILD, i % 2 == 0 ? ConsentAction.GIVEN : ConsentAction.REFUSED,
          at(10L * i), PHOTOS);
      ledger.append(e);
      all.add(e);
    }
    ledger.append(assessment("A-1", CHILD, at(95), true, PHOTOS));

    assertThat(ledger.eventsOf(CHILD)).isEqualTo(all);
    assertThat(ledger.eventsOf(CHILD, at(0).minusNanos(1))).isEmpty();
    for (int i = 0; i < 10; i++) {
      assertThat(ledger.eventsOf(CHILD, at(10L * i))).as("at %s", i).isEqualTo(all.subList(0, i + 1));
      assertThat(ledger.eventsOf(CHILD, at(10L * i).plusSeconds(1))).isEqualTo(all.subList(0, i + 1));
      assertThat(ledger.eventsOf(CHILD, at(10L * i).minusNanos(1))).isEqualTo(all.subList(0, i));
    }
    assertThat(ledger.eventsOf(CHILD, Instant.MAX)).isEqualTo(all);
    assertThat(ledger.eventsOf(OTHER_CHILD, Instant.MAX)).isEmpty();
  }

  @Test
  void assessmentsOfGivesOnlyAssessmentsInTheOrderMade() {
    CapacityAssessment first = assessment("A-1", CHILD, at(0), false, PHOTOS);
    CapacityAssessment second = assessment("A-2", CHILD, at(10), true, PHOTOS);
    ledger.append(first);
    ledger.append(event("E-1", CHILD, ConsentAction.REQUESTED, at(5), PHOTOS));
    ledger.append(second);

    assertThat(ledger.assessmentsOf(CHILD)).containsExactly(first, second);
    assertThat(ledger.eventsOf(CHILD)).extracting(ConsentEvent::id).containsExactly(ConsentEventId.parse("E-1"));
  }

  @Test
  void historiesCannotBeChangedThroughTheQueries() {
    ledger.append(event("E-1", CHILD, ConsentAction.REQUESTED, at(5), PHOTOS));
    ledger.append(assessment("A-1", CHILD, at(6), true, PHOTOS));

    assertThatThrownBy(() -> ledger.eventsOf(CHILD).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ledger.eventsOf(CHILD, at(9)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ledger.assessmentsOf(CHILD).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ledger.subjects().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void queriesRejectNull() {
    assertThatThrownBy(() -> ledger.eventsOf(null)).isInstanceOf(NullPointerException.class).hasMessage("subject");
    assertThatThrownBy(() -> ledger.eventsOf(CHILD, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> ledger.statusAt(null, PHOTOS, at(0))).isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
    assertThatThrownBy(() -> ledger.statusAt(CHILD, PHOTOS, at(0), null))
        .isInstanceOf(NullPointerException.class).hasMessage("materials");
  }

  // ---- status at an instant ---------------------------------------------------------------

  static Stream<Arguments> statusAfterAGrant() {
    return Stream.of(
        // Asking again (to renew, say) leaves the standing decision in place until it is answered.
        Arguments.of(ConsentAction.REQUESTED, ConsentStatus.GIVEN, false),
        Arguments.of(ConsentAction.DEFERRED, ConsentStatus.DEFERRED, true),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.GIVEN, true),
        Arguments.of(ConsentAction.RENEWED, ConsentStatus.RENEWED, true),
        Arguments.of(ConsentAction.REFUSED, ConsentStatus.REFUSED, true),
        Arguments.of(ConsentAction.WITHDRAWN, ConsentStatus.WITHDRAWN, true),
        Arguments.of(ConsentAction.REVOKED, ConsentStatus.REVOKED, true),
        Arguments.of(ConsentAction.EXPIRED, ConsentStatus.EXPIRED, true),
        Arguments.of(ConsentAction.INVALIDATED, ConsentStatus.INVALIDATED, true),
        // The child's assent or dissent is their view beside the decision, not a decision.
        Arguments.of(ConsentAction.ASSENTED, ConsentStatus.GIVEN, false),
        Arguments.of(ConsentAction.DISSENTED, ConsentStatus.GIVEN, false));
  }

  @ParameterizedTest(name = "{0} after GIVEN -> {1}")
  @MethodSource("statusAfterAGrant")
  void statusIsTheLatestDecisionAboutThePurpose(ConsentAction action, ConsentStatus expected, boolean decides) {
    ConsentEvent grant = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS);
    ConsentEvent next = event("E-2", CHILD, action, at(10), PHOTOS);
    ledger.append(grant);
    ledger.append(next);

    StatusAt now = ledger.statusAt(CHILD, PHOTOS, at(10));
    StatusAt before = ledger.statusAt(CHILD, PHOTOS, at(10).minusNanos(1));

    ConsentEvent restsOn = decides ? next : grant;
    assertThat(now.status()).isEqualTo(expected);
    assertThat(now.subject()).isEqualTo(CHILD);
    assertThat(now.purpose()).isEqualTo(PHOTOS);
    assertThat(now.at()).isEqualTo(at(10));
    assertThat(now.event()).isEqualTo(restsOn.id());
    assertThat(now.restsOn()).contains(restsOn.id());
    assertThat(now.since()).isEqualTo(restsOn.recordedAt());
    assertThat(now.isValidForProcessing()).isEqualTo(expected.isValidForProcessing());
    assertThat(now.reason().rule())
        .isEqualTo("consent.status." + expected.name().toLowerCase(Locale.ROOT));
    assertThat(now.reason().source()).isEqualTo(DPV);
    assertThat(before.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(before.event()).isEqualTo(grant.id());
  }

  @ParameterizedTest
  @EnumSource(value = ConsentAction.class, names = {"ASSENTED", "DISSENTED"}, mode = EnumSource.Mode.EXCLUDE)
  void statusOfTheOnlyDecisionIsItsOwn(ConsentAction action) {
    ConsentEvent only = event("E-1", CHILD, action, at(0), PHOTOS);
    ledger.append(only);

    StatusAt status = ledger.statusAt(CHILD, PHOTOS, at(0));

    assertThat(status.status()).isEqualTo(action.status());
    assertThat(status.event()).isEqualTo(only.id());
  }

  @Test
  void explainsAStatusWithTheDeciderAndTheirAuthority() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    ledger.append(event("E-2", CHILD, ConsentAction.REQUESTED, at(10), VIDEO));

    assertThat(ledger.statusAt(CHILD, PHOTOS, at(5)).reason().explanation())
        .isEqualTo("being photographed: GIVEN by M-1 (PARENTAL_RESPONSIBILITY) at 2026-03-01T10:00:00Z");
    assertThat(ledger.statusAt(CHILD, VIDEO, at(10)).reason().explanation())
        .isEqualTo("being filmed: REQUESTED by W-1 at 2026-03-01T10:10:00Z");
  }

  static Stream<Arguments> nothingDecided() {
    return Stream.of(
        Arguments.of("nothing recorded", (Consumer<ConsentLedger>) l -> { }),
        Arguments.of("only another purpose",
            (Consumer<ConsentLedger>) l -> l.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), VIDEO))),
        Arguments.of("only another young person",
            (Consumer<ConsentLedger>) l -> l.append(event("E-1", OTHER_CHILD, ConsentAction.GIVEN, at(0), PHOTOS))),
        Arguments.of("only the child's assent",
            (Consumer<ConsentLedger>) l -> l.append(event("E-1", CHILD, ConsentAction.ASSENTED, at(0), PHOTOS))),
        Arguments.of("only the child's dissent",
            (Consumer<ConsentLedger>) l -> l.append(event("E-1", CHILD, ConsentAction.DISSENTED, at(0), PHOTOS))),
        Arguments.of("only an assessment",
            (Consumer<ConsentLedger>) l -> l.append(assessment("A-1", CHILD, at(0), true, PHOTOS))),
        Arguments.of("only a decision recorded later",
            (Consumer<ConsentLedger>) l -> l.append(event("E-1", CHILD, ConsentAction.GIVEN, at(61), PHOTOS))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nothingDecided")
  void statusIsUnknownWhenNoDecisionAboutThePurposeWasRecordedByThen(String name, Consumer<ConsentLedger> setup) {
    setup.accept(ledger);

    StatusAt status = ledger.statusAt(CHILD, PHOTOS, at(60));

    assertThat(status.status()).isEqualTo(ConsentStatus.UNKNOWN);
    assertThat(status.event()).isNull();
    assertThat(status.restsOn()).isEmpty();
    assertThat(status.since()).isNull();
    assertThat(status.isValidForProcessing()).isFalse();
    assertThat(status.reason().rule()).isEqualTo("consent.status.unknown");
    assertThat(status.reason().explanation())
        .isEqualTo("No consent decision about being photographed is recorded for C-1 by 2026-03-01T11:00:00Z");
    assertThat(status.reason().source()).isEqualTo(DPV);
  }

  @Test
  void aDecisionAboutSeveralPurposesCountsForEach() {
    ConsentEvent both = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS, VIDEO);
    ConsentEvent refusal = event("E-2", CHILD, ConsentAction.REFUSED, at(10), PHOTOS);
    ledger.append(both);
    ledger.append(refusal);

    assertThat(ledger.statusAt(CHILD, PHOTOS, at(10)).event()).isEqualTo(refusal.id());
    assertThat(ledger.statusAt(CHILD, VIDEO, at(10)).event()).isEqualTo(both.id());
    assertThat(ledger.statusAt(CHILD, VIDEO, at(10)).status()).isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void theLatestDecisionCountsWhoeverMadeIt() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    ledger.append(event("E-2", CHILD, ConsentAction.WITHDRAWN, at(10), PHOTOS));
    ledger.append(event("E-3", CHILD, ConsentAction.ASSENTED, at(20), PHOTOS));

    StatusAt status = ledger.statusAt(CHILD, PHOTOS, at(30));

    assertThat(status.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(status.since()).isEqualTo(at(10));
    assertThat(status.reason().explanation())
        .isEqualTo("being photographed: WITHDRAWN by C-1 (SELF_AGED_16_OR_OVER) at 2026-03-01T10:10:00Z");
  }

  @Test
  void aGrantExpiresByItselfAtTheEndOfItsValidity() {
    ConsentEvent grant = grantUntil("E-1", at(0), at(60), PHOTOS);
    ledger.append(grant);

    StatusAt during = ledger.statusAt(CHILD, PHOTOS, at(60).minusNanos(1));
    StatusAt atEnd = ledger.statusAt(CHILD, PHOTOS, at(60));
    StatusAt after = ledger.statusAt(CHILD, PHOTOS, at(600));

    assertThat(during.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(atEnd.status()).isEqualTo(ConsentStatus.EXPIRED);
    assertThat(atEnd.event()).isEqualTo(grant.id());
    assertThat(atEnd.since()).isEqualTo(at(60));
    assertThat(atEnd.isValidForProcessing()).isFalse();
    assertThat(atEnd.reason().rule()).isEqualTo("consent.status.expired");
    assertThat(atEnd.reason().explanation()).isEqualTo("Consent GIVEN by M-1 (PARENTAL_RESPONSIBILITY) at "
        + "2026-03-01T10:00:00Z expired at 2026-03-01T11:00:00Z");
    assertThat(atEnd.reason().source()).isEqualTo(DPV);
    assertThat(after.status()).isEqualTo(ConsentStatus.EXPIRED);
    assertThat(after.since()).isEqualTo(at(60));
  }

  @Test
  void aRenewalExpiresToo() {
    ledger.append(LedgerFixtures.prefilled("E-1", CHILD, ConsentAction.RENEWED, at(0), PHOTOS)
        .validity(io.coproduce.consent.event.Validity.between(at(0), at(60))).build());

    assertThat(ledger.statusAt(CHILD, PHOTOS, at(59)).status()).isEqualTo(ConsentStatus.RENEWED);
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(60)).status()).isEqualTo(ConsentStatus.EXPIRED);
  }

  @Test
  void aNewMajorVersionOfTheMaterialInvalidatesAGrant() {
    ConsentEvent grant = event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS);
    ledger.append(grant);
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(1, 0), at(-100)),
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(30)),
        Publication.of(SHEET, MaterialVersion.of(3, 0), at(50))));

    StatusAt before = ledger.statusAt(CHILD, PHOTOS, at(30).minusNanos(1), catalogue);
    StatusAt after = ledger.statusAt(CHILD, PHOTOS, at(30), catalogue);
    StatusAt later = ledger.statusAt(CHILD, PHOTOS, at(60), catalogue);

    assertThat(before.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(after.status()).isEqualTo(ConsentStatus.INVALIDATED);
    assertThat(after.event()).isEqualTo(grant.id());
    assertThat(after.since()).isEqualTo(at(30));
    assertThat(after.reason().rule()).isEqualTo("consent.status.material-changed");
    assertThat(after.reason().explanation()).isEqualTo("Consent GIVEN by M-1 (PARENTAL_RESPONSIBILITY) at "
        + "2026-03-01T10:00:00Z rested on photo-sheet version 1.0; version 2.0 changed it materially at "
        + "2026-03-01T10:30:00Z");
    assertThat(after.reason().source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(later.since()).as("the first material change counts").isEqualTo(at(30));
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(60)).status())
        .as("without a catalogue, material never changes").isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void aNewMinorVersionOrAnotherMaterialLeavesAGrantStanding() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(1, 1), at(10)),
        Publication.of(SHEET, MaterialVersion.of(1, 2), at(20)),
        Publication.of(MaterialId.parse("video-sheet"), MaterialVersion.of(5, 0), at(20))));

    StatusAt status = ledger.statusAt(CHILD, PHOTOS, at(60), catalogue);

    assertThat(status.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(status.since()).isEqualTo(at(0));
  }

  @Test
  void aMaterialChangeDoesNotTurnARefusalIntoAnInvalidation() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    ledger.append(event("E-2", CHILD, ConsentAction.REFUSED, at(10), PHOTOS));
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(30))));

    assertThat(ledger.statusAt(CHILD, PHOTOS, at(60), catalogue).status()).isEqualTo(ConsentStatus.REFUSED);
  }

  @Test
  void expiryIsReportedBeforeAMaterialChange() {
    ledger.append(grantUntil("E-1", at(0), at(20), PHOTOS));
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(10))));

    StatusAt status = ledger.statusAt(CHILD, PHOTOS, at(30), catalogue);

    assertThat(status.status()).isEqualTo(ConsentStatus.EXPIRED);
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(15), catalogue).status()).isEqualTo(ConsentStatus.INVALIDATED);
  }

  @Test
  void aNewGrantOnTheNewMaterialStandsAgain() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    ledger.append(LedgerFixtures.prefilled("E-2", CHILD, ConsentAction.RENEWED, at(40), PHOTOS)
        .material(io.coproduce.consent.material.InformationMaterial.nonText(SHEET, MaterialVersion.of(2, 0), "en"))
        .build());
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(30))));

    assertThat(ledger.statusAt(CHILD, PHOTOS, at(35), catalogue).status()).isEqualTo(ConsentStatus.INVALIDATED);
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(40), catalogue).status()).isEqualTo(ConsentStatus.RENEWED);
  }

  @Test
  void statusAtAnInstantDoesNotDependOnEventsRecordedAfterIt() {
    ledger.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    ledger.append(event("E-2", CHILD, ConsentAction.ASSENTED, at(5), PHOTOS));
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(100))));
    List<StatusAt> before = statusesAt(at(10), catalogue);
    List<ConsentEvent> historyBefore = ledger.eventsOf(CHILD, at(10));

    ledger.append(event("E-3", CHILD, ConsentAction.WITHDRAWN, at(11), PHOTOS));
    ledger.append(event("E-4", CHILD, ConsentAction.REFUSED, at(12), VIDEO));
    ledger.append(event("E-5", CHILD, ConsentAction.GIVEN, at(200), PHOTOS, VIDEO));

    assertThat(statusesAt(at(10), catalogue)).isEqualTo(before);
    assertThat(ledger.eventsOf(CHILD, at(10))).isEqualTo(historyBefore);
    assertThat(ledger.statusAt(CHILD, PHOTOS, at(11)).status()).isEqualTo(ConsentStatus.WITHDRAWN);
  }

  private List<StatusAt> statusesAt(Instant t, MaterialCatalogue catalogue) {
    return List.of(ledger.statusAt(CHILD, PHOTOS, t), ledger.statusAt(CHILD, VIDEO, t),
        ledger.statusAt(CHILD, PHOTOS, t, catalogue), ledger.statusAt(CHILD, VIDEO, t, catalogue));
  }

  // ---- reopening --------------------------------------------------------------------------

  @Test
  void reopeningAFileLedgerReplaysTheSameState(@TempDir Path dir) {
    Path file = dir.resolve("consent.jsonl");
    ConsentLedger first = ConsentLedger.open(FileLedgerStore.open(file));
    first.appendAll(List.of(
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)),
        LedgerRecord.of(assessment("A-1", CHILD, at(5), true, VIDEO)),
        LedgerRecord.of(selfAssessedGrant("E-2", CHILD, at(6), "A-1", VIDEO)),
        LedgerRecord.of(event("E-3", OTHER_CHILD, ConsentAction.REFUSED, at(1), PHOTOS))));
    first.append(event("E-4", CHILD, ConsentAction.WITHDRAWN, at(20), PHOTOS));
    long size = first.size();
    String head = first.headHash();
    List<ConsentEvent> events = first.eventsOf(CHILD);
    List<CapacityAssessment> assessments = first.assessmentsOf(CHILD);
    first.close();

    try (ConsentLedger reopened = ConsentLedger.open(FileLedgerStore.open(file))) {
      assertThat(reopened.size()).isEqualTo(size).isEqualTo(5);
      assertThat(reopened.headHash()).isEqualTo(head);
      assertThat(reopened.eventsOf(CHILD)).isEqualTo(events);
      assertThat(reopened.assessmentsOf(CHILD)).isEqualTo(assessments);
      assertThat(reopened.subjects()).containsExactlyInAnyOrder(CHILD, OTHER_CHILD);
      assertThat(reopened.statusAt(CHILD, PHOTOS, at(30)).status()).isEqualTo(ConsentStatus.WITHDRAWN);
      assertThat(reopened.statusAt(CHILD, VIDEO, at(30)).status()).isEqualTo(ConsentStatus.GIVEN);
      assertThat(reopened.statusAt(OTHER_CHILD, PHOTOS, at(30)).status()).isEqualTo(ConsentStatus.REFUSED);
      assertThat(reopened.verify()).isEqualTo(VerificationResult.intact(5, head));
      // The rebuilt index still enforces every rule.
      assertThat(catchThrowableOfType(InvalidInputException.class,
          () -> reopened.append(event("E-1", OTHER_CHILD, ConsentAction.GIVEN, at(30), PHOTOS))).field())
          .isEqualTo("consentEvent.id");
      assertThat(catchThrowableOfType(InvalidInputException.class,
          () -> reopened.append(event("E-9", CHILD, ConsentAction.GIVEN, at(19), PHOTOS))).field())
          .isEqualTo("consentEvent.recordedAt");
      assertThat(catchThrowableOfType(InvalidInputException.class,
          () -> reopened.append(assessment("A-1", OTHER_CHILD, at(30), true, PHOTOS))).field())
          .isEqualTo("capacityAssessment.id");
      LedgerEntry next = reopened.append(selfAssessedGrant("E-5", CHILD, at(30), "A-1", VIDEO));
      assertThat(next.position()).isEqualTo(6);
      assertThat(next.previousHash()).isEqualTo(head);
    }
  }

  @Test
  void reopeningOverTheSameStoreReplaysTheSameState() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    ConsentLedger first = ConsentLedger.open(store);
    first.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS));
    first.append(assessment("A-1", OTHER_CHILD, at(0), false, PHOTOS));

    ConsentLedger again = ConsentLedger.open(store);

    assertThat(again.size()).isEqualTo(2);
    assertThat(again.headHash()).isEqualTo(first.headHash());
    assertThat(again.eventsOf(CHILD)).isEqualTo(first.eventsOf(CHILD));
    assertThat(again.assessmentsOf(OTHER_CHILD)).isEqualTo(first.assessmentsOf(OTHER_CHILD));
    assertThat(again.assessment(CapacityAssessmentId.parse("A-1"))).isPresent();
    assertThat(again.contains(ConsentEventId.parse("E-1"))).isTrue();
  }

  @Test
  void openRefusesAStoreWhoseEntriesDoNotFollowOneAnother() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));
    LedgerEntry skipped = LedgerFormat.entry(3, first.hash(),
        LedgerRecord.of(event("E-2", CHILD, ConsentAction.GIVEN, at(1), PHOTOS)));
    LedgerEntry unchained = LedgerFormat.entry(2, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-2", CHILD, ConsentAction.GIVEN, at(1), PHOTOS)));

    LedgerIntegrityException gap = catchThrowableOfType(LedgerIntegrityException.class,
        () -> ConsentLedger.open(new ReplayingStore(List.of(first, skipped), 2)));
    LedgerIntegrityException broken = catchThrowableOfType(LedgerIntegrityException.class,
        () -> ConsentLedger.open(new ReplayingStore(List.of(first, unchained), 2)));

    assertThat(gap.position()).isEqualTo(3);
    assertThat(gap).hasMessageContaining("the entry does not follow the one before");
    assertThat(broken.position()).isEqualTo(2);
    assertThat(broken).hasMessageContaining("the entry does not follow the one before");
  }

  @Test
  void openRefusesAStoreHoldingEntriesItDidNotReplay() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));

    LedgerIntegrityException e = catchThrowableOfType(LedgerIntegrityException.class,
        () -> ConsentLedger.open(new ReplayingStore(List.of(first), 3)));

    assertThat(e.position()).isEqualTo(2);
    assertThat(e).hasMessage("consent ledger does not verify at entry 2: the store holds entries it did not"
        + " replay; open it for audit to read what is there");
  }

  @Test
  void openRejectsANullStore() {
    assertThatThrownBy(() -> ConsentLedger.open(null)).isInstanceOf(NullPointerException.class).hasMessage("store");
  }

  // ---- storage failures -------------------------------------------------------------------

  @Test
  void aStoreThatFailsToWriteStopsTheLedger() {
    FailingStore store = new FailingStore(true, false);
    ConsentLedger failing = ConsentLedger.open(store);

    LedgerIntegrityException first = catchThrowableOfType(LedgerIntegrityException.class,
        () -> failing.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));
    LedgerIntegrityException next = catchThrowableOfType(LedgerIntegrityException.class,
        () -> failing.append(event("E-2", CHILD, ConsentAction.GIVEN, at(1), PHOTOS)));

    assertThat(first.position()).isEqualTo(1);
    assertThat(failing.size()).isZero();
    assertThat(failing.contains(ConsentEventId.parse("E-1"))).isFalse();
    assertThat(failing.eventsOf(CHILD)).isEmpty();
    assertThat(next.position()).isEqualTo(1);
    assertThat(next).hasMessage("consent ledger storage failed at entry 1; appends from there on were not"
        + " acknowledged and the ledger accepts no more");
    assertThat(store.writes).isEqualTo(1);
  }

  @Test
  void aStoreThatFailsToSyncStopsTheLedger() {
    FailingStore store = new FailingStore(false, true);
    ConsentLedger failing = ConsentLedger.open(store);

    Throwable first = catchThrowable(() -> failing.append(event("E-1", CHILD, ConsentAction.GIVEN, at(0), PHOTOS)));
    LedgerIntegrityException next = catchThrowableOfType(LedgerIntegrityException.class,
        () -> failing.append(event("E-2", CHILD, ConsentAction.GIVEN, at(1), PHOTOS)));

    assertThat(first).isInstanceOf(LedgerIntegrityException.class);
    assertThat(failing.size()).as("written, never acknowledged").isEqualTo(1);
    assertThat(next.position()).isEqualTo(2);
    assertThat(store.writes).isEqualTo(1);
  }

  @Test
  void closeClosesTheStore() {
    FailingStore store = new FailingStore(false, false);
    ConsentLedger l = ConsentLedger.open(store);

    l.close();

    assertThat(store.closed).isTrue();
  }

  /** A store replaying fixed entries and claiming a fixed size. */
  private static final class ReplayingStore implements LedgerStore {
    private final List<LedgerEntry> entries;
    private final long size;

    ReplayingStore(List<LedgerEntry> entries, long size) {
      this.entries = entries;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public String headHash() {
      return entries.get(entries.size() - 1).hash();
    }

    @Override
    public void write(List<LedgerEntry> batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sync(long position) {}

    @Override
    public void replay(Consumer<LedgerEntry> sink) {
      entries.forEach(sink);
    }

    @Override
    public VerificationResult verify() {
      return VerificationResult.intact(size, headHash());
    }

    @Override
    public void close() {}
  }

  /** An empty store whose writes or syncs fail. */
  private static final class FailingStore implements LedgerStore {
    private final boolean failWrite;
    private final boolean failSync;
    int writes;
    boolean closed;

    FailingStore(boolean failWrite, boolean failSync) {
      this.failWrite = failWrite;
      this.failSync = failSync;
    }

    @Override
    public long size() {
      return 0;
    }

    @Override
    public String headHash() {
      return LedgerFormat.GENESIS;
    }

    @Override
    public void write(List<LedgerEntry> batch) {
      writes++;
      if (failWrite) {
        throw LedgerIntegrityException.storageFailed(batch.get(0).position(), new java.io.IOException("disk full"));
      }
    }

    @Override
    public void sync(long position) {
      if (failSync) {
        throw LedgerIntegrityException.storageFailed(position, new java.io.IOException("disk gone"));
      }
    }

    @Override
    public void replay(Consumer<LedgerEntry> sink) {}

    @Override
    public VerificationResult verify() {
      return VerificationResult.intact(0, LedgerFormat.GENESIS);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
