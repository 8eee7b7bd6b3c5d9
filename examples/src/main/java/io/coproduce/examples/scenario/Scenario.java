package io.coproduce.examples.scenario;

import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.LedgerFormat;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.YoungPeople;
import io.coproduce.participation.joint.JointArrangement;
import io.coproduce.participation.joint.MembershipGroup;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.VoiceRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generated, wholly fictional coalition: member organisations, forums at every layer with the
 * representation links between them, co-production processes with phases, young people aged
 * 0-25 across the four UK nations with parental responsibility (some looked after by a local
 * authority), their consent histories, sessions (some with planted safeguarding faults),
 * contributions, decisions and feedback. Built only through the library's own factories, so every
 * value in it is valid.
 *
 * <p>The same seed and size give the same scenario, byte for byte ({@link #canonicalLines()},
 * {@link #fingerprint()}): every part draws from its own seeded stream and nothing reads the
 * clock. The scenario's "today" is the constant {@link #REFERENCE_INSTANT}; its window of history
 * starts on {@link #WINDOW_START}; some sessions are planned up to six weeks after today.
 *
 * <p>Young people and their consent records are derived on demand, one person at a time, so a
 * scenario of millions of consent events costs little memory until it is streamed into a ledger
 * ({@link #forEachConsentRecord}, {@link #writeConsentsTo}). Forums, processes, sessions and the
 * voice record are held. Immutable and thread-safe.
 *
 * <p>Nothing in it describes a real person or organisation: ids are made up, labels are invented
 * place names, and people have no names at all.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.generate(2026, ScenarioSize.TINY);
 * ConsentLedger ledger = scenario.writeConsentsTo(ConsentLedger.inMemory());
 * SessionChecker checker = SessionChecker.of(scenario.gate(ledger));
 * for (ScheduledSession s : scenario.sessions()) {
 *   SessionCheck check = checker.check(s.plan());   // blocks exactly when s.plantedFault() is present
 * }
 * }</pre>
 */
public final class Scenario {

  /** The first day of the scenario's history (its window). */
  public static final LocalDate WINDOW_START = LocalDate.of(2025, 12, 1);
  /** The scenario's "today". */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);
  /** The scenario's "now": midday UTC on {@link #REFERENCE_DATE}. */
  public static final Instant REFERENCE_INSTANT = Instant.parse("2026-11-23T12:00:00Z");

  private static final int BATCH = 10_000;

  private final long seed;
  private final ScenarioSize size;
  private final People people;
  private final Consents consents;
  private final ConsentPolicy policy;
  private final Coalition coalition;
  private final List<ScheduledSession> sessions;
  private final VoiceRecord voice;

  private Scenario(long seed, ScenarioSize size) {
    this.seed = seed;
    this.size = size;
    this.policy = ConsentPolicy.defaults();
    this.people = new People(seed, size);
    this.consents = new Consents(seed, policy);
    this.coalition = new Coalition(seed, size, people);
    this.sessions = List.copyOf(new Sessions(seed, size, people, coalition).sessions);
    this.voice = Voices.of(seed, sessions);
  }

  /**
   * Generates the scenario of {@code seed} and {@code size}.
   *
   * @throws IllegalStateException in the unlikely case that a custom size holds too few young
   *     people of some age to staff a planted fault (the message says so)
   */
  public static Scenario generate(long seed, ScenarioSize size) {
    return new Scenario(seed, Objects.requireNonNull(size, "size"));
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /** Returns the size. */
  public ScenarioSize size() {
    return size;
  }

  /** Returns the scenario's "today" ({@link #REFERENCE_DATE}). */
  public LocalDate referenceDate() {
    return REFERENCE_DATE;
  }

  /** Returns the scenario's "now" ({@link #REFERENCE_INSTANT}). */
  public Instant referenceInstant() {
    return REFERENCE_INSTANT;
  }

  /** Returns the first day of the scenario's history. */
  public LocalDate windowStart() {
    return WINDOW_START;
  }

  /** Returns the member organisations: the coalition, two membership groups, local authorities, charities, schools and services. */
  public List<Organisation> organisations() {
    return List.copyOf(coalition.organisations);
  }

  /**
   * Returns the young people, in index order, as an immutable list that derives each person when
   * asked (so it costs no memory, and iterating it for a large size takes a while).
   */
  public List<Person> people() {
    return people.asList();
  }

  /** Streams every parental-responsibility claim (mothers, fathers, local authorities), person by person. */
  public void forEachResponsibilityClaim(Consumer<ResponsibilityClaim> sink) {
    Objects.requireNonNull(sink, "sink");
    for (int i = 0; i < people.count(); i++) {
      people.profile(i).claims().forEach(sink);
    }
  }

  /** Returns all parental-responsibility records; built on each call, in memory proportional to the size. */
  public ParentalResponsibility responsibility() {
    List<ResponsibilityClaim> all = new ArrayList<>(people.count() * 2);
    forEachResponsibilityClaim(all::add);
    return ParentalResponsibility.of(all);
  }

  /** Returns the forums, memberships and representation links. */
  public ForumNetwork network() {
    return coalition.network;
  }

  /** Returns the person records of everyone who sits on a forum, for the network's voice queries. */
  public YoungPeople forumMembers() {
    return YoungPeople.of(coalition.members);
  }

  /** Returns the two membership groups, each with its own steering group. */
  public List<MembershipGroup> membershipGroups() {
    return coalition.groups;
  }

  /** Returns the joint working between the two membership groups (liaisons and a joint response). */
  public JointArrangement jointArrangement() {
    return coalition.joint;
  }

  /** Returns the co-production processes: a service redesign per local system, a national strategy, a joint response. */
  public List<CoproductionProcess> processes() {
    return List.copyOf(coalition.processes);
  }

  /** Returns the sessions, in id order. */
  public List<ScheduledSession> sessions() {
    return sessions;
  }

  /** Returns the safeguarding faults planted in sessions: the answer key. */
  public List<PlantedFault> plantedFaults() {
    return sessions.stream().filter(s -> s.fault() != null).map(s -> new PlantedFault(s.id(), s.fault())).toList();
  }

  /** Returns the consent stories planted for young people, in person order: the answer key (a scan of everyone). */
  public List<PlantedConsent> plantedConsents() {
    List<PlantedConsent> out = new ArrayList<>();
    for (int i = 0; i < people.count(); i++) {
      ConsentStory story = people.storyOf(i, Randoms.of(seed, Randoms.PEOPLE, i));
      if (story != null) {
        out.add(new PlantedConsent(People.idOf(i), story));
      }
    }
    return out;
  }

  /** Returns the young person at {@code index} (0 to the size's young people, exclusive). */
  public Person person(int index) {
    return people.profile(index).person();
  }

  /** Returns the young person with {@code id}, if the scenario holds one. */
  public Optional<Person> person(PersonId id) {
    int index = people.indexOf(Objects.requireNonNull(id, "id"));
    return index < 0 ? Optional.empty() : Optional.of(people.profile(index).person());
  }

  /** Returns the consent story planted for the young person {@code id}; empty for ordinary consents or an unknown id. */
  public Optional<ConsentStory> storyOf(PersonId id) {
    int index = people.indexOf(Objects.requireNonNull(id, "id"));
    return index < 0 ? Optional.empty() : Optional.ofNullable(people.profile(index).story());
  }

  /** Returns the information sheets' publications (one correction, one material change). */
  public MaterialCatalogue materials() {
    return Materials.CATALOGUE;
  }

  /** Returns the consent policy the scenario's consents were recorded under (the library's defaults). */
  public ConsentPolicy consentPolicy() {
    return policy;
  }

  /** Streams every consent event and capacity assessment, person by person, each person's in recorded order. */
  public void forEachConsentRecord(Consumer<LedgerRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    for (int i = 0; i < people.count(); i++) {
      consents.recordsOf(people.profile(i)).forEach(sink);
    }
  }

  /**
   * Appends every consent record to {@code ledger} in batches (the ledger should hold nothing of
   * this scenario yet) and returns it. Over a {@link io.coproduce.consent.ledger.FileLedgerStore}
   * this writes the durable ledger file.
   */
  public ConsentLedger writeConsentsTo(ConsentLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    List<LedgerRecord> batch = new ArrayList<>(BATCH + 16);
    forEachConsentRecord(r -> {
      batch.add(r);
      if (batch.size() >= BATCH) {
        ledger.appendAll(batch);
        batch.clear();
      }
    });
    ledger.appendAll(batch);
    return ledger;
  }

  /** Returns a consent gate over {@code ledger} with the scenario's policy, responsibility records and materials. */
  public ConsentGate gate(ConsentLedger ledger) {
    return ConsentGate.of(ledger, policy, responsibility(), Materials.CATALOGUE);
  }

  /**
   * Returns the contributions, decisions and feedback of the clean sessions that have ended by the
   * reference instant, in session order, up to 2,500 contributions.
   */
  public VoiceRecord voice() {
    return voice;
  }

  /**
   * Streams the facts a report counts: who attended each session that has started by the
   * reference instant, and who contributed, with the organisation, layer, forum, process and day.
   */
  public Stream<ActivityFact> activity() {
    Map<io.coproduce.participation.session.SessionId, ScheduledSession> byId = new HashMap<>();
    sessions.forEach(s -> byId.put(s.id(), s));
    Stream<ActivityFact> attended = sessions.stream().filter(s -> s.plan().start().isBefore(REFERENCE_INSTANT))
        .flatMap(s -> s.plan().youngPeople().stream().map(p -> new ActivityFact(p.id(), s.organiser(), s.layer(),
            s.forum(), s.process(), s.plan().day(), ActivityKind.ATTENDED_SESSION)));
    Stream<ActivityFact> contributed = voice.contributions().stream().map(c -> {
      ScheduledSession s = byId.get(c.sessionId().orElseThrow());
      return new ActivityFact(c.contributor(), s.organiser(), s.layer(), s.forum(), s.process(), s.plan().day(),
          ActivityKind.CONTRIBUTED);
    });
    return Stream.concat(attended, contributed);
  }

  /**
   * Streams the whole scenario as text lines in a fixed order and format (consent records as the
   * ledger's canonical JSON): equal for equal seeds and sizes, and a convenient diff when not.
   */
  public Stream<String> canonicalLines() {
    List<String> head = new ArrayList<>();
    head.add("scenario|" + seed + "|" + size + "|" + WINDOW_START + "|" + REFERENCE_INSTANT);
    coalition.organisations.forEach(o -> head.add("organisation|" + o));
    coalition.forums.forEach(f -> head.add("forum|" + f.id() + "|" + f.organisation() + "|" + f.kind() + "|"
        + f.layer() + "|" + f.label()));
    network().memberships().forEach(m -> head.add("membership|" + m));
    network().links().forEach(l -> head.add("link|" + l.member() + "|" + l.from() + "|" + l.to() + "|" + l.term()));
    coalition.groups.forEach(g -> head.add("group|" + g.id() + "|" + g.steeringGroup() + "|" + g.members()));
    coalition.joint.areas().forEach(a -> head.add("joint-area|" + a));
    coalition.processes.forEach(p -> head.add("process|" + p));
    sessions.forEach(s -> head.add(sessionLine(s)));
    voice.contributions().forEach(c -> head.add("contribution|" + contributionLine(c)));
    voice.decisions().forEach(d -> head.add("decision|" + d.id() + "|" + d.maker() + "|" + d.at() + "|"
        + d.outcome() + "|" + d.reason() + "|" + d.informedBy()));
    voice.feedback().forEach(f -> head.add("feedback|" + f));
    Stream<String> persons = IntStream.range(0, people.count()).mapToObj(people::profile).flatMap(this::personLines);
    return Stream.concat(head.stream(), persons);
  }

  private Stream<String> personLines(Profile p) {
    Person person = p.person();
    List<String> out = new ArrayList<>();
    out.add("person|" + person.id() + "|" + person.birth() + "|" + person.jurisdiction() + "|" + person.roles()
        + "|" + person.accessNeeds() + "|" + person.monitoring() + "|" + p.localSystem() + "|" + p.story());
    for (ResponsibilityClaim c : p.claims()) {
      out.add("claim|" + c.holder() + "|" + c.child() + "|" + c.basis() + "|" + c.from() + "|" + c.until());
    }
    for (LedgerRecord r : consents.recordsOf(p)) {
      out.add("consent|" + new String(LedgerFormat.canonicalJson(r), StandardCharsets.UTF_8));
    }
    return out.stream();
  }

  private static String contributionLine(Contribution c) {
    return c.id() + "|" + c.kind() + "|" + c.contributor() + "|" + c.forum() + "|" + c.session() + "|" + c.at()
        + "|" + c.attribution() + "|" + c.publishedAt();
  }

  private static String sessionLine(ScheduledSession s) {
    SessionPlan p = s.plan();
    StringBuilder b = new StringBuilder("session|").append(p.id()).append('|').append(p.organiser()).append('|')
        .append(p.start()).append('|').append(p.duration()).append('|').append(p.format()).append('|')
        .append(p.method()).append('|').append(p.recurrence()).append('|').append(p.venue().orElse(null))
        .append('|').append(p.platform().orElse(null)).append('|');
    p.youngPeople().forEach(y -> b.append(y.id()).append(','));
    b.append('|');
    for (AdultAttendee a : p.adults()) {
      b.append(a.id()).append(':').append(a.role()).append(':').append(a.vetting()).append(':')
          .append(a.mayBeAloneWithChildren()).append(':').append(a.supervisedBy()).append(',');
    }
    b.append('|').append(p.purposes()).append('|').append(p.mixedAgeArrangement().orElse(null)).append('|')
        .append(p.riskAssessedMinimumAdults()).append('|').append(s.forum()).append('|').append(s.process())
        .append('|').append(s.layer()).append('|').append(s.fault());
    return b.toString();
  }

  /** Returns the SHA-256 (hex) of the {@linkplain #canonicalLines() canonical lines}, each ended by a newline. */
  public String fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    canonicalLines().forEach(line -> {
      digest.update(line.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns the seed and size. */
  @Override
  public String toString() {
    return "Scenario[seed=" + seed + ", " + size + "]";
  }
}
