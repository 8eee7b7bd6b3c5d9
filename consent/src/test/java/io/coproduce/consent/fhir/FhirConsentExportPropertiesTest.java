package io.coproduce.consent.fhir;

import static io.coproduce.consent.fhir.ConsentFixtures.PARENT;
import static io.coproduce.consent.fhir.ConsentFixtures.SHEET;
import static io.coproduce.consent.fhir.ConsentFixtures.T0;
import static io.coproduce.consent.fhir.ConsentFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.ConsentLedger;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class FhirConsentExportPropertiesTest {

  private static final long SEED = 20261201L;
  private static final FhirConsentExport EXPORT = FhirConsentExport.defaults();
  private static final Set<String> FHIR_STATUSES =
      Set.of("draft", "proposed", "active", "rejected", "inactive", "entered-in-error");
  private static final List<ConsentAction> DECISIONS = List.of(ConsentAction.GIVEN,
      ConsentAction.RENEWED, ConsentAction.REFUSED, ConsentAction.REQUESTED, ConsentAction.DEFERRED);
  private static final List<Purpose> PURPOSES = List.of(
      Purpose.takingPart(), Purpose.contact(), Purpose.photography(), Purpose.video(),
      Purpose.audioRecording(), Purpose.quotation(QuoteAttribution.ANONYMOUS), Purpose.publicCredit(),
      Purpose.publication(), Purpose.sharingWith(OrganisationId.parse("ccg-1")),
      Purpose.sharingWith(OrganisationId.parse("funder_2")),
      Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE), Purpose.research(ResearchKind.OTHER_RESEARCH),
      Purpose.payment(), Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE),
      Purpose.organisationDefined("residential"));

  static Gen<List<Purpose>> purposes() {
    return SourceDSL.lists().of(Generate.pick(PURPOSES)).ofSizeBetween(1, 4);
  }

  /** Subject ids, some of which (with '_') are not FHIR ids. */
  static Gen<String> subjectIds() {
    return SourceDSL.integers().between(0, 9999).zip(SourceDSL.booleans().all(),
        (n, underscore) -> (underscore ? "yp_" : "yp-") + n);
  }

  /** Seconds after T0 the event is recorded, and the length of a grant's validity in days (-1: no end). */
  record Timing(long seconds, int validityDays) {}

  static Gen<Timing> timings() {
    return SourceDSL.longs().between(0, 3_000_000_000L)
        .zip(SourceDSL.integers().between(-1, 400), Timing::new);
  }

  static Gen<ConsentEvent> decisions() {
    Gen<Object[]> shape = Generate.pick(DECISIONS)
        .zip(SourceDSL.arbitrary().enumValues(DecisionAuthority.class), (a, au) -> new Object[] {a, au});
    return shape.zip(subjectIds(), purposes(), SourceDSL.arbitrary().enumValues(Jurisdiction.class), timings(),
        (s, subject, purposes, nation, timing) ->
            decision((ConsentAction) s[0], (DecisionAuthority) s[1], subject, purposes, nation, timing));
  }

  static ConsentEvent decision(ConsentAction action, DecisionAuthority authority, String subjectText,
      List<Purpose> purposes, Jurisdiction nation, Timing timing) {
    PersonId subject = PersonId.parse(subjectText);
    Instant at = T0.plusSeconds(timing.seconds());
    ConsentEvent.Builder b = ConsentEvent.builder(
            ConsentEventId.parse("ev_" + timing.seconds()), subject, action, at)
        .purposes(purposes).jurisdiction(nation);
    if (action == ConsentAction.REQUESTED) {
      return b.recordedBy(WORKER).build();
    }
    PartyId by = authority.isSelf() ? subject
        : authority == DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER || authority == DecisionAuthority.COURT
            ? OrganisationId.parse("org_1") : PersonId.parse("p-1");
    b.decidedBy(by, authority).evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER));
    if (authority == DecisionAuthority.SELF_ASSESSED_CAPABLE) {
      b.capacityAssessment(ConsentFixtures.assessmentId(subject));
    }
    if (action.isGrant()) {
      b.material(SHEET).withdrawalRoutes(WithdrawalRoute.VERBAL).validity(timing.validityDays() < 0
          ? Validity.from(at) : Validity.between(at, at.plus(Duration.ofDays(timing.validityDays() + 1))));
    }
    return b.build();
  }

  /** 0: the decision's own status; 1-4: an ending; 5: invalidated as recorded in error. */
  static Gen<Integer> statusChoices() {
    return SourceDSL.integers().between(0, 5);
  }

  private static void assertWellFormed(JsonNode consent, PersonId subject) {
    assertThat(consent.has("policy") != consent.has("policyRule")).as("exactly one of policy, policyRule").isTrue();
    assertThat(consent.path("policy").size()).isEqualTo(1);
    assertThat(consent.path("status").asText()).isIn(FHIR_STATUSES);
    assertThat(consent.path("patient").path("reference").asText())
        .isEqualTo("Patient/" + FhirConsentExport.fhirId(subject.value()));
    if (!subject.value().contains("_")) {
      assertThat(consent.path("patient").path("reference").asText()).isEqualTo("Patient/" + subject);
    }
    assertThat(consent.path("id").asText()).matches("[A-Za-z0-9.-]{1,64}");
  }

  @Test
  void everyExportedDecisionHasOnePolicyAnAllowedStatusAndItsPatient() {
    List<ConsentStatus> endings = List.of(ConsentStatus.WITHDRAWN, ConsentStatus.REVOKED,
        ConsentStatus.EXPIRED, ConsentStatus.INVALIDATED);
    qt().withFixedSeed(SEED).forAll(decisions(), statusChoices()).checkAssert((decision, choice) -> {
      JsonNode consent = choice == 0 ? EXPORT.consent(decision)
          : choice == 5 ? EXPORT.consent(decision, ConsentStatus.INVALIDATED, InvalidationGround.RECORDED_IN_ERROR)
          : EXPORT.consent(decision, endings.get(choice - 1));

      assertWellFormed(consent, decision.subject());
      assertThat(consent.path("status").asText()).isEqualTo(choice == 0
          ? FhirConsentExport.fhirStatus(decision.action().status(), null)
          : choice == 5 ? "entered-in-error" : "inactive");
    });
  }

  /** One step of a generated history: which action, on which purposes, how many hours later. */
  record Step(ConsentAction action, List<Purpose> purposes, int hoursLater) {}

  static Gen<List<Step>> histories() {
    Gen<Step> step = SourceDSL.arbitrary().enumValues(ConsentAction.class)
        .zip(purposes(), SourceDSL.integers().between(0, 2000), Step::new);
    return SourceDSL.lists().of(step).ofSizeBetween(1, 10);
  }

  /** Records a history for {@code subject}: the young person (16+) and a parent take turns to decide. */
  static ConsentLedger ledgerOf(PersonId subject, List<Step> steps) {
    ConsentLedger ledger = ConsentLedger.inMemory();
    Instant at = T0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      at = at.plus(Duration.ofHours(s.hoursLater()));
      ConsentEvent.Builder b = ConsentEvent.builder(ConsentEventId.parse("ev-" + i), subject, s.action(), at)
          .purposes(s.purposes()).jurisdiction(Jurisdiction.WALES);
      Evidence evidence = Evidence.of(ConsentMethod.WRITTEN, WORKER);
      boolean parent = i % 2 == 1;
      switch (s.action()) {
        case REQUESTED, EXPIRED -> b.recordedBy(WORKER);
        case INVALIDATED -> b.recordedBy(WORKER)
            .invalidationGround(InvalidationGround.values()[i % InvalidationGround.values().length]);
        case ASSENTED, DISSENTED -> b.bySubject(null).evidence(evidence);
        case WITHDRAWN -> b.bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER).evidence(evidence)
            .handling(CollectedMaterialHandling.KEEP);
        case REVOKED -> b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY).evidence(evidence)
            .handling(CollectedMaterialHandling.ANONYMISE);
        default -> {
          if (parent) {
            b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY);
          } else {
            b.bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER);
          }
          b.evidence(evidence);
          if (s.action().isGrant()) {
            b.material(SHEET).withdrawalRoutes(WithdrawalRoute.MESSAGE)
                .validity(i % 3 == 0 ? Validity.from(at) : Validity.between(at, at.plus(Duration.ofDays(30))));
          }
        }
      }
      ledger.append(b.build());
    }
    return ledger;
  }

  @Test
  void everyBundleEntryHasOnePolicyAnAllowedStatusMatchingItsDpvStatusAndItsPatient() {
    qt().withFixedSeed(SEED).forAll(subjectIds(), histories(), SourceDSL.integers().between(0, 20000))
        .checkAssert((subjectText, steps, hoursAfterStart) -> {
          PersonId subject = PersonId.parse(subjectText);
          Instant asOf = T0.plus(Duration.ofHours(hoursAfterStart));
          JsonNode bundle = EXPORT.consentsOf(ledgerOf(subject, steps), subject, asOf);

          assertThat(bundle.path("type").asText()).isEqualTo("collection");
          for (JsonNode entry : bundle.path("entry")) {
            JsonNode consent = entry.path("resource");
            assertWellFormed(consent, subject);
            String dpv = consent.path("extension").path(0).path("valueUri").asText();
            boolean valid = dpv.equals(ConsentStatus.GIVEN.dpvIri()) || dpv.equals(ConsentStatus.RENEWED.dpvIri());
            assertThat(consent.path("status").asText().equals("active")).as(dpv).isEqualTo(valid);
            assertThat(Instant.parse(consent.path("dateTime").asText())).isBeforeOrEqualTo(asOf);
            for (JsonNode deny : consent.path("provision").path("provision")) {
              assertThat(Instant.parse(deny.path("period").path("start").asText())).isBeforeOrEqualTo(asOf);
            }
          }
        });
  }
}
