package io.coproduce.participation.session;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.WorkWithChildren;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An adult attending a session in a non-participant role: why they are there, the vetting check
 * they hold, whether the plan may leave them alone with children, who (if anyone) supervises
 * their work, and their earlier work with children for the frequency test. Immutable.
 *
 * @param person the adult (their age is checked: someone who may be under 18 never counts as an adult)
 * @param role why they are there
 * @param vetting the check they hold
 * @param mayBeAloneWithChildren whether the plan may leave them alone with children (a breakout group, a one-to-one)
 * @param supervisedBy the checked adult at the session who supervises their work day to day, or {@code null}
 * @param history their earlier work with children, for the frequency test; this session is added by the check
 */
public record AdultAttendee(
    Person person, AdultRole role, VettingCheck vetting, boolean mayBeAloneWithChildren,
    PersonId supervisedBy, List<WorkWithChildren> history) {

  /** Validates the attendee and makes the history immutable. */
  public AdultAttendee {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(vetting, "vetting");
    history = ImmutableList.copyOf(history);
    if (person.id().equals(supervisedBy)) {
      throw InvalidInputException.of(
          "adultAttendee.supervisedBy", "must be someone else", person.id());
    }
  }

  /** An adult in {@code role} holding {@code vetting}, not alone with children, unsupervised, with no history. */
  public static AdultAttendee of(Person person, AdultRole role, VettingCheck vetting) {
    return new AdultAttendee(person, role, vetting, false, null, ImmutableList.of());
  }

  /** Returns the adult's id. */
  public PersonId id() {
    return person.id();
  }

  /** The same adult, whom the plan may leave alone with children. */
  public AdultAttendee leftAloneWithChildren() {
    return new AdultAttendee(person, role, vetting, true, supervisedBy, history);
  }

  /** The same adult, supervised day to day by {@code supervisor}. */
  public AdultAttendee withSupervisor(PersonId supervisor) {
    return new AdultAttendee(person, role, vetting, mayBeAloneWithChildren,
        Objects.requireNonNull(supervisor, "supervisor"), history);
  }

  /** The same adult with earlier work with children. */
  public AdultAttendee withHistory(Collection<WorkWithChildren> work) {
    return new AdultAttendee(person, role, vetting, mayBeAloneWithChildren, supervisedBy, ImmutableList.copyOf(work));
  }

  /** Returns who supervises their work, if anyone. */
  public Optional<PersonId> supervisor() {
    return Optional.ofNullable(supervisedBy);
  }
}
