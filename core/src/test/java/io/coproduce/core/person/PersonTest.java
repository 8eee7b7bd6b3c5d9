package io.coproduce.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

  static final PersonId ID = PersonId.parse("yp-42");
  static final BirthInformation BIRTH = BirthInformation.ofDate(LocalDate.of(2011, 9, 3));

  @Test
  void computesAgeAndBandOnADate() {
    Person p = Person.youngPerson(ID, BIRTH, Jurisdiction.SCOTLAND);

    assertThat(p.ageOn(LocalDate.of(2026, 9, 2)).years()).isEqualTo(14);
    assertThat(p.ageBandOn(LocalDate.of(2026, 9, 3))).isEqualTo(AgeBand.AGE_13_TO_15);
    assertThat(p.ageBandOn(LocalDate.of(2027, 9, 3))).isEqualTo(AgeBand.AGE_16_TO_17);
  }

  @Test
  void requiresAtLeastOneRole() {
    assertThatThrownBy(() -> new Person(ID, BIRTH, Jurisdiction.ENGLAND, Set.of(), Set.of(), EqualityMonitoring.none()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("person.roles"));
  }

  @Test
  void toStringNeverShowsTheBirth() {
    Person p = Person.youngPerson(ID, BIRTH, Jurisdiction.ENGLAND);

    assertThat(p.toString()).contains("yp-42").doesNotContain("2011");
  }

  @Test
  void withersReturnChangedCopiesAndLeaveTheOriginal() {
    Person p = Person.youngPerson(ID, BIRTH, Jurisdiction.ENGLAND);
    Person q = p.withAccessNeeds(List.of(AccessNeed.of(AccessNeed.Kind.QUIET_SPACE)))
        .withRoles(List.of(Role.YOUNG_PERSON, Role.DECISION_MAKER))
        .withJurisdiction(Jurisdiction.WALES)
        .withMonitoring(EqualityMonitoring.none().withYoungCarer(Response.answered(true)));

    assertThat(p.accessNeeds()).isEmpty();
    assertThat(q.hasRole(Role.DECISION_MAKER)).isTrue();
    assertThat(q.jurisdiction()).isEqualTo(Jurisdiction.WALES);
    assertThat(q.monitoring().youngCarer().answer()).contains(true);
  }

  @Test
  void setsAreImmutableCopies() {
    java.util.HashSet<Role> roles = new java.util.HashSet<>(Set.of(Role.YOUNG_PERSON));
    Person p = new Person(ID, BIRTH, Jurisdiction.ENGLAND, roles, Set.of(), EqualityMonitoring.none());
    roles.add(Role.FACILITATOR);

    assertThat(p.roles()).containsExactly(Role.YOUNG_PERSON);
    assertThatThrownBy(() -> p.roles().add(Role.PRACTITIONER)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityIsByEveryAttribute() {
    Person a = Person.youngPerson(ID, BIRTH, Jurisdiction.ENGLAND);
    new EqualsTester()
        .addEqualityGroup(a, Person.youngPerson(ID, BIRTH, Jurisdiction.ENGLAND))
        .addEqualityGroup(a.withJurisdiction(Jurisdiction.WALES))
        .addEqualityGroup(Person.youngPerson(PersonId.parse("yp-43"), BIRTH, Jurisdiction.ENGLAND))
        .addEqualityGroup(a.withRoles(List.of(Role.PARENT_OR_CARER)))
        .testEquals();
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(PersonId.class, ID)
        .setDefault(BirthInformation.class, BIRTH)
        .setDefault(Jurisdiction.class, Jurisdiction.ENGLAND)
        .setDefault(Role.class, Role.YOUNG_PERSON)
        .setDefault(EqualityMonitoring.class, EqualityMonitoring.none());
    tester.testAllPublicStaticMethods(Person.class);
    tester.testAllPublicInstanceMethods(Person.youngPerson(ID, BIRTH, Jurisdiction.ENGLAND));
  }
}
