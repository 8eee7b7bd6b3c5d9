package io.coproduce.core.responsibility;

import static io.coproduce.core.responsibility.ResponsibilityBasis.ADOPTION;
import static io.coproduce.core.responsibility.ResponsibilityBasis.BIRTH_MOTHER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.CHILD_ARRANGEMENTS_ORDER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.FATHER_MARRIED_TO_MOTHER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.FATHER_REGISTERED_ON_BIRTH_CERTIFICATE;
import static io.coproduce.core.responsibility.ResponsibilityBasis.GUARDIAN;
import static io.coproduce.core.responsibility.ResponsibilityBasis.LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20;
import static io.coproduce.core.responsibility.ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.LOCAL_AUTHORITY_EMERGENCY_PROTECTION_ORDER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.LOCAL_AUTHORITY_INTERIM_CARE_ORDER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.PARENTAL_RESPONSIBILITY_AGREEMENT;
import static io.coproduce.core.responsibility.ResponsibilityBasis.PARENTAL_RESPONSIBILITY_ORDER;
import static io.coproduce.core.responsibility.ResponsibilityBasis.SPECIAL_GUARDIANSHIP_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParentalResponsibilityTest {

  static final PersonId CHILD = PersonId.parse("child-1");
  static final PersonId ADULT = PersonId.parse("adult-1");
  static final OrganisationId COUNCIL = OrganisationId.parse("la-1");
  static final LocalDate BORN = LocalDate.of(2012, 5, 10);
  static final LocalDate ON = LocalDate.of(2026, 1, 15);

  static Person child(Jurisdiction nation, LocalDate born) {
    return Person.youngPerson(CHILD, BirthInformation.ofDate(born), nation);
  }

  /**
   * One claim by one holder, asked about on one date: holds or not, the rule that decided, and
   * a fragment of the law it cites.
   */
  static Stream<Arguments> singleClaims() {
    Jurisdiction eng = Jurisdiction.ENGLAND;
    Jurisdiction sct = Jurisdiction.SCOTLAND;
    Jurisdiction nir = Jurisdiction.NORTHERN_IRELAND;
    Jurisdiction wls = Jurisdiction.WALES;
    return Stream.of(
        Arguments.of(eng, BORN, ADULT, BIRTH_MOTHER, BORN, null, ON, true, "pr.birth-mother", "Children Act 1989 s.2"),
        Arguments.of(sct, BORN, ADULT, BIRTH_MOTHER, BORN, null, ON, true, "pr.birth-mother", "Children (Scotland) Act 1995 s.3"),
        Arguments.of(nir, BORN, ADULT, BIRTH_MOTHER, BORN, null, ON, true, "pr.birth-mother", "Children (Northern Ireland) Order 1995 art.5"),
        Arguments.of(eng, BORN, ADULT, FATHER_MARRIED_TO_MOTHER, BORN, null, ON, true, "pr.father-married-to-mother", "Children Act 1989 s.2(1)"),
        Arguments.of(wls, BORN, ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE, BORN.plusWeeks(3), null, ON, true,
            "pr.father-registered-on-birth-certificate", "1 December 2003"),
        // The registration date test: 1 December 2003 in England and Wales.
        Arguments.of(eng, LocalDate.of(2003, 11, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2003, 11, 30), null, LocalDate.of(2010, 1, 1), false,
            "pr.registration-before-commencement", "Adoption and Children Act 2002 s.111"),
        Arguments.of(eng, LocalDate.of(2003, 11, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2003, 12, 1), null, LocalDate.of(2010, 1, 1), true,
            "pr.father-registered-on-birth-certificate", "Children Act 1989 s.4(1)(a)"),
        // Scotland: 4 May 2006. Northern Ireland: 15 April 2002.
        Arguments.of(sct, LocalDate.of(2006, 4, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2006, 5, 3), null, LocalDate.of(2010, 1, 1), false,
            "pr.registration-before-commencement", "Family Law (Scotland) Act 2006"),
        Arguments.of(sct, LocalDate.of(2006, 4, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2006, 5, 4), null, LocalDate.of(2010, 1, 1), true,
            "pr.father-registered-on-birth-certificate", "Family Law (Scotland) Act 2006"),
        Arguments.of(nir, LocalDate.of(2002, 3, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2002, 4, 14), null, LocalDate.of(2010, 1, 1), false,
            "pr.registration-before-commencement", "Family Law Act (Northern Ireland) 2001"),
        Arguments.of(nir, LocalDate.of(2002, 3, 1), ADULT, FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            LocalDate.of(2002, 4, 15), null, LocalDate.of(2010, 1, 1), true,
            "pr.father-registered-on-birth-certificate", "art.7(1)(a)"),
        Arguments.of(eng, BORN, ADULT, PARENTAL_RESPONSIBILITY_AGREEMENT, LocalDate.of(2015, 1, 1), null, ON, true,
            "pr.parental-responsibility-agreement", "Children Act 1989 s.4(1)(b)"),
        Arguments.of(eng, BORN, ADULT, PARENTAL_RESPONSIBILITY_ORDER, LocalDate.of(2015, 1, 1), null, ON, true,
            "pr.parental-responsibility-order", "Children Act 1989 s.4(1)(c)"),
        Arguments.of(eng, BORN, ADULT, GUARDIAN, LocalDate.of(2015, 1, 1), null, ON, true, "pr.guardian", "s.5(6)"),
        // An order counts while in force: from inclusive, until exclusive.
        Arguments.of(eng, BORN, ADULT, CHILD_ARRANGEMENTS_ORDER, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 15), ON, false,
            "pr.not-in-force", "Children Act 1989 s.12(2)"),
        Arguments.of(eng, BORN, ADULT, CHILD_ARRANGEMENTS_ORDER, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 16), ON, true,
            "pr.child-arrangements-order", "Children Act 1989 s.12(2)"),
        Arguments.of(eng, BORN, ADULT, CHILD_ARRANGEMENTS_ORDER, LocalDate.of(2026, 1, 16), null, ON, false,
            "pr.not-in-force", "s.12(2)"),
        Arguments.of(eng, BORN, ADULT, SPECIAL_GUARDIANSHIP_ORDER, LocalDate.of(2020, 1, 1), null, ON, true,
            "pr.special-guardianship-order", "Children Act 1989 s.14C"),
        // Special guardianship does not exist in Scotland or Northern Ireland.
        Arguments.of(sct, BORN, ADULT, SPECIAL_GUARDIANSHIP_ORDER, LocalDate.of(2020, 1, 1), null, ON, false,
            "pr.basis-not-in-nation", "no counterpart in Scotland"),
        Arguments.of(nir, BORN, ADULT, SPECIAL_GUARDIANSHIP_ORDER, LocalDate.of(2020, 1, 1), null, ON, false,
            "pr.basis-not-in-nation", "no counterpart in Northern Ireland"),
        Arguments.of(eng, BORN, ADULT, ADOPTION, LocalDate.of(2014, 1, 1), null, ON, true, "pr.adoption", "Adoption and Children Act 2002 s.46"),
        // Local authorities: care orders and emergency orders confer it; s.20 accommodation never does.
        Arguments.of(eng, BORN, COUNCIL, LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2022, 3, 1), null, ON, true,
            "pr.local-authority-care-order", "Children Act 1989 s.33(3)"),
        Arguments.of(eng, BORN, COUNCIL, LOCAL_AUTHORITY_INTERIM_CARE_ORDER, LocalDate.of(2025, 12, 1), null, ON, true,
            "pr.local-authority-interim-care-order", "s.38"),
        Arguments.of(eng, BORN, COUNCIL, LOCAL_AUTHORITY_EMERGENCY_PROTECTION_ORDER, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 18), ON, true,
            "pr.local-authority-emergency-protection-order", "s.44(4)(c)"),
        Arguments.of(eng, BORN, COUNCIL, LOCAL_AUTHORITY_EMERGENCY_PROTECTION_ORDER, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 10), ON, false,
            "pr.not-in-force", "s.44"),
        Arguments.of(eng, BORN, COUNCIL, LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20, LocalDate.of(2025, 1, 1), null, ON, false,
            "pr.section-20-no-responsibility", "Children Act 1989 s.20"),
        Arguments.of(sct, BORN, COUNCIL, LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20, LocalDate.of(2025, 1, 1), null, ON, false,
            "pr.section-20-no-responsibility", "Children (Scotland) Act 1995 s.25"),
        Arguments.of(nir, BORN, COUNCIL, LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2022, 3, 1), null, ON, true,
            "pr.local-authority-care-order", "art.52(3)"),
        // Responsibility ends at 18 (16 in Scotland); born 29 February turns 18 on 1 March in common years.
        Arguments.of(eng, LocalDate.of(2008, 2, 29), ADULT, BIRTH_MOTHER, LocalDate.of(2008, 2, 29), null,
            LocalDate.of(2026, 2, 28), true, "pr.birth-mother", "Children Act 1989 s.2"),
        Arguments.of(eng, LocalDate.of(2008, 2, 29), ADULT, BIRTH_MOTHER, LocalDate.of(2008, 2, 29), null,
            LocalDate.of(2026, 3, 1), false, "pr.ends-at-18", "Children Act 1989 s.105"),
        Arguments.of(nir, LocalDate.of(2008, 2, 29), ADULT, BIRTH_MOTHER, LocalDate.of(2008, 2, 29), null,
            LocalDate.of(2026, 3, 1), false, "pr.ends-at-18", "Children (Northern Ireland) Order 1995 art.2"),
        Arguments.of(sct, LocalDate.of(2010, 6, 1), ADULT, BIRTH_MOTHER, LocalDate.of(2010, 6, 1), null,
            LocalDate.of(2026, 5, 31), true, "pr.birth-mother", "Children (Scotland) Act 1995"),
        Arguments.of(sct, LocalDate.of(2010, 6, 1), ADULT, BIRTH_MOTHER, LocalDate.of(2010, 6, 1), null,
            LocalDate.of(2026, 6, 1), false, "pr.ends-at-16-scotland", "Children (Scotland) Act 1995 s.1(2)"),
        Arguments.of(eng, LocalDate.of(2010, 6, 1), ADULT, BIRTH_MOTHER, LocalDate.of(2010, 6, 1), null,
            LocalDate.of(2026, 6, 1), true, "pr.birth-mother", "Children Act 1989 s.2"));
  }

  @ParameterizedTest(name = "[{index}] {0} {3} from {4} until {5}, on {6}: holds={7} by {8}")
  @MethodSource("singleClaims")
  void decidesEachBasisPerNationWithTheLawItRestsOn(
      Jurisdiction nation, LocalDate born, PartyId holder, ResponsibilityBasis basis,
      LocalDate from, LocalDate until, LocalDate on, boolean holds, String rule, String citation) {
    ParentalResponsibility pr =
        ParentalResponsibility.of(List.of(ResponsibilityClaim.of(holder, CHILD, basis, from, until)));

    ResponsibilityFinding finding = pr.holds(holder, child(nation, born), on);

    assertThat(finding.holds()).isEqualTo(holds);
    assertThat(finding.heldOn()).isEqualTo(holds ? java.util.Optional.of(basis) : java.util.Optional.empty());
    Reason first = finding.reasons().get(0);
    assertThat(first.rule()).isEqualTo(rule);
    assertThat(first.source().citation() + " " + first.explanation()).contains(citation);
    assertThat(finding.reasons()).allSatisfy(r -> assertThat(r.explanation()).doesNotContain(born.toString()));
  }

  @Test
  void localAuthorityUnderSection20HoldsNothingWhileTheParentsKeepIt() {
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN),
        ResponsibilityClaim.of(COUNCIL, CHILD, LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20, LocalDate.of(2025, 1, 1))));

    List<ResponsibilityFinding> holders = pr.holdersOn(child(Jurisdiction.ENGLAND, BORN), ON);

    assertThat(holders).extracting(ResponsibilityFinding::holder).containsExactly(ADULT);
  }

  @Test
  void careOrderSharesResponsibilityWithTheParents() {
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN),
        ResponsibilityClaim.of(COUNCIL, CHILD, LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2022, 3, 1))));

    List<ResponsibilityFinding> holders = pr.holdersOn(child(Jurisdiction.ENGLAND, BORN), ON);

    assertThat(holders).extracting(ResponsibilityFinding::holder).containsExactly(ADULT, COUNCIL);
    assertThat(holders.get(1).reasons().get(0).explanation()).contains("shared with the parents");
  }

  @Test
  void adoptionEndsEarlierResponsibilityButNotLaterOrders() {
    PersonId adopter = PersonId.parse("adopter-1");
    LocalDate adopted = LocalDate.of(2020, 1, 1);
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN),
        ResponsibilityClaim.of(adopter, CHILD, ADOPTION, adopted),
        ResponsibilityClaim.of(COUNCIL, CHILD, LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2024, 1, 1))));
    Person child = child(Jurisdiction.ENGLAND, BORN);

    assertThat(pr.holds(ADULT, child, adopted.minusDays(1)).holds()).isTrue();
    ResponsibilityFinding after = pr.holds(ADULT, child, adopted);
    assertThat(after.holds()).isFalse();
    assertThat(after.reasons()).extracting(Reason::rule).contains("pr.ended-by-adoption");
    assertThat(pr.holdersOn(child, ON)).extracting(ResponsibilityFinding::holder)
        .containsExactly(adopter, COUNCIL);
  }

  @Test
  void unknownHolderHasNoRecordedBasis() {
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN)));

    ResponsibilityFinding finding = pr.holds(PersonId.parse("stranger"), child(Jurisdiction.WALES, BORN), ON);

    assertThat(finding.holds()).isFalse();
    assertThat(finding.reasons()).extracting(Reason::rule).containsExactly("pr.no-claim");
  }

  @Test
  void uncertainAgeKeepsTheParentInvolvedAndSaysSo() {
    Person child = Person.youngPerson(CHILD, BirthInformation.ofYear(2008), Jurisdiction.ENGLAND);
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, LocalDate.of(2008, 1, 1))));

    ResponsibilityFinding finding = pr.holds(ADULT, child, LocalDate.of(2026, 6, 1));

    assertThat(finding.holds()).isTrue();
    assertThat(finding.reasons()).extracting(Reason::rule).contains("pr.birth-mother", "pr.age-uncertain");
  }

  @Test
  void laterConferringClaimCountsWhenAnEarlierOneHasLapsed() {
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(ADULT, CHILD, CHILD_ARRANGEMENTS_ORDER, LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1)),
        ResponsibilityClaim.of(ADULT, CHILD, PARENTAL_RESPONSIBILITY_ORDER, LocalDate.of(2019, 1, 1))));

    ResponsibilityFinding finding = pr.holds(ADULT, child(Jurisdiction.ENGLAND, BORN), ON);

    assertThat(finding.heldOn()).contains(PARENTAL_RESPONSIBILITY_ORDER);
  }

  @Test
  void refusesLocalAuthorityBasisHeldByAPerson() {
    assertThatThrownBy(() -> ResponsibilityClaim.of(ADULT, CHILD, LOCAL_AUTHORITY_CARE_ORDER, BORN))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("responsibilityClaim.holder"));
  }

  @Test
  void refusesPersonalBasisHeldByAnOrganisation() {
    assertThatThrownBy(() -> ResponsibilityClaim.of(COUNCIL, CHILD, BIRTH_MOTHER, BORN))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.rule()).contains("must be held by a person"));
  }

  @Test
  void refusesAChildHoldingResponsibilityForThemself() {
    assertThatThrownBy(() -> ResponsibilityClaim.of(CHILD, CHILD, BIRTH_MOTHER, BORN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be the child themself");
  }

  @Test
  void refusesAnEndNotAfterTheStart() {
    assertThatThrownBy(() -> ResponsibilityClaim.of(ADULT, CHILD, CHILD_ARRANGEMENTS_ORDER, ON, ON))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("responsibilityClaim.until"));
  }

  @Test
  void refusesADateBeforeTheChildWasBorn() {
    ParentalResponsibility pr = ParentalResponsibility.of(List.of(ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN)));

    assertThatThrownBy(() -> pr.holds(ADULT, child(Jurisdiction.ENGLAND, BORN), BORN.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void withAddsAClaimWithoutChangingTheOriginal() {
    ParentalResponsibility empty = ParentalResponsibility.empty();
    ParentalResponsibility one = empty.with(ResponsibilityClaim.of(ADULT, CHILD, BIRTH_MOTHER, BORN));

    assertThat(empty.claimsFor(CHILD)).isEmpty();
    assertThat(one.claimsFor(CHILD)).hasSize(1);
    assertThat(one.holds(ADULT, child(Jurisdiction.ENGLAND, BORN), ON).holds()).isTrue();
  }

  @Test
  void everyBasisNamesItsLawInEnglandAndWales() {
    for (ResponsibilityBasis basis : ResponsibilityBasis.values()) {
      assertThat(basis.source(Jurisdiction.ENGLAND)).as(basis.name()).isPresent();
      assertThat(basis.source(Jurisdiction.WALES)).isEqualTo(basis.source(Jurisdiction.ENGLAND));
    }
  }
}
