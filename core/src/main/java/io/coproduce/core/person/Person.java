package io.coproduce.core.person;

import com.google.common.collect.ImmutableSet;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A person who takes part in co-production or decides for someone who does: a pseudonymous id
 * and only the attributes rules need. There is deliberately no field for a name, address,
 * contact detail or note. Immutable and thread-safe; change it with the withers.
 *
 * <p>Parental responsibility is not held here but in {@link
 * io.coproduce.core.responsibility.ParentalResponsibility}, because it links two people and
 * changes with court orders over time.
 *
 * @param id the pseudonymous id
 * @param birth what is known of the person's birth
 * @param jurisdiction the UK nation whose law applies to the person
 * @param roles the roles the person plays; at least one
 * @param accessNeeds what the person needs to take part on equal terms
 * @param monitoring optional equality-monitoring answers
 */
public record Person(
    PersonId id,
    BirthInformation birth,
    Jurisdiction jurisdiction,
    Set<Role> roles,
    Set<AccessNeed> accessNeeds,
    EqualityMonitoring monitoring) {

  /** Validates the person and makes the sets immutable. */
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(birth, "birth");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(accessNeeds, "accessNeeds");
    Objects.requireNonNull(monitoring, "monitoring");
    roles = ImmutableSet.copyOf(roles);
    accessNeeds = ImmutableSet.copyOf(accessNeeds);
    if (roles.isEmpty()) {
      throw InvalidInputException.of("person.roles", "must name at least one role", id);
    }
  }

  /** A person with roles, no recorded access needs and no monitoring answers. */
  public static Person of(
      PersonId id, BirthInformation birth, Jurisdiction jurisdiction, Role role, Role... moreRoles) {
    Objects.requireNonNull(role, "role");
    return new Person(id, birth, jurisdiction, ImmutableSet.<Role>builder().add(role).add(moreRoles).build(),
        ImmutableSet.of(), EqualityMonitoring.none());
  }

  /** A young person (role {@link Role#YOUNG_PERSON}). */
  public static Person youngPerson(PersonId id, BirthInformation birth, Jurisdiction jurisdiction) {
    return of(id, birth, jurisdiction, Role.YOUNG_PERSON);
  }

  /** Returns the person's age on {@code date} (see {@link BirthInformation#ageOn(LocalDate)}). */
  public Age ageOn(LocalDate date) {
    return birth.ageOn(date);
  }

  /** Returns the age band of the youngest possible age on {@code date}. */
  public AgeBand ageBandOn(LocalDate date) {
    return AgeBand.of(ageOn(date));
  }

  /** Returns whether the person has {@code role}. */
  public boolean hasRole(Role role) {
    return roles.contains(Objects.requireNonNull(role, "role"));
  }

  /** Returns a copy with these roles. */
  public Person withRoles(Collection<Role> newRoles) {
    return new Person(id, birth, jurisdiction, ImmutableSet.copyOf(newRoles), accessNeeds, monitoring);
  }

  /** Returns a copy with these access needs. */
  public Person withAccessNeeds(Collection<AccessNeed> needs) {
    return new Person(id, birth, jurisdiction, roles, ImmutableSet.copyOf(needs), monitoring);
  }

  /** Returns a copy with these equality-monitoring answers. */
  public Person withMonitoring(EqualityMonitoring answers) {
    return new Person(id, birth, jurisdiction, roles, accessNeeds, answers);
  }

  /** Returns a copy under another jurisdiction (the person moved nation). */
  public Person withJurisdiction(Jurisdiction newJurisdiction) {
    return new Person(id, birth, newJurisdiction, roles, accessNeeds, monitoring);
  }

  /** Returns the id, roles and jurisdiction; never the birth information, which is personal. */
  @Override
  public String toString() {
    return "Person[" + id + ", " + jurisdiction + ", " + roles + "]";
  }
}
