package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The facts a quality assessment reads, as one value: what is assessed (a {@link QualityScope}),
 * the instant, who initiated it (a fact only the host knows), the voice record (contributions,
 * decisions and feedback), the forum network (who sits where), the people's records (for who is
 * a young person and who is a {@link io.coproduce.core.person.Role#DECISION_MAKER}), and the
 * sessions held for it with their checks. Immutable and thread-safe (as its parts are); build one
 * with {@link #builder}.
 *
 * <p>Only what had happened by the instant counts: sessions that had started, contributions
 * made, decisions taken and feedback delivered at or before it. People and sessions are held in
 * id order, so facts built in any order are equal and every assessment answers alike.
 *
 * <p>Who is a young person is read with the forum module's rule ({@link
 * io.coproduce.participation.forum.YoungPeople}): the young person role, and certainly 25 or
 * under on the day in question; someone without a record is not counted. Records come from
 * {@code people} and from the session plans (the young people and adults they name); two
 * different records with one id are refused.
 *
 * @param scope what is assessed
 * @param at the instant of the assessment
 * @param initiator who started it
 * @param voice contributions, decisions and feedback
 * @param network forums and who sits on them; every forum of the scope must be in it
 * @param people person records, ordered by id, one per id
 * @param sessions the sessions held for it, ordered by id, one per id
 */
public record QualityFacts(QualityScope scope, Instant at, Initiator initiator, VoiceRecord voice,
    ForumNetwork network, List<Person> people, List<HeldSession> sessions) {

  /**
   * Validates the facts, sorting people and sessions by id and dropping exact repeats.
   *
   * @throws InvalidInputException naming {@code qualityFacts.people} when two different records
   *     share an id (in {@code people} or the session plans), or {@code qualityFacts.sessions}
   *     when two different sessions share an id
   * @throws UnknownReferenceException when a forum of the scope is not in the network
   */
  public QualityFacts {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(network, "network");
    Map<SessionId, HeldSession> byId = new TreeMap<>(Comparator.comparing(SessionId::value));
    for (HeldSession s : sessions) {
      Objects.requireNonNull(s, "session");
      HeldSession earlier = byId.putIfAbsent(s.id(), s);
      if (earlier != null && !earlier.equals(s)) {
        throw InvalidInputException.of("qualityFacts.sessions", "must hold one session per id", s.id());
      }
    }
    sessions = ImmutableList.copyOf(byId.values());
    Map<PersonId, Person> records = new TreeMap<>(Comparator.comparing(PersonId::value));
    for (Person p : people) {
      addRecord(records, p);
    }
    people = ImmutableList.copyOf(records.values());
    for (HeldSession s : sessions) {
      for (Person p : s.plan().youngPeople()) {
        addRecord(records, p);
      }
      for (AdultAttendee a : s.plan().adults()) {
        addRecord(records, a.person());
      }
    }
    for (ForumId forum : scope.forums()) {
      if (network.forum(forum).isEmpty()) {
        throw UnknownReferenceException.of("forum in qualityFacts.scope", forum);
      }
    }
  }

  private static void addRecord(Map<PersonId, Person> records, Person p) {
    Objects.requireNonNull(p, "person");
    Person earlier = records.putIfAbsent(p.id(), p);
    if (earlier != null && !earlier.equals(p)) {
      throw InvalidInputException.of("qualityFacts.people", "must hold one record per person id", p.id());
    }
  }

  /**
   * Starts facts about {@code scope} at {@code at}: the initiator unknown, an empty voice record
   * and network, no people and no sessions.
   */
  public static Builder builder(QualityScope scope, Instant at) {
    return new Builder(scope, at);
  }

  /** Returns every person record: those given and those the session plans hold, ordered by id. */
  public List<Person> records() {
    Map<PersonId, Person> records = new TreeMap<>(Comparator.comparing(PersonId::value));
    for (Person p : people) {
      records.put(p.id(), p);
    }
    for (HeldSession s : sessions) {
      for (Person p : s.plan().youngPeople()) {
        records.putIfAbsent(p.id(), p);
      }
      for (AdultAttendee a : s.plan().adults()) {
        records.putIfAbsent(a.id(), a.person());
      }
    }
    return ImmutableList.copyOf(records.values());
  }

  /** Returns the counts only; the parts are available from the accessors. */
  @Override
  public String toString() {
    return "QualityFacts[" + scope + " at " + at + ", initiated by " + initiator + ", " + voice + ", "
        + network + ", " + people.size() + " people, " + sessions.size() + " sessions]";
  }

  /** Builds {@link QualityFacts}; adding people and sessions accumulates. Not thread-safe. */
  public static final class Builder {
    private final QualityScope scope;
    private final Instant at;
    private Initiator initiator = Initiator.UNKNOWN;
    private VoiceRecord voice = VoiceRecord.empty();
    private ForumNetwork network = ForumNetwork.empty();
    private final List<Person> people = new ArrayList<>();
    private final List<HeldSession> sessions = new ArrayList<>();

    private Builder(QualityScope scope, Instant at) {
      this.scope = Objects.requireNonNull(scope, "scope");
      this.at = Objects.requireNonNull(at, "at");
    }

    /** Sets who initiated it ({@link Initiator#UNKNOWN} by default). */
    public Builder initiatedBy(Initiator value) {
      this.initiator = Objects.requireNonNull(value, "initiator");
      return this;
    }

    /** Sets the voice record (empty by default). */
    public Builder voice(VoiceRecord value) {
      this.voice = Objects.requireNonNull(value, "voice");
      return this;
    }

    /** Sets the forum network (empty by default). */
    public Builder network(ForumNetwork value) {
      this.network = Objects.requireNonNull(value, "network");
      return this;
    }

    /** Adds a person record. */
    public Builder person(Person value) {
      people.add(Objects.requireNonNull(value, "person"));
      return this;
    }

    /** Adds person records. */
    public Builder people(Collection<Person> values) {
      for (Person p : values) {
        person(p);
      }
      return this;
    }

    /** Adds a session held. */
    public Builder session(HeldSession value) {
      sessions.add(Objects.requireNonNull(value, "session"));
      return this;
    }

    /** Adds sessions held. */
    public Builder sessions(Collection<HeldSession> values) {
      for (HeldSession s : values) {
        session(s);
      }
      return this;
    }

    /** Adds a session held and its check. */
    public Builder session(SessionPlan plan, SessionCheck check) {
      return session(HeldSession.checked(plan, check));
    }

    /** Adds a session held that was not checked. */
    public Builder uncheckedSession(SessionPlan plan) {
      return session(HeldSession.unchecked(plan));
    }

    /**
     * Builds the facts.
     *
     * @throws InvalidInputException or {@link UnknownReferenceException} as the record's
     *     constructor does
     */
    public QualityFacts build() {
      return new QualityFacts(scope, at, initiator, voice, network, people, sessions);
    }
  }
}
