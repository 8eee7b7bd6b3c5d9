package io.coproduce.consent.fhir;

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
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Consent events and a realistic ledger for the FHIR export tests. */
final class ConsentFixtures {

  static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  static final PersonId WORKER = PersonId.parse("worker-1");
  static final PersonId WITNESS = PersonId.parse("worker-2");
  static final PersonId PARENT = PersonId.parse("parent-1");
  static final PersonId LEGAL_REP = PersonId.parse("legal-rep-1");
  static final OrganisationId COUNCIL = OrganisationId.parse("council-1");
  static final OrganisationId COURT = OrganisationId.parse("court-1");
  static final OrganisationId PARTNER = OrganisationId.parse("ccg-north");
  static final OrganisationId CHARITY = OrganisationId.parse("charity-1");
  static final MaterialId SHEET_ID = MaterialId.parse("sheet-photos");
  static final InformationMaterial SHEET =
      InformationMaterial.nonText(SHEET_ID, MaterialVersion.of(1, 0), "en");
  static final String SIGNATURE = "ab".repeat(32);

  static final Purpose TAKING_PART = Purpose.takingPart();
  static final Purpose PHOTOS = Purpose.photography();
  static final Purpose VIDEO = Purpose.video();
  static final Purpose QUOTE = Purpose.quotation(QuoteAttribution.FIRST_NAME);
  static final Purpose SHARING = Purpose.sharingWith(PARTNER);
  static final Purpose RESEARCH = Purpose.research(ResearchKind.OTHER_RESEARCH);
  static final Purpose CTIMP = Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE);
  static final Purpose ONLINE = Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE);
  static final Purpose PAYMENT = Purpose.payment();
  static final Purpose TRIP = Purpose.organisationDefined("residential-trip");

  private ConsentFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static ConsentEventId id(String text) {
    return ConsentEventId.parse(text);
  }

  private static ConsentEvent.Builder base(
      String id, PersonId subject, ConsentAction action, int day, Set<Purpose> purposes) {
    return ConsentEvent.builder(id(id), subject, action, day(day))
        .purposes(purposes).jurisdiction(Jurisdiction.ENGLAND);
  }

  /** A grant (given or renewed) by {@code by} on {@code on}, with the sheet and an online withdrawal route. */
  static ConsentEvent grant(String id, PersonId subject, ConsentAction action, int day, PartyId by,
      DecisionAuthority on, Validity validity, Jurisdiction nation, Set<Purpose> purposes) {
    ConsentEvent.Builder b = base(id, subject, action, day, purposes).jurisdiction(nation)
        .decidedBy(by, on).evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .material(SHEET).validity(validity)
        .withdrawalRoutes(WithdrawalRoute.ONLINE_FORM, WithdrawalRoute.IN_PERSON);
    return assessed(b, subject, on).build();
  }

  /** Names the subject's capacity assessment when the decision rests on one. */
  private static ConsentEvent.Builder assessed(ConsentEvent.Builder b, PersonId subject, DecisionAuthority on) {
    return on == DecisionAuthority.SELF_ASSESSED_CAPABLE ? b.capacityAssessment(assessmentId(subject)) : b;
  }

  static ConsentEvent given(String id, PersonId subject, int day, PartyId by, DecisionAuthority on,
      Validity validity, Set<Purpose> purposes) {
    return grant(id, subject, ConsentAction.GIVEN, day, by, on, validity, Jurisdiction.ENGLAND, purposes);
  }

  static ConsentEvent givenBySelf(String id, PersonId subject, int day, Set<Purpose> purposes) {
    return given(id, subject, day, subject, DecisionAuthority.SELF_AGED_16_OR_OVER,
        Validity.from(day(day)), purposes);
  }

  static ConsentEvent refused(String id, PersonId subject, int day, PartyId by, DecisionAuthority on,
      Set<Purpose> purposes) {
    return assessed(base(id, subject, ConsentAction.REFUSED, day, purposes).decidedBy(by, on)
        .evidence(Evidence.verbal(WORKER, WITNESS).withSignatureHash(SIGNATURE)), subject, on).build();
  }

  static ConsentEvent deferred(String id, PersonId subject, int day, PartyId by, DecisionAuthority on,
      Set<Purpose> purposes) {
    return assessed(base(id, subject, ConsentAction.DEFERRED, day, purposes).decidedBy(by, on)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)), subject, on).build();
  }

  static ConsentEvent requested(String id, PersonId subject, int day, Set<Purpose> purposes) {
    return base(id, subject, ConsentAction.REQUESTED, day, purposes).recordedBy(WORKER).build();
  }

  static ConsentEvent withdrawn(String id, PersonId subject, int day, Set<Purpose> purposes) {
    return base(id, subject, ConsentAction.WITHDRAWN, day, purposes)
        .bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .handling(CollectedMaterialHandling.ANONYMISE).build();
  }

  static ConsentEvent revoked(String id, PersonId subject, int day, PartyId by, DecisionAuthority on,
      Set<Purpose> purposes) {
    return base(id, subject, ConsentAction.REVOKED, day, purposes).decidedBy(by, on)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
        .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED).build();
  }

  static ConsentEvent expired(String id, PersonId subject, int day, Set<Purpose> purposes) {
    return base(id, subject, ConsentAction.EXPIRED, day, purposes).recordedBy(WORKER).build();
  }

  static ConsentEvent invalidated(String id, PersonId subject, int day, InvalidationGround ground,
      Set<Purpose> purposes) {
    return base(id, subject, ConsentAction.INVALIDATED, day, purposes).recordedBy(WORKER)
        .invalidationGround(ground).build();
  }

  static ConsentEvent childView(String id, PersonId subject, ConsentAction assentOrDissent, int day,
      Set<Purpose> purposes) {
    return base(id, subject, assentOrDissent, day, purposes).bySubject(null)
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .build();
  }

  static CapacityAssessmentId assessmentId(PersonId subject) {
    return CapacityAssessmentId.parse("ca-" + subject.value());
  }

  static CapacityAssessment capableAssessment(PersonId subject, int day, Set<Purpose> purposes) {
    return CapacityAssessment.of(assessmentId(subject), subject, purposes, day(day), WORKER,
        EnumSet.allOf(CapacityCriterion.class));
  }

  // ---- a realistic ledger: every action, every kind of decider, several purposes ----

  static final PersonId ANA = PersonId.parse("yp-ana");   // 12, England: parent decides, child assents
  static final PersonId BEN = PersonId.parse("yp-ben");   // 17: decides for himself, withdraws part
  static final PersonId CAL = PersonId.parse("yp-cal");   // 14, Scotland: 12+ data presumption
  static final PersonId DEE = PersonId.parse("yp-dee");   // 13, in care: council, court, legal rep
  static final PersonId EVE = PersonId.parse("yp-eve");   // 14, Gillick-competent for research
  static final PersonId FAY = PersonId.parse("yp_fay");   // an id that is not a FHIR id; adult

  /** The instant the realistic ledger is read at: after every event. */
  static final Instant AS_OF = day(400);

  static List<PersonId> subjects() {
    return List.of(ANA, BEN, CAL, DEE, EVE, FAY);
  }

  static ConsentLedger realisticLedger() {
    ConsentLedger ledger = ConsentLedger.inMemory();
    // Ana: a request, the parent's consent for a year, Ana assents to taking part and dissents
    // from photographs; the parent later revokes photographs.
    ledger.append(requested("ana-req", ANA, 0, Set.of(TAKING_PART, PHOTOS)));
    ledger.append(given("ana-give", ANA, 1, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY,
        Validity.between(day(1), day(366)), Set.of(TAKING_PART, PHOTOS, TRIP)));
    ledger.append(childView("ana-assent", ANA, ConsentAction.ASSENTED, 1, Set.of(TAKING_PART, TRIP)));
    ledger.append(childView("ana-dissent", ANA, ConsentAction.DISSENTED, 2, Set.of(PHOTOS)));
    ledger.append(revoked("ana-revoke", ANA, 3, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY,
        Set.of(PHOTOS)));
    // Ben: his own consent to being quoted and shared with a partner, then withdraws sharing;
    // refuses video; a deferral on payment; renews quotes later.
    ledger.append(givenBySelf("ben-give", BEN, 0, Set.of(QUOTE, SHARING)));
    ledger.append(refused("ben-refuse", BEN, 0, BEN, DecisionAuthority.SELF_AGED_16_OR_OVER, Set.of(VIDEO)));
    ledger.append(deferred("ben-defer", BEN, 1, BEN, DecisionAuthority.SELF_AGED_16_OR_OVER, Set.of(PAYMENT)));
    ledger.append(withdrawn("ben-withdraw", BEN, 10, Set.of(SHARING)));
    ledger.append(grant("ben-renew", BEN, ConsentAction.RENEWED, 200, BEN,
        DecisionAuthority.SELF_AGED_16_OR_OVER, Validity.between(day(200), day(565)),
        Jurisdiction.ENGLAND, Set.of(QUOTE)));
    // Cal (Scotland): consents to photographs under the 12+ presumption, with a validity that ends.
    ledger.append(grant("cal-give", CAL, ConsentAction.GIVEN, 0, CAL,
        DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, Validity.between(day(0), day(90)),
        Jurisdiction.SCOTLAND, Set.of(PHOTOS, QUOTE)));
    ledger.append(grant("cal-online", CAL, ConsentAction.GIVEN, 1, CAL,
        DecisionAuthority.SELF_ONLINE_CONSENT_AGE, Validity.from(day(1)), Jurisdiction.SCOTLAND,
        Set.of(ONLINE)));
    ledger.append(expired("cal-expire", CAL, 95, Set.of(PHOTOS, QUOTE)));
    // Dee (in care): the council consents to taking part; a court decides on research; a legal
    // representative on a clinical trial; the court's consent is invalidated by an authority.
    ledger.append(given("dee-council", DEE, 0, COUNCIL, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER,
        Validity.from(day(0)), Set.of(TAKING_PART)));
    ledger.append(given("dee-court", DEE, 1, COURT, DecisionAuthority.COURT,
        Validity.between(day(1), day(200)), Set.of(RESEARCH)));
    ledger.append(given("dee-ctimp", DEE, 2, LEGAL_REP, DecisionAuthority.LEGAL_REPRESENTATIVE,
        Validity.from(day(2)), Set.of(CTIMP)));
    ledger.append(refused("dee-refuse", DEE, 3, COUNCIL, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER,
        Set.of(PHOTOS)));
    ledger.append(invalidated("dee-invalid", DEE, 50, InvalidationGround.AUTHORITY_DECISION, Set.of(RESEARCH)));
    // Eve: assessed capable of a research decision, consents; a consent recorded for her by
    // mistake is invalidated as recorded in error.
    ledger.append(capableAssessment(EVE, 0, Set.of(RESEARCH)));
    ledger.append(given("eve-research", EVE, 1, EVE, DecisionAuthority.SELF_ASSESSED_CAPABLE,
        Validity.from(day(1)), Set.of(RESEARCH)));
    ledger.append(given("eve-mistake", EVE, 2, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY,
        Validity.from(day(2)), Set.of(PAYMENT)));
    ledger.append(invalidated("eve-error", EVE, 3, InvalidationGround.RECORDED_IN_ERROR, Set.of(PAYMENT)));
    // Fay (an adult, with ids that are not FHIR ids): consents to payment and photographs.
    ledger.append(given("fay_give", FAY, 0, FAY, DecisionAuthority.SELF_ADULT, Validity.from(day(0)),
        Set.of(PAYMENT, PHOTOS)));
    return ledger;
  }
}
