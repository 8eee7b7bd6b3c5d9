package io.coproduce.consent.ledger;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.policy.ConsentSources;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, hash-chained record of every consent event and capacity assessment, indexed
 * by young person so that a consent check is a hash lookup and a short walk, never a scan.
 * Thread-safe: appends are serialised, made durable by the {@link LedgerStore} before they are
 * acknowledged (concurrent appends share flushes), and reads never block.
 *
 * <p>What an append checks, refusing the whole append (nothing half-applies) with an {@link
 * InvalidInputException} naming the field:
 *
 * <ul>
 *   <li>every event and assessment id is new to the ledger;
 *   <li>a young person's records arrive in the order they were recorded: none is older than
 *       that person's latest record (record a paper form late with its own validity start);
 *   <li>a decision on the authority of a capacity assessment names an assessment already in
 *       the ledger for that young person, covering every purpose of the decision, which found
 *       them capable ({@link UnknownReferenceException} when it is not there). A young person's
 *       wish that rests on no such assessment is recorded as their assent or dissent.
 * </ul>
 *
 * <p>Queries may see an append a moment before it is acknowledged (while it is being made
 * durable); an append that fails to become durable stops the ledger.
 */
public final class ConsentLedger implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConsentLedger.class);
  private static final RuleSource DPV = ConsentSources.DPV_STATUS;

  private final LedgerStore store;
  private final Object appendLock = new Object();
  private final ConcurrentHashMap<PersonId, ConsentHistory> index = new ConcurrentHashMap<>();
  private final Set<ConsentEventId> eventIds = ConcurrentHashMap.newKeySet();
  private final Map<CapacityAssessmentId, CapacityAssessment> assessmentIds = new ConcurrentHashMap<>();
  private volatile long size;
  private volatile String head;
  private volatile boolean failed;

  private ConsentLedger(LedgerStore store) {
    this.store = store;
    this.head = LedgerFormat.GENESIS;
  }

  /** An empty ledger in memory. */
  public static ConsentLedger inMemory() {
    return new ConsentLedger(new InMemoryLedgerStore());
  }

  /**
   * A ledger over {@code store}, indexing every entry it already holds.
   *
   * @throws LedgerIntegrityException when the stored entries do not verify
   */
  public static ConsentLedger open(LedgerStore store) {
    Objects.requireNonNull(store, "store");
    ConsentLedger ledger = new ConsentLedger(store);
    store.replay(entry -> {
      if (entry.position() != ledger.size + 1 || !entry.previousHash().equals(ledger.head)) {
        throw LedgerIntegrityException.tampered(VerificationResult.badAt(
            entry.position(), "the entry does not follow the one before", ledger.head));
      }
      ledger.index(entry.record());
      ledger.size = entry.position();
      ledger.head = entry.hash();
    });
    if (ledger.size != store.size()) {
      throw LedgerIntegrityException.tampered(VerificationResult.badAt(
          ledger.size + 1, "the store holds entries it did not replay", ledger.head));
    }
    LOG.debug("consent ledger opened with {} entries", ledger.size);
    return ledger;
  }

  /**
   * Appends a consent event and returns its entry once it is durable.
   *
   * @throws InvalidInputException when the event breaks a rule above
   * @throws UnknownReferenceException when it names a capacity assessment the ledger does not hold
   * @throws LedgerIntegrityException when the store failed
   */
  public LedgerEntry append(ConsentEvent event) {
    return appendAll(List.of(LedgerRecord.of(Objects.requireNonNull(event, "event")))).get(0);
  }

  /** Appends a capacity assessment and returns its entry once it is durable. */
  public LedgerEntry append(CapacityAssessment assessment) {
    return appendAll(List.of(LedgerRecord.of(Objects.requireNonNull(assessment, "assessment")))).get(0);
  }

  /**
   * Appends records in order, all or none, and returns their entries once all are durable (one
   * flush for the batch).
   *
   * @throws InvalidInputException when any record breaks a rule above; nothing is appended
   */
  public List<LedgerEntry> appendAll(Collection<LedgerRecord> records) {
    Objects.requireNonNull(records, "records");
    List<LedgerRecord> batch = List.copyOf(records);
    if (batch.isEmpty()) {
      return List.of();
    }
    List<LedgerEntry> entries = new ArrayList<>(batch.size());
    synchronized (appendLock) {
      if (failed) {
        throw LedgerIntegrityException.storageFailed(size + 1, null);
      }
      validate(batch);
      long position = size;
      String previous = head;
      for (LedgerRecord r : batch) {
        LedgerEntry e = LedgerFormat.entry(++position, previous, r);
        entries.add(e);
        previous = e.hash();
      }
      try {
        store.write(entries);
      } catch (RuntimeException e) {
        failed = true;
        throw e;
      }
      for (LedgerRecord r : batch) {
        index(r);
      }
      size = position;
      head = previous;
    }
    try {
      store.sync(entries.get(entries.size() - 1).position());
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
    return Collections.unmodifiableList(entries);
  }

  private void validate(List<LedgerRecord> batch) {
    Set<ConsentEventId> newEvents = new HashSet<>();
    Map<CapacityAssessmentId, CapacityAssessment> newAssessments = new HashMap<>();
    Map<PersonId, Instant> latest = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      LedgerRecord r = Objects.requireNonNull(batch.get(i), "record");
      PersonId subject = r.subject();
      if (r.kind() == LedgerRecord.Kind.CONSENT_EVENT) {
        ConsentEvent e = r.event().orElseThrow();
        if (eventIds.contains(e.id()) || !newEvents.add(e.id())) {
          throw InvalidInputException.of("consentEvent.id", "must be new to the ledger", e.id());
        }
        if (e.authority() == DecisionAuthority.SELF_ASSESSED_CAPABLE) {
          CapacityAssessment a = assessmentIds.get(e.capacityAssessment());
          if (a == null) {
            a = newAssessments.get(e.capacityAssessment());
          }
          requireSupportingAssessment(e, a);
        }
      } else {
        CapacityAssessment a = r.assessment().orElseThrow();
        if (assessmentIds.containsKey(a.id()) || newAssessments.put(a.id(), a) != null) {
          throw InvalidInputException.of("capacityAssessment.id", "must be new to the ledger", a.id());
        }
      }
      // Checked after the rules above, so that a decision dated before the assessment it rests
      // on is refused for that reason rather than as merely out of order.
      Instant last = latest.computeIfAbsent(subject, s -> index.getOrDefault(s, ConsentHistory.EMPTY).latest);
      if (r.recordedAt().isBefore(last)) {
        throw InvalidInputException.of(field(r, "recordedAt"),
            "must not be before the latest record already held for " + subject
                + " (records for a young person are appended in the order they were recorded)",
            r.idText());
      }
      latest.put(subject, r.recordedAt());
    }
  }

  private static void requireSupportingAssessment(ConsentEvent e, CapacityAssessment a) {
    if (a == null || !a.subject().equals(e.subject())) {
      throw UnknownReferenceException.of("capacity assessment of " + e.subject(), e.capacityAssessment());
    }
    for (Purpose p : e.purposes()) {
      if (!a.covers(p)) {
        throw InvalidInputException.of("consentEvent.capacityAssessment",
            "must cover every purpose of the decision; " + a.id() + " does not cover " + p, e.id());
      }
    }
    if (!a.isCapable()) {
      throw InvalidInputException.of("consentEvent.capacityAssessment",
          "found the young person not capable of this decision; record their wish as ASSENTED or"
              + " DISSENTED beside the decision of someone with parental responsibility", e.id());
    }
    if (a.assessedAt().isAfter(e.recordedAt())) {
      throw InvalidInputException.of("consentEvent.capacityAssessment",
          "must have been made before the decision it supports", e.id());
    }
  }

  private static String field(LedgerRecord r, String name) {
    return (r.kind() == LedgerRecord.Kind.CONSENT_EVENT ? "consentEvent." : "capacityAssessment.")
        + (r.kind() == LedgerRecord.Kind.CAPACITY_ASSESSMENT && name.equals("recordedAt") ? "assessedAt" : name);
  }

  private void index(LedgerRecord r) {
    if (r.kind() == LedgerRecord.Kind.CONSENT_EVENT) {
      ConsentEvent e = r.event().orElseThrow();
      eventIds.add(e.id());
      index.merge(e.subject(), ConsentHistory.EMPTY.with(e), (old, ignored) -> old.with(e));
    } else {
      CapacityAssessment a = r.assessment().orElseThrow();
      assessmentIds.put(a.id(), a);
      index.merge(a.subject(), ConsentHistory.EMPTY.with(a), (old, ignored) -> old.with(a));
    }
  }

  /** Returns how many entries the ledger holds. */
  public long size() {
    return size;
  }

  /** Returns the hash of the last entry ({@link LedgerFormat#GENESIS} when empty): publish it to anchor the chain. */
  public String headHash() {
    return head;
  }

  /** Verifies every stored entry (for a file, as it is on disk now). */
  public VerificationResult verify() {
    return store.verify();
  }

  /** Returns the young people the ledger holds records for. */
  public Set<PersonId> subjects() {
    return Collections.unmodifiableSet(index.keySet());
  }

  /** Returns whether the ledger holds an event with this id. */
  public boolean contains(ConsentEventId id) {
    return eventIds.contains(Objects.requireNonNull(id, "id"));
  }

  /** Returns the capacity assessment with this id, if the ledger holds it. */
  public Optional<CapacityAssessment> assessment(CapacityAssessmentId id) {
    return Optional.ofNullable(assessmentIds.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns everything the ledger holds for {@code subject} now (empty when nothing): one hash
   * lookup, no copying. A consent check reads this.
   */
  public ConsentHistory historyOf(PersonId subject) {
    return records(subject);
  }

  /** Returns every consent event for {@code subject}, in the order recorded: the full history, who did what. */
  public List<ConsentEvent> eventsOf(PersonId subject) {
    return records(subject).eventList();
  }

  /** Returns the events for {@code subject} recorded at or before {@code asOf}: the history as it stood then. */
  public List<ConsentEvent> eventsOf(PersonId subject, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ConsentHistory r = records(subject);
    return r.eventList().subList(0, r.eventsUpTo(asOf));
  }

  /** Returns every capacity assessment of {@code subject}, in the order made. */
  public List<CapacityAssessment> assessmentsOf(PersonId subject) {
    return records(subject).assessmentList();
  }

  private ConsentHistory records(PersonId subject) {
    return index.getOrDefault(Objects.requireNonNull(subject, "subject"), ConsentHistory.EMPTY);
  }

  /** The status at {@code at}, ignoring changes of information material. */
  public StatusAt statusAt(PersonId subject, Purpose purpose, Instant at) {
    return statusAt(subject, purpose, at, MaterialCatalogue.empty());
  }

  /**
   * The status of {@code subject}'s consent for {@code purpose} at {@code at}: the latest consent
   * decision about the purpose recorded by then (by anyone; a consent check weighs every decider
   * separately), expired when past its validity, invalidated when the material it rested on had
   * a new major version published by then. A request counts only while nothing has been decided:
   * asking again (to renew, say) leaves an earlier decision standing until it is answered. A grant
   * whose validity starts later is reported as given; whether it applies yet is for the {@link
   * io.coproduce.consent.gate.ConsentGate} to say. Events recorded after {@code at} never change the answer.
   */
  public StatusAt statusAt(PersonId subject, Purpose purpose, Instant at, MaterialCatalogue materials) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(materials, "materials");
    ConsentHistory r = records(subject);
    ConsentEvent last = null;
    ConsentEvent request = null;
    for (int i = r.eventsUpTo(at) - 1; i >= 0; i--) {
      ConsentEvent e = r.events[i];
      if (e.action().isAssentOrDissent() || !e.covers(purpose)) {
        continue;
      }
      if (e.action() == ConsentAction.REQUESTED) {
        // A new request (to renew, say) leaves an earlier decision standing until it is answered.
        request = request == null ? e : request;
        continue;
      }
      last = e;
      break;
    }
    if (last == null) {
      last = request;
    }
    if (last == null) {
      return new StatusAt(subject, purpose, at, ConsentStatus.UNKNOWN, null, null,
          Reason.of("consent.status.unknown",
              "No consent decision about " + purpose.describe() + " is recorded for " + subject + " by " + at,
              DPV));
    }
    String by = " by " + last.decidedBy().value()
        + (last.authority() == null ? "" : " (" + last.authority() + ")") + " at " + last.recordedAt();
    if (last.action().isGrant()) {
      if (last.validity().hasEndedBy(at)) {
        return new StatusAt(subject, purpose, at, ConsentStatus.EXPIRED, last.id(), last.validity().until(),
            Reason.of("consent.status.expired", "Consent " + last.action() + by + " expired at "
                + last.validity().until(), DPV));
      }
      Optional<Publication> change = materials.firstMaterialChange(last.material(), at);
      if (change.isPresent()) {
        Publication p = change.get();
        return new StatusAt(subject, purpose, at, ConsentStatus.INVALIDATED, last.id(), p.publishedAt(),
            Reason.of("consent.status.material-changed", "Consent " + last.action() + by + " rested on "
                + last.material().id() + " version " + last.material().version() + "; version "
                + p.version() + " changed it materially at " + p.publishedAt(),
                ConsentSources.MATERIAL_CHANGE));
      }
    }
    ConsentStatus status = last.action().status();
    return new StatusAt(subject, purpose, at, status, last.id(), last.recordedAt(),
        Reason.of("consent.status." + status.name().toLowerCase(java.util.Locale.ROOT),
            purpose.describe() + ": " + last.action() + by, DPV));
  }

  /** Closes the store. */
  @Override
  public void close() {
    store.close();
  }

  /** Returns the size and head hash. */
  @Override
  public String toString() {
    return "ConsentLedger[" + size + " entries, head " + head + "]";
  }

}
