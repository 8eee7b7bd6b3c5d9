package io.coproduce.consent.gate;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small synthetic world for consent-gate tests: one ledger, parental-responsibility records,
 * a material catalogue and a policy, with terse ways to record events. Not thread-safe.
 */
final class GateWorld {

  /** The instant most checks are made at: midday on 1 June 2026 (13:00 in London). */
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final PersonId WORKER = PersonId.parse("st-worker");
  static final PersonId WITNESS = PersonId.parse("st-witness");
  static final MaterialId SHEET = MaterialId.parse("sheet-main");
  static final InformationMaterial SHEET_1_0 =
      InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "en");

  final ConsentLedger ledger = ConsentLedger.inMemory();
  ParentalResponsibility responsibility = ParentalResponsibility.empty();
  MaterialCatalogue materials = MaterialCatalogue.empty();
  ConsentPolicy policy = ConsentPolicy.defaults();
  private int next;

  /** A young person who is exactly {@code age} on {@link #TODAY} (birthday 40 days ago). */
  Person child(String id, int age, Jurisdiction nation) {
    return Person.youngPerson(PersonId.parse(id),
        BirthInformation.ofDate(TODAY.minusYears(age).minusDays(40)), nation);
  }

  /** A young person in England. */
  Person child(String id, int age) {
    return child(id, age, Jurisdiction.ENGLAND);
  }

  /** Records the child's birth mother and returns her id. */
  PersonId mother(Person child) {
    PersonId mum = PersonId.parse("mum-" + child.id());
    claim(mum, child, ResponsibilityBasis.BIRTH_MOTHER, child.birth().latestBirthDate());
    return mum;
  }

  /** Records a father married to the mother and returns his id. */
  PersonId father(Person child) {
    PersonId dad = PersonId.parse("dad-" + child.id());
    claim(dad, child, ResponsibilityBasis.FATHER_MARRIED_TO_MOTHER, child.birth().latestBirthDate());
    return dad;
  }

  /** Records a claim. */
  void claim(PartyId holder, Person child, ResponsibilityBasis basis, LocalDate from) {
    responsibility = responsibility.with(ResponsibilityClaim.of(holder, child.id(), basis, from));
  }

  /** Records a local authority under the given basis and returns its id. */
  OrganisationId council(Person child, ResponsibilityBasis basis) {
    OrganisationId la = OrganisationId.parse("la-northshire");
    claim(la, child, basis, TODAY.minusYears(1));
    return la;
  }

  ConsentGate gate() {
    return ConsentGate.of(ledger, policy, responsibility, materials);
  }

  PurposeDecision check(Person child, Purpose purpose) {
    return check(child, purpose, NOW);
  }

  PurposeDecision check(Person child, Purpose purpose, Instant at) {
    return gate().check(child, List.of(purpose), at).decision(purpose);
  }

  private ConsentEvent.Builder event(Person child, ConsentAction action, Instant at, Purpose... purposes) {
    return ConsentEvent.builder(ConsentEventId.parse("ev-" + (++next)), child.id(), action, at)
        .purposes(List.of(purposes)).jurisdiction(child.jurisdiction());
  }

  ConsentEvent append(ConsentEvent e) {
    ledger.append(e);
    return e;
  }

  /** A grant with no end, shown the main sheet 1.0. */
  ConsentEvent given(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(grant(child, by, authority, at, Validity.from(at), purposes).build());
  }

  ConsentEvent.Builder grant(Person child, PartyId by, DecisionAuthority authority, Instant at,
      Validity validity, Purpose... purposes) {
    return event(child, ConsentAction.GIVEN, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(SHEET_1_0).validity(validity)
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM);
  }

  /** The young person's own grant on the authority of an assessment. */
  ConsentEvent givenOnAssessment(Person child, CapacityAssessment assessment, Instant at, Purpose... purposes) {
    return append(grant(child, child.id(), DecisionAuthority.SELF_ASSESSED_CAPABLE, at, Validity.from(at), purposes)
        .capacityAssessment(assessment.id()).build());
  }

  ConsentEvent refused(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.REFUSED, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.verbal(WORKER, WITNESS)).build());
  }

  ConsentEvent deferred(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.DEFERRED, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).build());
  }

  ConsentEvent withdrawn(Person child, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.WITHDRAWN, at, purposes).bySubject(authority)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED).build());
  }

  ConsentEvent revoked(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.REVOKED, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
        .handling(CollectedMaterialHandling.ANONYMISE).build());
  }

  ConsentEvent assented(Person child, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.ASSENTED, at, purposes).bySubject(null)
        .evidence(Evidence.verbal(WORKER, WITNESS)).build());
  }

  ConsentEvent dissented(Person child, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.DISSENTED, at, purposes).bySubject(null)
        .evidence(Evidence.verbal(WORKER, WITNESS)).build());
  }

  ConsentEvent expired(Person child, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.EXPIRED, at, purposes).recordedBy(WORKER).build());
  }

  ConsentEvent invalidated(Person child, Instant at, InvalidationGround ground, Purpose... purposes) {
    return append(event(child, ConsentAction.INVALIDATED, at, purposes).recordedBy(WORKER)
        .invalidationGround(ground).build());
  }

  CapacityAssessment assess(Person child, Instant at, boolean capable, Purpose... purposes) {
    Set<CapacityCriterion> met = EnumSet.allOf(CapacityCriterion.class);
    if (!capable) {
      met.remove(CapacityCriterion.WEIGHS_INFORMATION);
    }
    CapacityAssessment a = CapacityAssessment.of(CapacityAssessmentId.parse("ca-" + (++next)), child.id(),
        Set.of(purposes), at, PersonId.parse("st-assessor"), met);
    ledger.append(a);
    return a;
  }

  void publish(MaterialVersion version, Instant at) {
    materials = materials.with(Publication.of(SHEET, version, at));
  }

  static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }
}
