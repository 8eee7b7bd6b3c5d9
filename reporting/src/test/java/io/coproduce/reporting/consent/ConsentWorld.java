package io.coproduce.reporting.consent;

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
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
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
import java.util.List;

/**
 * A small synthetic consent world for the consent report's tests (after the consent module's own
 * test world): one ledger, parental-responsibility records, a material catalogue and a policy,
 * with terse ways to record events. Not thread-safe.
 */
final class ConsentWorld {

  /** The instant the report is as of: midday on 1 June 2026 (13:00 in London). */
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final PersonId WORKER = PersonId.parse("st-worker");
  static final PersonId WITNESS = PersonId.parse("st-witness");
  static final MaterialId SHEET = MaterialId.parse("sheet-main");
  static final MaterialId OTHER_SHEET = MaterialId.parse("sheet-other");
  static final InformationMaterial SHEET_1_0 = InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "en");
  static final InformationMaterial OTHER_1_0 =
      InformationMaterial.nonText(OTHER_SHEET, MaterialVersion.of(1, 0), "en");
  static final Purpose PHOTOS = Purpose.photography();
  static final Purpose TAKING_PART = Purpose.takingPart();

  final ConsentLedger ledger = ConsentLedger.inMemory();
  ParentalResponsibility responsibility = ParentalResponsibility.empty();
  MaterialCatalogue materials = MaterialCatalogue.empty();
  ConsentPolicy policy = ConsentPolicy.defaults();
  private int next;

  /** A young person in England who is exactly {@code age} on {@link #TODAY} (birthday 40 days ago). */
  Person child(String id, int age) {
    return born(id, TODAY.minusYears(age).minusDays(40));
  }

  /** A young person in England born on {@code birth}. */
  Person born(String id, LocalDate birth) {
    return Person.youngPerson(PersonId.parse(id), BirthInformation.ofDate(birth), Jurisdiction.ENGLAND);
  }

  /** Records the child's birth mother and returns her id. */
  PersonId mother(Person child) {
    PersonId mum = PersonId.parse("mum-" + child.id());
    responsibility = responsibility.with(
        ResponsibilityClaim.of(mum, child.id(), ResponsibilityBasis.BIRTH_MOTHER, child.birth().latestBirthDate()));
    return mum;
  }

  /** Records a father married to the mother and returns his id. */
  PersonId father(Person child) {
    PersonId dad = PersonId.parse("dad-" + child.id());
    responsibility = responsibility.with(ResponsibilityClaim.of(dad, child.id(),
        ResponsibilityBasis.FATHER_MARRIED_TO_MOTHER, child.birth().latestBirthDate()));
    return dad;
  }

  ConsentGate gate() {
    return ConsentGate.of(ledger, policy, responsibility, materials);
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
    return append(grant(child, by, authority, at, Validity.from(at), SHEET_1_0, purposes).build());
  }

  /** A grant for a period, shown the main sheet 1.0. */
  ConsentEvent givenUntil(Person child, PartyId by, DecisionAuthority authority, Instant at, Instant until,
      Purpose... purposes) {
    return append(grant(child, by, authority, at, Validity.between(at, until), SHEET_1_0, purposes).build());
  }

  /** A grant with no end, shown {@code material}. */
  ConsentEvent givenOn(Person child, PartyId by, DecisionAuthority authority, Instant at,
      InformationMaterial material, Purpose... purposes) {
    return append(grant(child, by, authority, at, Validity.from(at), material, purposes).build());
  }

  ConsentEvent.Builder grant(Person child, PartyId by, DecisionAuthority authority, Instant at,
      Validity validity, InformationMaterial material, Purpose... purposes) {
    return event(child, ConsentAction.GIVEN, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(material).validity(validity)
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM);
  }

  ConsentEvent refused(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.REFUSED, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.verbal(WORKER, WITNESS)).build());
  }

  ConsentEvent withdrawn(Person child, DecisionAuthority authority, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.WITHDRAWN, at, purposes).bySubject(authority)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED).build());
  }

  ConsentEvent assented(Person child, Instant at, Purpose... purposes) {
    return append(event(child, ConsentAction.ASSENTED, at, purposes).bySubject(null)
        .evidence(Evidence.verbal(WORKER, WITNESS)).build());
  }

  void publish(MaterialId material, MaterialVersion version, Instant at) {
    materials = materials.with(Publication.of(material, version, at));
  }

  static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant daysAhead(long days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
