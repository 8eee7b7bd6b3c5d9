package io.coproduce.examples.exercise;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Can this 14-year-old be photographed?": a made-up young person in England, her mother's
 * written consent to photographs, and four situations the consent gate answers in turn (the
 * mother's consent alone; with the girl's assent; after she objects; and, separately, a refusing
 * mother and a Gillick-competent girl who consents herself). The gate ({@link ConsentGate} under
 * {@link ConsentPolicy#defaults()}) reads an in-memory {@link ConsentLedger} of the situation's
 * records. Immutable and thread-safe.
 */
public final class PhotographConsentExercise implements Exercise {

  /** When the photographs would be taken: the start of a creative session. */
  public static final Instant SESSION_START = Instant.parse("2026-11-23T15:00:00Z");

  private static final PersonId CHILD = PersonId.parse("yp-juniper-14");
  private static final PersonId MOTHER = PersonId.parse("adult-rowan-31");
  private static final PersonId WORKER = PersonId.parse("st-hazel-03");
  private static final PersonId WITNESS = PersonId.parse("st-ash-04");
  private static final PersonId ASSESSOR = PersonId.parse("st-willow-05");
  private static final LocalDate BIRTH = LocalDate.of(2012, 5, 10);
  private static final Person YOUNG_PERSON =
      Person.youngPerson(CHILD, BirthInformation.ofDate(BIRTH), Jurisdiction.ENGLAND);
  private static final ParentalResponsibility RESPONSIBILITY = ParentalResponsibility.of(List.of(
      ResponsibilityClaim.of(MOTHER, CHILD, ResponsibilityBasis.BIRTH_MOTHER, BIRTH)));
  private static final InformationMaterial SHEET =
      InformationMaterial.nonText(MaterialId.parse("photo-sheet"), MaterialVersion.of(1, 0), "en");

  /** One situation: what it adds, the records in the ledger, and the gate's answer. */
  private record Situation(String heading, List<LedgerRecord> records) {}

  /** The exercise. */
  public PhotographConsentExercise() {}

  @Override
  public String name() {
    return "photograph-consent";
  }

  @Override
  public String question() {
    return "Can this 14-year-old be photographed?";
  }

  /** Returns the young person the exercise is about. */
  public Person youngPerson() {
    return YOUNG_PERSON;
  }

  /**
   * Returns the gate's answer about photographs at {@link #SESSION_START} in each situation, in
   * the order the exercise shows them.
   */
  public List<PurposeDecision> answers() {
    return situations().stream().map(s -> decide(s.records())).toList();
  }

  @Override
  public void run(Transcript t) {
    t.title(this);
    t.fact("Everyone here is made up; people are named by pseudonymous id only.");
    LocalDate day = LocalDate.ofInstant(SESSION_START, ConsentPolicy.defaults().zone());
    t.fact(CHILD + " lives in " + YOUNG_PERSON.jurisdiction() + ", born " + BIRTH + ": on " + day
        + " she is " + YOUNG_PERSON.ageOn(day) + " (band " + YOUNG_PERSON.ageOn(day).band() + ").");
    t.fact(MOTHER + " holds parental responsibility as her birth mother.");
    t.fact("A creative session at " + SESSION_START + " wants to take photographs ("
        + Purpose.photography().describe() + ").");
    List<Situation> situations = situations();
    for (Situation s : situations) {
      t.situation(s.heading());
      for (LedgerRecord r : s.records()) {
        t.fact(describe(r));
      }
      t.asks("may " + CHILD + " be photographed at " + SESSION_START + "?");
      PurposeDecision d = decide(s.records());
      t.answer(d.allowed() ? "yes, photographs are allowed" : "no, photographs are NOT allowed");
      t.reasons(d.reasons());
    }
    t.end();
  }

  private static String describe(LedgerRecord record) {
    if (record.event().isPresent()) {
      return "ledger: " + record.event().get().summary();
    }
    CapacityAssessment a = record.assessment().orElseThrow();
    return "ledger: " + a.assessedAt() + " capacity assessment " + a.id() + " of " + a.subject() + " by "
        + a.assessor() + " about " + a.purposes() + ": " + a.outcome()
        + (a.criteriaNotMet().isEmpty() ? " (every criterion met)" : " (not met: " + a.criteriaNotMet() + ")");
  }

  private static PurposeDecision decide(List<LedgerRecord> records) {
    ConsentLedger ledger = ConsentLedger.inMemory();
    ledger.appendAll(records);
    ConsentGate gate = ConsentGate.of(ledger, ConsentPolicy.defaults(), RESPONSIBILITY, MaterialCatalogue.empty());
    return gate.check(YOUNG_PERSON, List.of(Purpose.photography()), SESSION_START).decision(Purpose.photography());
  }

  private static List<Situation> situations() {
    Instant signed = Instant.parse("2026-11-02T16:00:00Z");
    LedgerRecord motherConsents = LedgerRecord.of(ConsentEvent.builder(
            ConsentEventId.parse("c-photo-01"), CHILD, ConsentAction.GIVEN, signed)
        .purposes(Purpose.photography())
        .decidedBy(MOTHER, DecisionAuthority.PARENTAL_RESPONSIBILITY)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
        .material(SHEET)
        .validity(Validity.from(signed))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM)
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());
    LedgerRecord childAssents = LedgerRecord.of(ConsentEvent.builder(
            ConsentEventId.parse("c-photo-02"), CHILD, ConsentAction.ASSENTED, Instant.parse("2026-11-20T10:00:00Z"))
        .purposes(Purpose.photography())
        .bySubject(null)
        .evidence(Evidence.verbal(WORKER, WITNESS))
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());
    LedgerRecord childObjects = LedgerRecord.of(ConsentEvent.builder(
            ConsentEventId.parse("c-photo-03"), CHILD, ConsentAction.DISSENTED, Instant.parse("2026-11-23T14:50:00Z"))
        .purposes(Purpose.photography())
        .bySubject(null)
        .evidence(Evidence.verbal(WORKER, WITNESS))
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());

    LedgerRecord motherRefuses = LedgerRecord.of(ConsentEvent.builder(
            ConsentEventId.parse("c-photo-11"), CHILD, ConsentAction.REFUSED, signed)
        .purposes(Purpose.photography())
        .decidedBy(MOTHER, DecisionAuthority.PARENTAL_RESPONSIBILITY)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());
    Instant assessedAt = Instant.parse("2026-11-16T11:00:00Z");
    CapacityAssessment assessment = CapacityAssessment.of(CapacityAssessmentId.parse("ca-juniper-01"), CHILD,
        Set.of(Purpose.photography()), assessedAt, ASSESSOR, EnumSet.allOf(CapacityCriterion.class));
    Instant ownConsent = Instant.parse("2026-11-16T11:30:00Z");
    LedgerRecord childConsents = LedgerRecord.of(ConsentEvent.builder(
            ConsentEventId.parse("c-photo-12"), CHILD, ConsentAction.GIVEN, ownConsent)
        .purposes(Purpose.photography())
        .bySubject(DecisionAuthority.SELF_ASSESSED_CAPABLE)
        .capacityAssessment(assessment.id())
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
        .material(SHEET)
        .validity(Validity.from(ownConsent))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM)
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());

    List<Situation> out = new ArrayList<>();
    out.add(new Situation("1. her mother has given written consent; nobody has asked her yet",
        List.of(motherConsents)));
    out.add(new Situation("2. as 1, and she has said yes herself (her assent)",
        List.of(motherConsents, childAssents)));
    out.add(new Situation("3. as 2, but minutes before the session she says she does not want her photo taken",
        List.of(motherConsents, childAssents, childObjects)));
    out.add(new Situation("4. instead: her mother refused, but she was assessed capable of this decision"
        + " (Gillick) and consented herself", List.of(motherRefuses, LedgerRecord.of(assessment), childConsents)));
    return List.copyOf(out);
  }
}
