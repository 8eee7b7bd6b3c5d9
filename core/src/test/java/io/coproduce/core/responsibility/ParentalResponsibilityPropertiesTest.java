package io.coproduce.core.responsibility;

import io.coproduce.core.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ParentalResponsibilityPropertiesTest {

  static final PersonId CHILD = PersonId.parse("child-1");
  static final List<PartyId> PEOPLE = List.of(PersonId.parse("p1"), PersonId.parse("p2"), PersonId.parse("p3"));
  static final OrganisationId COUNCIL = OrganisationId.parse("la-1");
  static final LocalDate BORN = LocalDate.of(2010, 3, 1);

  static Gen<ResponsibilityClaim> claims() {
    return SourceDSL.integers().between(0, ResponsibilityBasis.values().length - 1)
        .zip(SourceDSL.integers().between(0, 2),
            SourceDSL.integers().between(0, 7000),
            SourceDSL.integers().between(0, 3000),
            (b, who, start, length) -> {
              ResponsibilityBasis basis = ResponsibilityBasis.values()[b];
              PartyId holder = basis.holderKind() == ResponsibilityBasis.HolderKind.LOCAL_AUTHORITY
                  ? COUNCIL : PEOPLE.get(who);
              LocalDate from = BORN.plusDays(start);
              LocalDate until = length == 0 ? null : from.plusDays(length);
              return ResponsibilityClaim.of(holder, CHILD, basis, from, until);
            });
  }

  static Gen<List<ResponsibilityClaim>> claimLists() {
    return SourceDSL.lists().of(claims()).ofSizeBetween(0, 8);
  }

  @Test
  void whetherSomeoneHoldsItDoesNotDependOnTheOrderClaimsWereRecorded() {
    qt().withFixedSeed(20261123L).withExamples(Examples.atMost(300))
        .forAll(claimLists(), SourceDSL.integers().between(0, 8000),
            SourceDSL.integers().between(0, Jurisdiction.values().length - 1),
            SourceDSL.longs().all())
        .checkAssert((list, day, nation, seed) -> {
          Person child = Person.youngPerson(CHILD, BirthInformation.ofDate(BORN), Jurisdiction.values()[nation]);
          LocalDate on = BORN.plusDays(day);
          List<ResponsibilityClaim> shuffled = new ArrayList<>(list);
          Collections.shuffle(shuffled, new Random(seed));
          ParentalResponsibility a = ParentalResponsibility.of(list);
          ParentalResponsibility b = ParentalResponsibility.of(shuffled);
          for (PartyId holder : List.of(PEOPLE.get(0), PEOPLE.get(1), PEOPLE.get(2), COUNCIL)) {
            assertThat(a.holds(holder, child, on).holds()).isEqualTo(b.holds(holder, child, on).holds());
          }
        });
  }

  @Test
  void nobodyHoldsItForAnAdultAndEveryFindingExplainsItself() {
    qt().withFixedSeed(20261123L).withExamples(Examples.atMost(300))
        .forAll(claimLists(), SourceDSL.integers().between(0, 12000),
            SourceDSL.integers().between(0, Jurisdiction.values().length - 1))
        .checkAssert((list, day, nation) -> {
          Jurisdiction j = Jurisdiction.values()[nation];
          Person child = Person.youngPerson(CHILD, BirthInformation.ofDate(BORN), j);
          LocalDate on = BORN.plusDays(day);
          ParentalResponsibility pr = ParentalResponsibility.of(list);
          List<ResponsibilityFinding> holders = pr.holdersOn(child, on);
          int endAge = j == Jurisdiction.SCOTLAND ? 16 : 18;
          if (child.ageOn(on).years() >= endAge) {
            assertThat(holders).isEmpty();
          }
          for (ResponsibilityFinding f : holders) {
            assertThat(f.reasons()).isNotEmpty();
            assertThat(f.basis().confersResponsibility()).isTrue();
            assertThat(f.basis().source(j)).isPresent();
          }
        });
  }

  @Test
  void theFastBasisLookupAgreesWithTheExplainedFinding() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(400))
        .forAll(claimLists(), SourceDSL.integers().between(0, 8000),
            SourceDSL.integers().between(0, Jurisdiction.values().length - 1))
        .checkAssert((list, day, nation) -> {
          Person child = Person.youngPerson(CHILD, BirthInformation.ofDate(BORN), Jurisdiction.values()[nation]);
          LocalDate on = BORN.plusDays(day);
          ParentalResponsibility pr = ParentalResponsibility.of(list);
          for (PartyId holder : List.of(PEOPLE.get(0), PEOPLE.get(1), PEOPLE.get(2), COUNCIL)) {
            ResponsibilityFinding finding = pr.holds(holder, child, on);
            assertThat(pr.basisOn(holder, child, on)).isEqualTo(finding.heldOn());
          }
        });
  }
}
