package io.coproduce.participation;

import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Test support: a small synthetic world for session checks (people of exact ages, adults with
 * checks, a consent ledger and gate, plans with sensible defaults). Not thread-safe.
 */
public final class SessionWorld {

  /** When most sessions start: 14:00 in London on 1 June 2026. */
  public static final Instant START = Instant.parse("2026-06-01T13:00:00Z");
  /** The session's day. */
  public static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  /** The organisation running sessions. */
  public static final OrganisationId ORG = OrganisationId.parse("org-north");
  private static final PersonId WORKER = PersonId.parse("st-worker");
  private static final InformationMaterial SHEET =
      InformationMaterial.nonText(MaterialId.parse("sheet-main"), MaterialVersion.of(1, 0), "en");

  /** The consent ledger. */
  public final ConsentLedger ledger = ConsentLedger.inMemory();
  private ParentalResponsibility responsibility = ParentalResponsibility.empty();
  private int next;

  /** A young person in England exactly {@code age} on {@link #DAY} (birthday 40 days before). */
  public static Person child(String id, int age) {
    return Person.youngPerson(PersonId.parse(id), BirthInformation.ofDate(DAY.minusYears(age).minusDays(40)),
        Jurisdiction.ENGLAND);
  }

  /** A young person known only to be {@code min}-{@code max} on {@link #DAY}. */
  public static Person childAged(String id, int min, int max) {
    return Person.youngPerson(PersonId.parse(id), BirthInformation.ofAgeRange(min, max, DAY), Jurisdiction.ENGLAND);
  }

  /** A facilitator aged 30. */
  public static Person adultPerson(String id) {
    return adultPerson(id, 30);
  }

  /** A facilitator of {@code age}. */
  public static Person adultPerson(String id, int age) {
    return Person.of(PersonId.parse(id), BirthInformation.ofDate(DAY.minusYears(age).minusDays(10)),
        Jurisdiction.ENGLAND, Role.FACILITATOR);
  }

  /** Staff aged 30 with an enhanced check with the barred list issued a year ago. */
  public static AdultAttendee staff(String id) {
    return AdultAttendee.of(adultPerson(id), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, DAY.minusYears(1)));
  }

  /** Adults {@code prefix-1} to {@code prefix-n}, all checked staff. */
  public static List<AdultAttendee> staff(String prefix, int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> staff(prefix + "-" + i)).toList();
  }

  /** Children {@code prefix-1} to {@code prefix-n}, all {@code age}. */
  public static List<Person> children(String prefix, int n, int age) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> child(prefix + "-" + i, age)).toList();
  }

  /** A two-hour in-person workshop at {@link #START}. */
  public static SessionPlan.Builder workshop(Collection<Person> youngPeople, Collection<AdultAttendee> adults) {
    return plan(SessionFormat.IN_PERSON, SessionMethod.WORKSHOP, Duration.ofMinutes(50))
        .youngPeople(youngPeople).adults(adults);
  }

  /** A plan at {@link #START}. */
  public static SessionPlan.Builder plan(SessionFormat format, SessionMethod method, Duration length) {
    return SessionPlan.builder(SessionId.parse("s-1"), ORG, START, length, format, method);
  }

  /** The gate over this world's ledger with the default policy. */
  public ConsentGate gate() {
    return ConsentGate.of(ledger, ConsentPolicy.defaults(), responsibility, MaterialCatalogue.empty());
  }

  /** Checks {@code plan} with the default policies and this world's gate. */
  public SessionCheck check(SessionPlan plan) {
    return SessionChecker.of(gate()).check(plan);
  }

  /**
   * Records whatever makes {@code purposes} allowed for {@code person} under the default policy:
   * their own consent at 16 or over; otherwise a parent's consent, and the child's assent from 5.
   */
  public void consentAll(Person person, Collection<Purpose> purposes) {
    Instant at = START.minus(Duration.ofDays(7));
    int age = person.ageOn(DAY).years();
    if (age >= 16) {
      append(grant(person, person.id(), DecisionAuthority.SELF_AGED_16_OR_OVER, at, purposes));
      return;
    }
    PersonId mum = PersonId.parse("mum-" + person.id());
    responsibility = responsibility.with(ResponsibilityClaim.of(mum, person.id(), ResponsibilityBasis.BIRTH_MOTHER,
        person.birth().latestBirthDate()));
    append(grant(person, mum, DecisionAuthority.PARENTAL_RESPONSIBILITY, at, purposes));
    if (age >= 5) {
      append(event(person, ConsentAction.ASSENTED, at, purposes).bySubject(null)
          .evidence(Evidence.verbal(WORKER, PersonId.parse("st-witness"))).build());
    }
  }

  /** Records the young person's own withdrawal of {@code purposes} at {@code at}. */
  public void withdraw(Person person, Instant at, Purpose... purposes) {
    append(event(person, ConsentAction.WITHDRAWN, at, List.of(purposes))
        .bySubject(person.ageOn(DAY).isAtLeast(16) ? DecisionAuthority.SELF_AGED_16_OR_OVER : null)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED).build());
  }

  private ConsentEvent grant(Person person, PersonId by, DecisionAuthority authority, Instant at,
      Collection<Purpose> purposes) {
    return event(person, ConsentAction.GIVEN, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(SHEET).validity(Validity.from(at))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM).build();
  }

  private ConsentEvent.Builder event(Person person, ConsentAction action, Instant at, Collection<Purpose> purposes) {
    return ConsentEvent.builder(ConsentEventId.parse("ev-" + (++next)), person.id(), action, at)
        .purposes(List.copyOf(purposes)).jurisdiction(person.jurisdiction());
  }

  private void append(ConsentEvent e) {
    ledger.append(e);
  }
}
