package io.coproduce.consent.gate;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.ledger.ConsentHistory;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.Age;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers, before something happens, whether each young person may take part in each purpose
 * at an instant, naming every missing piece. It reads the {@link ConsentLedger} (a hash lookup
 * and a walk over that person's few events), the {@link ConsentPolicy}, who holds {@link
 * ParentalResponsibility}, and which information materials have changed. A gate remembers each
 * person's last check ({@link #withCacheSize}): checking them again while nothing has been
 * appended to the ledger and the instant lies within the span over which those decisions cannot
 * change is one lookup in that memory, with no read of the ledger at all; otherwise the ledger is
 * read as above. {@link #prepare} fills that memory ahead for many people at once (the day's
 * standing of everyone a service serves), and a group whose {@code Person} objects are the ones
 * prepared or checked before is found by those objects, reading no id (a group of prepared
 * objects from a flat copy that prepare makes, reading little beyond the objects themselves).
 * Either way the answer is the same. Immutable and thread-safe (the memory is a thread-safe
 * cache); the {@code with...} methods return a new gate.
 *
 * <h2>The rule, per purpose</h2>
 *
 * <ol>
 *   <li>The policy says whose decision is needed ({@link ConsentPolicy#whoDecides}).
 *   <li>Only what was recorded by the instant counts; for each decider, their latest decision
 *       about the purpose is the one that stands. A recorded expiry or invalidation ends every
 *       grant made before it.
 *   <li>The young person's own objections always block: their dissent, their refusal, and their
 *       withdrawal (until they give new consent or assent after it).
 *   <li>Where the young person decides, their own grant must stand: made when the decision was
 *       theirs to make (for an under-16, on the authority of a capacity assessment), within its
 *       validity, not ended by an expiry or invalidation, and resting on information that has not
 *       changed materially since. A capable young person's grant stands over a parent's refusal.
 *       Where someone else's consent is all there is, and the decision became the young person's
 *       at a birthday, they must re-confirm it.
 *   <li>Where someone else decides (or co-consents), a grant by someone with authority must
 *       stand: a holder of parental responsibility on the date (checked against the recorded
 *       claims), the local authority under a care order, a court, or for a clinical trial a legal
 *       representative. The local authority's decision prevails over a parent's; otherwise one
 *       holder suffices unless another objects (a disagreement, which blocks) or the policy needs
 *       every holder. The child's assent is needed where the policy seeks it.
 *   <li>Where a capacity assessment would let the young person decide, the answer says so
 *       (not for children too young for their assent to be sought).
 * </ol>
 *
 * <p>Safeguarding is not a consent matter: sharing information to protect a child is recorded
 * in {@link io.coproduce.consent.safeguarding.SafeguardingLog}, never here, and never changes
 * what this gate answers.
 */
public final class ConsentGate {

  private final ConsentLedger ledger;
  private final ConsentPolicy policy;
  private final ParentalResponsibility responsibility;
  private final MaterialCatalogue materials;
  private final GateEvaluation evaluation;
  private final long cacheSize;
  private final DecisionCache cache;

  /** How many young people's decisions a gate remembers unless told otherwise. */
  public static final long DEFAULT_CACHE_SIZE = 100_000;

  private ConsentGate(ConsentLedger ledger, ConsentPolicy policy, ParentalResponsibility responsibility,
      MaterialCatalogue materials, long cacheSize) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.responsibility = Objects.requireNonNull(responsibility, "responsibility");
    this.materials = Objects.requireNonNull(materials, "materials");
    this.evaluation = new GateEvaluation(policy, responsibility, materials);
    this.cacheSize = cacheSize;
    this.cache = new DecisionCache(cacheSize, policy.zone(),
        policy.capacityAssessmentValidity().orElse(null), materials);
  }

  /**
   * A gate over a ledger, with a policy, the recorded parental responsibility and the material
   * catalogue. It remembers the decisions of up to {@value #DEFAULT_CACHE_SIZE} young people (see
   * {@link #withCacheSize(long)}).
   */
  public static ConsentGate of(ConsentLedger ledger, ConsentPolicy policy,
      ParentalResponsibility responsibility, MaterialCatalogue materials) {
    return new ConsentGate(ledger, policy, responsibility, materials, DEFAULT_CACHE_SIZE);
  }

  /** Returns a gate with other parental-responsibility records (after a court order, say). */
  public ConsentGate withResponsibility(ParentalResponsibility value) {
    return new ConsentGate(ledger, policy, value, materials, cacheSize);
  }

  /** Returns a gate with another material catalogue (after a new version is published). */
  public ConsentGate withMaterials(MaterialCatalogue value) {
    return new ConsentGate(ledger, policy, responsibility, value, cacheSize);
  }

  /**
   * Returns a gate that remembers the last check of up to {@code people} young people (0 for
   * none). A remembered check is reused only for the same purposes in the same order, the same
   * records (any append for the person makes a new history, so nothing stale is reused), the same
   * birth information and nation, and an instant within the span over which its decisions cannot
   * change: the same day in the policy's zone, and no record time, validity start or end,
   * assessment date or staleness, or publication of a material in between. The answer is always
   * exactly what evaluating again would give; only the time taken differs.
   *
   * @throws InvalidInputException when {@code people} is negative
   */
  public ConsentGate withCacheSize(long people) {
    if (people < 0) {
      throw InvalidInputException.of("cacheSize", "must not be negative", people);
    }
    return new ConsentGate(ledger, policy, responsibility, materials, people);
  }

  /** Returns the policy. */
  public ConsentPolicy policy() {
    return policy;
  }

  /**
   * Checks every purpose for {@code person} at {@code at}.
   *
   * @throws InvalidInputException when {@code purposes} is empty or repeats a purpose, or when
   *     {@code at} may be before the person's birth
   */
  public ConsentCheck check(Person person, Collection<Purpose> purposes, Instant at) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(at, "at");
    Purpose[] asked = distinct(purposes);
    long size = ledger.size();
    DecisionCache.Entry remembered = cache.enabled() ? cache.entryOf(person.id()) : null;
    List<PurposeDecision> decisions = remembered == null ? null
        : remembered.answerUnchanged(person, size, asked, at.getEpochSecond(), at.getNano());
    if (decisions == null) {
      decisions = decide(person, ledger.historyOf(person.id()), size, remembered, asked, at,
          LocalDate.ofInstant(at, policy.zone()));
    }
    return new ConsentCheck(person.id(), at, decisions);
  }

  /**
   * The decisions for {@code person}: from memory when {@code remembered} answers for {@code
   * history} (read after the ledger was seen to hold {@code size} entries), else evaluated.
   */
  private List<PurposeDecision> decide(Person person, ConsentHistory history, long size,
      DecisionCache.Entry remembered, Purpose[] asked, Instant at, LocalDate date) {
    List<PurposeDecision> decisions = remembered == null ? null
        : remembered.answer(person, history, asked, at.getEpochSecond(), at.getNano());
    if (decisions != null) {
      return decisions;
    }
    Age age = person.ageOn(date);
    int events = history.eventsUpTo(at);
    PurposeDecision[] out = new PurposeDecision[asked.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = evaluation.decide(person, age, asked[i], at, date, history, events);
    }
    decisions = List.of(out);
    if (cache.enabled()) {
      cache.remember(person, history, size, asked, at, date, decisions);
    }
    return decisions;
  }

  /**
   * Checks every purpose for everyone in {@code people} (the attendees of a session) at {@code at}.
   *
   * @throws InvalidInputException when {@code purposes} is empty or repeats a purpose, or a person appears twice
   */
  public GroupConsentCheck checkAll(Collection<Person> people, Collection<Purpose> purposes, Instant at) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(at, "at");
    Purpose[] asked = distinct(purposes);
    Person[] group = people.toArray(new Person[0]);
    for (Person person : group) {
      Objects.requireNonNull(person, "person");
    }
    if (cache.enabled()) {
      ConsentCheck[] prepared = cache.prepared(group, asked, ledger.size(), at);
      if (prepared != null) {
        return new GroupConsentCheck(at, List.of(prepared));
      }
      GroupConsentCheck remembered = rememberedForObjects(group, asked, at);
      if (remembered != null) {
        return remembered;
      }
    }
    // Each step below reads one thing for everyone before the next step reads further: the
    // reads for different people are independent, so the processor overlaps their cache misses
    // instead of waiting on each person's chain of reads (person, id, id text, entry) in turn.
    PersonId[] ids = new PersonId[group.length];
    for (int i = 0; i < group.length; i++) {
      ids[i] = group[i].id();
    }
    int[] hashes = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      hashes[i] = ids[i].hashCode();
    }
    requireDistinct(ids, hashes);
    // The ledger's size is read before any history: while it is unchanged, a remembered
    // decision is answered without looking the person up in the ledger (see DecisionCache).
    long size = ledger.size();
    long second = at.getEpochSecond();
    int nano = at.getNano();
    ConsentCheck[] checks = new ConsentCheck[group.length];
    DecisionCache.Entry[] remembered = null;
    int missing = group.length;
    if (cache.enabled()) {
      remembered = new DecisionCache.Entry[group.length];
      cache.entriesOf(ids, hashes, remembered);
      missing = 0;
      for (int i = 0; i < group.length; i++) {
        DecisionCache.Entry e = remembered[i];
        List<PurposeDecision> d = e == null ? null : e.answerUnchanged(group[i], size, asked, second, nano);
        if (d != null) {
          checks[i] = new ConsentCheck(ids[i], at, d);
        } else {
          missing++;
        }
      }
    }
    if (missing > 0) {
      LocalDate date = LocalDate.ofInstant(at, policy.zone());
      ConsentHistory[] histories = new ConsentHistory[group.length];
      for (int i = 0; i < group.length; i++) {
        if (checks[i] == null) {
          histories[i] = ledger.historyOf(ids[i]);
        }
      }
      for (int i = 0; i < group.length; i++) {
        if (checks[i] == null) {
          checks[i] = new ConsentCheck(ids[i], at, decide(group[i], histories[i], size,
              remembered == null ? null : remembered[i], asked, at, date));
        }
      }
    }
    return new GroupConsentCheck(at, List.of(checks));
  }

  /**
   * Works out ahead of time, and remembers, the decisions of everyone in {@code people} about
   * {@code purposes} at {@code at}: a service that holds many young people's records can prepare
   * the day's standing of everyone it serves (overnight, say, for the day's first instant), so that
   * a session check on the day is answered from memory even for people never checked before. A
   * prepared decision is used exactly as a remembered one ({@link #withCacheSize}): only while
   * that person's records are unchanged and for instants within the span over which it cannot
   * change (never beyond the day); otherwise the check evaluates afresh, so preparing never
   * changes an answer, only the time it takes. Size the memory for the people prepared: a gate
   * remembering fewer forgets some of them.
   *
   * <p>Afterwards the gate also copies what it remembers for these purposes into one flat,
   * read-only table where each person object's slot holds the object, the conditions under which
   * its decisions stand and the decisions side by side: a group check of those very objects about
   * the same purposes then reads, per person, the object and its slot. The copy replaces the one
   * the last {@code prepare} made and is kept until the next, even for people the memory forgets
   * meanwhile, so a gate may hold up to twice as many people's decisions as it remembers.
   *
   * <p>Everything is validated before anything is evaluated: on an error nothing is remembered.
   *
   * @return how many young people's decisions the gate remembers afterwards
   * @throws InvalidInputException when the gate remembers nothing ({@code cacheSize} 0), when
   *     {@code purposes} is empty or repeats a purpose, when a person appears twice, or when
   *     {@code at} may be before someone's birth
   */
  public long prepare(Collection<Person> people, Collection<Purpose> purposes, Instant at) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(at, "at");
    if (!cache.enabled()) {
      throw InvalidInputException.of("cacheSize", "must be positive for the gate to remember prepared decisions",
          cacheSize);
    }
    Purpose[] asked = distinct(purposes);
    LocalDate date = LocalDate.ofInstant(at, policy.zone());
    Person[] group = people.toArray(new Person[0]);
    Set<PersonId> seen = new HashSet<>(Math.max(16, group.length * 2));
    for (Person person : group) {
      Objects.requireNonNull(person, "person");
      if (!seen.add(person.id())) {
        throw InvalidInputException.of("people", "must not list the same person twice", person.id());
      }
      person.ageOn(date);
    }
    for (Person person : group) {
      long size = ledger.size();
      decide(person, ledger.historyOf(person.id()), size, null, asked, at, date);
    }
    cache.prepareTable(asked);
    return cache.size();
  }

  /**
   * The group check answered wholly from memory found by the person objects themselves (the
   * objects prepared or checked before), when nothing was appended to the ledger since and every
   * remembered entry answers; else {@code null}, and the caller looks everyone up by id. Reads
   * for each person only the object, one slot and one entry: no id, no ledger.
   */
  private GroupConsentCheck rememberedForObjects(Person[] group, Purpose[] asked, Instant at) {
    long size = ledger.size();
    DecisionCache.Entry[] found = new DecisionCache.Entry[group.length];
    if (!cache.entriesOfObjects(group, found)) {
      return null;
    }
    long second = at.getEpochSecond();
    int nano = at.getNano();
    ConsentCheck[] checks = new ConsentCheck[group.length];
    PersonId[] ids = new PersonId[group.length];
    int[] hashes = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      DecisionCache.Entry e = found[i];
      List<PurposeDecision> d = e.answerUnchanged(group[i], size, asked, second, nano);
      if (d == null) {
        return null;
      }
      ids[i] = e.id;
      hashes[i] = e.hash;
      checks[i] = new ConsentCheck(e.id, at, d);
    }
    requireDistinct(ids, hashes);
    return new GroupConsentCheck(at, List.of(checks));
  }

  /** Refuses a repeated person, with one small probe table rather than a hash set of nodes. */
  private static void requireDistinct(PersonId[] ids, int[] hashes) {
    int[] table = new int[Integer.highestOneBit(Math.max(1, ids.length) * 2) * 2];
    int mask = table.length - 1;
    for (int i = 0; i < ids.length; i++) {
      int slot = hashes[i] & mask;
      while (table[slot] != 0) {
        PersonId seen = ids[table[slot] - 1];
        if (hashes[table[slot] - 1] == hashes[i] && seen.equals(ids[i])) {
          throw InvalidInputException.of("people", "must not list the same person twice", ids[i]);
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  /**
   * The purposes asked, refusing none, a null or a repeat; the array the cache last remembered
   * when they are the same, so that a remembered check compares them by identity.
   */
  private Purpose[] distinct(Collection<Purpose> purposes) {
    if (purposes.isEmpty()) {
      throw InvalidInputException.of("purposes", "must name at least one purpose", null);
    }
    Purpose[] out = purposes.toArray(new Purpose[0]);
    for (int i = 0; i < out.length; i++) {
      Objects.requireNonNull(out[i], "purpose");
      for (int j = 0; j < i; j++) {
        if (out[j].equals(out[i])) {
          throw InvalidInputException.of("purposes", "must not name the same purpose twice", out[i]);
        }
      }
    }
    return cache.enabled() ? cache.canonical(out) : out;
  }

  /**
   * The worklist of age transitions: everyone in {@code people} who, on a date from {@code from}
   * to {@code to} inclusive, reaches an age at which a decision becomes theirs while the consent
   * standing for it rests on someone else's authority. They should be asked to re-confirm ahead
   * of the birthday; from it, the gate treats the consent as needing their own.
   *
   * @throws InvalidInputException when {@code to} is before {@code from}
   */
  public List<ReconsentDue> reconsentDue(Collection<Person> people, LocalDate from, LocalDate to) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "must not be before from", to);
    }
    Instant asOf = from.atStartOfDay(policy.zone()).toInstant();
    ImmutableList.Builder<ReconsentDue> out = ImmutableList.builder();
    for (Person person : people) {
      Map<Purpose, List<ConsentEvent>> byPurpose = standingOtherGrants(person.id(), asOf);
      for (Map.Entry<Purpose, List<ConsentEvent>> e : byPurpose.entrySet()) {
        for (int age : policy.reconsentAges(person.jurisdiction(), e.getKey())) {
          LocalDate date = person.birth().dateCertainlyAged(age);
          if (!date.isBefore(from) && !date.isAfter(to)) {
            out.add(new ReconsentDue(person.id(), e.getKey(), age, date,
                e.getValue().stream().map(ConsentEvent::id).toList()));
          }
        }
      }
    }
    return out.build();
  }

  /** Per purpose, the latest grant by each decider other than the subject, where that is their latest decision. */
  private Map<Purpose, List<ConsentEvent>> standingOtherGrants(PersonId subject, Instant asOf) {
    Map<Purpose, Map<PartyId, ConsentEvent>> latest = new LinkedHashMap<>();
    for (ConsentEvent e : ledger.eventsOf(subject, asOf)) {
      if (e.isBySubject() || !e.action().isDecision()) {
        continue;
      }
      for (Purpose p : e.purposes()) {
        latest.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(e.decidedBy(), e);
      }
    }
    Map<Purpose, List<ConsentEvent>> out = new LinkedHashMap<>();
    latest.forEach((p, byDecider) -> {
      List<ConsentEvent> grants = byDecider.values().stream()
          .filter(e -> e.action().isGrant() && !e.validity().hasEndedBy(asOf)).toList();
      if (!grants.isEmpty()) {
        out.put(p, grants);
      }
    });
    return out;
  }

  /**
   * The consents a new publication changes materially: every grant, still the latest decision of
   * its decider, that rested on an older major version of the same material. Scans the ledger.
   */
  public List<ConsentEventId> affectedBy(Publication publication) {
    Objects.requireNonNull(publication, "publication");
    ImmutableList.Builder<ConsentEventId> out = ImmutableList.builder();
    for (PersonId subject : ledger.subjects()) {
      Map<String, ConsentEvent> latest = new LinkedHashMap<>();
      for (ConsentEvent e : ledger.eventsOf(subject, publication.publishedAt())) {
        if (!e.action().isDecision() && e.action() != ConsentAction.ASSENTED) {
          continue;
        }
        for (Purpose p : e.purposes()) {
          latest.put(p + "|" + e.decidedBy().value(), e);
        }
      }
      Set<ConsentEventId> found = new LinkedHashSet<>();
      for (ConsentEvent e : latest.values()) {
        if (e.action().isGrant() && e.material().id().equals(publication.material())
            && e.material().version().isMateriallyChangedBy(publication.version())) {
          found.add(e.id());
        }
      }
      out.addAll(found);
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "ConsentGate[" + ledger + ", " + policy + "]";
  }
}
