package io.coproduce.participation.forum;

import com.google.common.collect.ImmutableMap;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's person records, read for one question: is this person a young person on this date?
 * Forums and links hold people by id only; this is where the ids meet the few facts the rule
 * needs. Immutable and thread-safe.
 *
 * <p>The rule ({@link ForumSources#YOUNG_PERSON}): a person counts as a young person on a date
 * when their record has {@link Role#YOUNG_PERSON} and they are certainly aged {@value
 * #MAX_AGE} or under on that date (the oldest age their birth information allows is at most
 * {@value #MAX_AGE}). The role is required, so a 24-year-old practitioner does not count; the
 * age is required too, so a representative whose role was never updated after they left the
 * 0-25 remit does not count. Where the facts are uncertain the reading that protects young
 * people's voice is taken: a forum is never credited with representation it may not have. So
 * an id with no record, a person who may be over {@value #MAX_AGE}, and a person who may not be
 * born by the date (a record that does not fit the date) are not counted, and each is reported
 * with its own {@link Standing} so a host can put the record right.
 */
public final class YoungPeople {

  /** The oldest age, in whole years, at which someone is a young person: the 0-25 remit. */
  public static final int MAX_AGE = 25;

  /** What the records say of one person on one date. */
  public enum Standing {
    /** A young person: the role, and certainly aged {@value YoungPeople#MAX_AGE} or under. */
    YOUNG_PERSON("young person", true),
    /** The record does not have the young person role (a parent, a practitioner). */
    NOT_A_YOUNG_PERSON("not a young person", false),
    /** The young person role, but certainly or possibly over {@value YoungPeople#MAX_AGE} on the date. */
    MAY_BE_OVER_MAX_AGE("may be over " + MAX_AGE, false),
    /** The young person role, but the birth information allows a birth after the date. */
    NOT_KNOWN_TO_BE_BORN("not known to be born by the date", false),
    /** The host holds no record with this id. */
    NO_RECORD("no person record", false);

    private final String label;
    private final boolean counts;

    Standing(String label, boolean counts) {
      this.label = label;
      this.counts = counts;
    }

    /** Returns a short label a person can read, for example {@code "no person record"}. */
    public String label() {
      return label;
    }

    /** Returns whether a person with this standing counts as a young person. */
    public boolean counts() {
      return counts;
    }

    /**
     * Returns whether this standing is a gap or doubt in the records, as opposed to a plain
     * answer (young person, or not a young person), so a host should look at the record.
     */
    public boolean isDoubtful() {
      return this == MAY_BE_OVER_MAX_AGE || this == NOT_KNOWN_TO_BE_BORN || this == NO_RECORD;
    }
  }

  private final ImmutableMap<PersonId, Person> people;

  private YoungPeople(ImmutableMap<PersonId, Person> people) {
    this.people = people;
  }

  /**
   * The given person records.
   *
   * @throws InvalidInputException naming {@code people} when two different records share an id
   *     (the same record twice is accepted)
   */
  public static YoungPeople of(Collection<Person> records) {
    Objects.requireNonNull(records, "records");
    Map<PersonId, Person> byId = new HashMap<>();
    for (Person person : records) {
      Objects.requireNonNull(person, "person");
      Person earlier = byId.putIfAbsent(person.id(), person);
      if (earlier != null && !earlier.equals(person)) {
        throw InvalidInputException.of("people", "must hold one record per person id", person.id());
      }
    }
    return new YoungPeople(ImmutableMap.copyOf(byId));
  }

  /** No records at all: nobody counts as a young person. */
  public static YoungPeople none() {
    return new YoungPeople(ImmutableMap.of());
  }

  /** Returns the record held for {@code person}, if any. */
  public Optional<Person> record(PersonId person) {
    return Optional.ofNullable(people.get(Objects.requireNonNull(person, "person")));
  }

  /** Returns what the records say of {@code person} on {@code date} (see the class description). */
  public Standing standingOn(PersonId person, LocalDate date) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(date, "date");
    Person record = people.get(person);
    if (record == null) {
      return Standing.NO_RECORD;
    }
    if (!record.hasRole(Role.YOUNG_PERSON)) {
      return Standing.NOT_A_YOUNG_PERSON;
    }
    if (date.isBefore(record.birth().latestBirthDate())) {
      return Standing.NOT_KNOWN_TO_BE_BORN;
    }
    // Aged at least (year difference - 1): certainly too old, and safe from ages the library cannot hold.
    if (date.getYear() - record.birth().earliestBirthDate().getYear() > MAX_AGE + 1) {
      return Standing.MAY_BE_OVER_MAX_AGE;
    }
    return record.ageOn(date).oldestYears() > MAX_AGE ? Standing.MAY_BE_OVER_MAX_AGE : Standing.YOUNG_PERSON;
  }

  /** Returns whether {@code person} counts as a young person on {@code date}. */
  public boolean isYoungPersonOn(PersonId person, LocalDate date) {
    return standingOn(person, date).counts();
  }

  /** Returns the source of the rule, {@link ForumSources#YOUNG_PERSON}. */
  public RuleSource source() {
    return ForumSources.YOUNG_PERSON;
  }

  /** Returns how many records are held. */
  public int size() {
    return people.size();
  }

  @Override
  public String toString() {
    return "YoungPeople[" + people.size() + " records]";
  }
}
