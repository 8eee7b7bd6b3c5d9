package io.coproduce.consent.fhir;

import static io.coproduce.consent.fhir.ConsentFixtures.AS_OF;
import static io.coproduce.consent.fhir.ConsentFixtures.CHARITY;
import static io.coproduce.consent.fhir.ConsentFixtures.COUNCIL;
import static io.coproduce.consent.fhir.ConsentFixtures.COURT;
import static io.coproduce.consent.fhir.ConsentFixtures.CTIMP;
import static io.coproduce.consent.fhir.ConsentFixtures.LEGAL_REP;
import static io.coproduce.consent.fhir.ConsentFixtures.PARENT;
import static io.coproduce.consent.fhir.ConsentFixtures.PARTNER;
import static io.coproduce.consent.fhir.ConsentFixtures.PHOTOS;
import static io.coproduce.consent.fhir.ConsentFixtures.QUOTE;
import static io.coproduce.consent.fhir.ConsentFixtures.RESEARCH;
import static io.coproduce.consent.fhir.ConsentFixtures.SHARING;
import static io.coproduce.consent.fhir.ConsentFixtures.SIGNATURE;
import static io.coproduce.consent.fhir.ConsentFixtures.TAKING_PART;
import static io.coproduce.consent.fhir.ConsentFixtures.TRIP;
import static io.coproduce.consent.fhir.ConsentFixtures.VIDEO;
import static io.coproduce.consent.fhir.ConsentFixtures.WITNESS;
import static io.coproduce.consent.fhir.ConsentFixtures.WORKER;
import static io.coproduce.consent.fhir.ConsentFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FhirConsentExportTest {

  private static final FhirConsentExport EXPORT = FhirConsentExport.defaults();
  private static final PersonId YP = PersonId.parse("yp-1");

  private static ConsentEvent decision(ConsentAction action) {
    return switch (action) {
      case GIVEN -> ConsentFixtures.givenBySelf("ev-" + action, YP, 0, Set.of(PHOTOS));
      case RENEWED -> ConsentFixtures.grant("ev-" + action, YP, action, 0, YP,
          DecisionAuthority.SELF_AGED_16_OR_OVER, Validity.from(day(0)), Jurisdiction.ENGLAND, Set.of(PHOTOS));
      case REFUSED -> ConsentFixtures.refused("ev-" + action, YP, 0, YP,
          DecisionAuthority.SELF_AGED_16_OR_OVER, Set.of(PHOTOS));
      case DEFERRED -> ConsentFixtures.deferred("ev-" + action, YP, 0, YP,
          DecisionAuthority.SELF_AGED_16_OR_OVER, Set.of(PHOTOS));
      case REQUESTED -> ConsentFixtures.requested("ev-" + action, YP, 0, Set.of(PHOTOS));
      default -> throw new AssertionError(action);
    };
  }

  // ---- status ----

  static Stream<Arguments> statusTable() {
    return Stream.of(
        // decision, status now, invalidation ground, FHIR status
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.GIVEN, null, "active"),
        Arguments.of(ConsentAction.RENEWED, ConsentStatus.RENEWED, null, "active"),
        Arguments.of(ConsentAction.REFUSED, ConsentStatus.REFUSED, null, "rejected"),
        Arguments.of(ConsentAction.REQUESTED, ConsentStatus.REQUESTED, null, "proposed"),
        Arguments.of(ConsentAction.DEFERRED, ConsentStatus.DEFERRED, null, "proposed"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.WITHDRAWN, null, "inactive"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.REVOKED, null, "inactive"),
        Arguments.of(ConsentAction.RENEWED, ConsentStatus.EXPIRED, null, "inactive"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.INVALIDATED, null, "inactive"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.INVALIDATED, InvalidationGround.AUTHORITY_DECISION, "inactive"),
        Arguments.of(ConsentAction.RENEWED, ConsentStatus.INVALIDATED, InvalidationGround.INFORMATION_CHANGED, "inactive"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.INVALIDATED, InvalidationGround.DECIDER_WITHOUT_AUTHORITY, "inactive"),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.INVALIDATED, InvalidationGround.RECORDED_IN_ERROR, "entered-in-error"),
        Arguments.of(ConsentAction.REFUSED, ConsentStatus.INVALIDATED, InvalidationGround.RECORDED_IN_ERROR, "entered-in-error"),
        Arguments.of(ConsentAction.REFUSED, ConsentStatus.WITHDRAWN, null, "inactive"),
        Arguments.of(ConsentAction.REQUESTED, ConsentStatus.WITHDRAWN, null, "inactive"),
        Arguments.of(ConsentAction.DEFERRED, ConsentStatus.EXPIRED, null, "inactive"));
  }

  @ParameterizedTest(name = "{0} now {1} ({2}) -> {3}")
  @MethodSource("statusTable")
  void mapsEachStatusToItsFhirStatusAndKeepsTheDpvStatus(
      ConsentAction action, ConsentStatus now, InvalidationGround ground, String fhirStatus) {
    ObjectNode consent = EXPORT.consent(decision(action), now, ground);

    assertThat(consent.path("status").asText()).isEqualTo(fhirStatus);
    assertThat(extension(consent, EXPORT.dpvStatusExtensionUrl()).path("valueUri").asText())
        .isEqualTo(now.dpvIri());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIVEN", "RENEWED", "REFUSED", "REQUESTED", "DEFERRED"})
  void withoutAStatusTheDecisionHasItsOwn(ConsentAction action) {
    ConsentEvent d = decision(action);

    assertThat(EXPORT.consent(d)).isEqualTo(EXPORT.consent(d, action.status()));
  }

  static Stream<ConsentEvent> endingsAndViews() {
    Set<Purpose> p = Set.of(PHOTOS);
    return Stream.of(
        ConsentFixtures.withdrawn("w", YP, 0, p),
        ConsentFixtures.revoked("r", YP, 0, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY, p),
        ConsentFixtures.expired("e", YP, 0, p),
        ConsentFixtures.invalidated("i", YP, 0, InvalidationGround.AUTHORITY_DECISION, p),
        ConsentFixtures.childView("a", YP, ConsentAction.ASSENTED, 0, p),
        ConsentFixtures.childView("d", YP, ConsentAction.DISSENTED, 0, p));
  }

  @ParameterizedTest
  @MethodSource("endingsAndViews")
  void eventsThatAreNotDecisionsDoNotBecomeResources(ConsentEvent event) {
    String why = event.action().isAssentOrDissent() ? "not a consent decision" : "changes the status of an earlier";

    assertThatThrownBy(() -> EXPORT.consent(event))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("consentEvent.action"))
        .hasMessageContaining(why);
  }

  static Stream<Arguments> impossibleStatuses() {
    return Stream.of(
        Arguments.of(ConsentAction.REFUSED, ConsentStatus.GIVEN),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.REFUSED),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.RENEWED),
        Arguments.of(ConsentAction.REQUESTED, ConsentStatus.DEFERRED),
        Arguments.of(ConsentAction.GIVEN, ConsentStatus.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} cannot be {1}")
  @MethodSource("impossibleStatuses")
  void refusesAStatusTheDecisionCannotHave(ConsentAction action, ConsentStatus now) {
    assertThatThrownBy(() -> EXPORT.consent(decision(action), now))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("fhirConsentExport.statusNow"));
  }

  @Test
  void refusesAnInvalidationGroundWithoutAnInvalidation() {
    assertThatThrownBy(() -> EXPORT.consent(
        decision(ConsentAction.GIVEN), ConsentStatus.WITHDRAWN, InvalidationGround.RECORDED_IN_ERROR))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("fhirConsentExport.invalidationGround"));
  }

  // ---- who ----

  static Stream<Arguments> deciders() {
    return Stream.of(
        Arguments.of(YP, DecisionAuthority.SELF_AGED_16_OR_OVER, "Patient/yp-1"),
        Arguments.of(YP, DecisionAuthority.SELF_ADULT, "Patient/yp-1"),
        Arguments.of(YP, DecisionAuthority.SELF_ONLINE_CONSENT_AGE, "Patient/yp-1"),
        Arguments.of(YP, DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, "Patient/yp-1"),
        Arguments.of(YP, DecisionAuthority.SELF_ASSESSED_CAPABLE, "Patient/yp-1"),
        Arguments.of(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY, "RelatedPerson/parent-1"),
        Arguments.of(LEGAL_REP, DecisionAuthority.LEGAL_REPRESENTATIVE, "RelatedPerson/legal-rep-1"),
        Arguments.of(COUNCIL, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, "Organization/council-1"),
        Arguments.of(COURT, DecisionAuthority.COURT, "Organization/court-1"));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("deciders")
  void thePerformerIsWhoDecidedByKind(PartyId by, DecisionAuthority on, String reference) {
    ConsentEvent given = ConsentFixtures.given("ev-1", YP, 0, by, on, Validity.from(day(0)), Set.of(PHOTOS));
    ConsentEvent refused = ConsentFixtures.refused("ev-2", YP, 0, by, on, Set.of(PHOTOS));

    for (ObjectNode consent : List.of(EXPORT.consent(given), EXPORT.consent(refused))) {
      assertThat(consent.path("performer")).hasSize(1);
      assertThat(consent.path("performer").path(0).path("reference").asText()).isEqualTo(reference);
      assertThat(consent.path("patient").path("reference").asText()).isEqualTo("Patient/yp-1");
    }
  }

  @Test
  void verificationIsWithWhoeverDecidedAndNamesTheRecorder() {
    ObjectNode consent = EXPORT.consent(ConsentFixtures.given("ev-1", YP, 3, PARENT,
        DecisionAuthority.PARENTAL_RESPONSIBILITY, Validity.from(day(3)), Set.of(PHOTOS)));

    JsonNode v = consent.path("verification").path(0);
    assertThat(consent.path("verification")).hasSize(1);
    assertThat(v.path("verified").asBoolean()).isTrue();
    assertThat(v.path("verifiedWith").path("reference").asText()).isEqualTo("RelatedPerson/parent-1");
    assertThat(v.path("verificationDate").asText()).isEqualTo(day(3).toString());
    assertThat(extension(v, EXPORT.recordedByExtensionUrl()).path("valueReference").path("reference").asText())
        .isEqualTo("Practitioner/" + WORKER);
    assertThat(extension(v, EXPORT.methodExtensionUrl()).path("valueCode").asText()).isEqualTo("digital");
  }

  @Test
  void anOrganisationsDecisionIsVerifiedWithNobodyNamed() {
    ObjectNode consent = EXPORT.consent(ConsentFixtures.given("ev-1", YP, 0, COURT,
        DecisionAuthority.COURT, Validity.from(day(0)), Set.of(RESEARCH)));

    assertThat(consent.path("verification").path(0).has("verifiedWith")).isFalse();
    assertThat(consent.path("verification").path(0).path("verified").asBoolean()).isTrue();
  }

  @Test
  void aRequestHasNoPerformerAndNoVerificationSinceNobodyHasDecided() {
    ObjectNode consent = EXPORT.consent(decision(ConsentAction.REQUESTED));

    assertThat(consent.has("performer")).isFalse();
    assertThat(consent.has("verification")).isFalse();
    assertThat(consent.path("policy").path(0).path("uri").asText()).isEqualTo(LegalBasis.CONDITIONS_FOR_CONSENT);
  }

  // ---- what ----

  static Stream<Arguments> scopes() {
    return Stream.of(
        Arguments.of(Set.of(RESEARCH), "research"),
        Arguments.of(Set.of(CTIMP), "research"),
        Arguments.of(Set.of(PHOTOS, RESEARCH), "research"),
        Arguments.of(Set.of(PHOTOS), "patient-privacy"),
        Arguments.of(Set.of(TAKING_PART, SHARING, TRIP), "patient-privacy"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("scopes")
  void scopeIsResearchWhenAnyPurposeIsResearch(Set<Purpose> purposes, String scope) {
    JsonNode coding = EXPORT.consent(ConsentFixtures.givenBySelf("ev-1", YP, 0, purposes))
        .path("scope").path("coding").path(0);

    assertThat(coding.path("system").asText()).isEqualTo(FhirConsentExport.CONSENT_SCOPE);
    assertThat(coding.path("code").asText()).isEqualTo(scope);
  }

  @Test
  void categoryIsLoincPatientConsentThenEachPurposeKindOnce() {
    ObjectNode consent = EXPORT.consent(ConsentFixtures.givenBySelf("ev-1", YP, 0,
        Set.of(PHOTOS, QUOTE, Purpose.quotation(QuoteAttribution.ANONYMOUS))));

    List<String> codings = new ArrayList<>();
    consent.path("category").forEach(c -> {
      assertThat(c.path("coding")).hasSize(1);
      codings.add(c.path("coding").path(0).path("system").asText() + "#" + c.path("coding").path(0).path("code").asText());
    });
    assertThat(codings).containsExactly(FhirConsentExport.LOINC + "#59284-0",
        EXPORT.purposeKindSystem() + "#PHOTOGRAPHY", EXPORT.purposeKindSystem() + "#QUOTATION");
  }

  static Stream<Arguments> provisionTypes() {
    return Stream.of(
        Arguments.of(ConsentAction.GIVEN, "permit"),
        Arguments.of(ConsentAction.RENEWED, "permit"),
        Arguments.of(ConsentAction.REQUESTED, "permit"),
        Arguments.of(ConsentAction.DEFERRED, "permit"),
        Arguments.of(ConsentAction.REFUSED, "deny"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("provisionTypes")
  void provisionPermitsWhatIsOrWouldBeAgreedAndDeniesRefusals(ConsentAction action, String type) {
    assertThat(EXPORT.consent(decision(action)).path("provision").path("type").asText()).isEqualTo(type);
  }

  @Test
  void provisionPeriodIsTheGrantsValidityWithOrWithoutAnEnd() {
    ObjectNode bounded = EXPORT.consent(ConsentFixtures.given("ev-1", YP, 0, YP,
        DecisionAuthority.SELF_ADULT, Validity.between(day(2), day(30)), Set.of(PHOTOS)));
    ObjectNode open = EXPORT.consent(ConsentFixtures.given("ev-2", YP, 0, YP,
        DecisionAuthority.SELF_ADULT, Validity.from(day(2)), Set.of(PHOTOS)));

    assertThat(bounded.path("provision").path("period").path("start").asText()).isEqualTo(day(2).toString());
    assertThat(bounded.path("provision").path("period").path("end").asText()).isEqualTo(day(30).toString());
    assertThat(open.path("provision").path("period").path("start").asText()).isEqualTo(day(2).toString());
    assertThat(open.path("provision").path("period").has("end")).isFalse();
    assertThat(EXPORT.consent(decision(ConsentAction.REFUSED)).path("provision").has("period")).isFalse();
    assertThat(bounded.path("dateTime").asText()).isEqualTo(day(0).toString());
  }

  @Test
  void provisionCodesEveryPurposeAndNamesEachSharingPartnerAsRecipient() {
    Purpose otherPartner = Purpose.sharingWith(OrganisationId.parse("funder-9"));
    ObjectNode consent = EXPORT.consent(ConsentFixtures.givenBySelf("ev-1", YP, 0,
        Set.of(TAKING_PART, QUOTE, SHARING, otherPartner)));

    JsonNode provision = consent.path("provision");
    List<String> purposes = new ArrayList<>();
    provision.path("purpose").forEach(p -> {
      assertThat(p.path("system").asText()).isEqualTo(EXPORT.purposeSystem());
      purposes.add(p.path("code").asText());
    });
    assertThat(purposes).containsExactly("TAKING_PART", "QUOTATION:FIRST_NAME", "SHARING:ccg-north", "SHARING:funder-9");
    List<String> actors = new ArrayList<>();
    provision.path("actor").forEach(a -> {
      assertThat(a.path("role").path("coding").path(0).path("system").asText())
          .isEqualTo(FhirConsentExport.PARTICIPATION_TYPE);
      assertThat(a.path("role").path("coding").path(0).path("code").asText()).isEqualTo("IRCP");
      actors.add(a.path("reference").path("reference").asText());
    });
    assertThat(actors).containsExactly("Organization/" + PARTNER, "Organization/funder-9");
  }

  @Test
  void aDecisionWithoutASharingPurposeNamesNoActor() {
    assertThat(EXPORT.consent(decision(ConsentAction.GIVEN)).path("provision").has("actor")).isFalse();
  }

  // ---- policy (ppc-1) ----

  @Test
  void everyResourceHasExactlyOnePolicyAndNoPolicyRule() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    List<JsonNode> resources = new ArrayList<>();
    for (PersonId subject : ConsentFixtures.subjects()) {
      ledger.eventsOf(subject).stream().filter(e -> DecisionState.isExported(e.action()))
          .forEach(e -> resources.add(EXPORT.consent(e)));
    }
    EXPORT.consentsOf(ledger, ConsentFixtures.subjects(), AS_OF).path("entry")
        .forEach(entry -> resources.add(entry.path("resource")));

    assertThat(resources).hasSizeGreaterThan(20).allSatisfy(r -> {
      assertThat(r.has("policyRule")).isFalse();
      assertThat(r.path("policy")).hasSize(1);
      assertThat(r.path("policy").path(0).path("uri").asText()).startsWith("https://");
    });
  }

  @Test
  void policyIsTheLawForTheDecidersAuthorityInTheirNation() {
    ObjectNode scotland = EXPORT.consent(ConsentFixtures.grant("ev-1", YP, ConsentAction.GIVEN, 0, YP,
        DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, Validity.from(day(0)), Jurisdiction.SCOTLAND, Set.of(PHOTOS)));

    assertThat(scotland.path("policy").path(0).path("uri").asText())
        .isEqualTo("https://www.legislation.gov.uk/ukpga/2018/12/section/208");
  }

  // ---- ids and personal data ----

  @Test
  void idIsTheEventIdAndTheIdentifierKeepsItExactly() {
    ObjectNode consent = EXPORT.consent(ConsentFixtures.givenBySelf("ev-1.a", YP, 0, Set.of(PHOTOS)));

    assertThat(consent.path("resourceType").asText()).isEqualTo("Consent");
    assertThat(consent.path("id").asText()).isEqualTo("ev-1.a");
    assertThat(consent.path("identifier").path(0).path("system").asText()).isEqualTo(EXPORT.eventIdentifierSystem());
    assertThat(consent.path("identifier").path(0).path("value").asText()).isEqualTo("ev-1.a");
  }

  @Test
  void idsThatAreNotFhirIdsAreHashedTheSameWayEverywhere() {
    PersonId subject = PersonId.parse("yp_2");
    ObjectNode consent = EXPORT.consent(ConsentFixtures.givenBySelf("ev_1", subject, 0, Set.of(PHOTOS)));

    String id = consent.path("id").asText();
    assertThat(id).matches("-[0-9a-f]{63}").isEqualTo(FhirConsentExport.fhirId("ev_1"));
    assertThat(consent.path("identifier").path(0).path("value").asText()).isEqualTo("ev_1");
    assertThat(consent.path("patient").path("reference").asText())
        .isEqualTo("Patient/" + FhirConsentExport.fhirId("yp_2"))
        .isEqualTo(consent.path("performer").path(0).path("reference").asText());
    assertThat(EXPORT.consent(ConsentFixtures.givenBySelf("ev_1", subject, 5, Set.of(VIDEO))).path("id").asText())
        .isEqualTo(id);
  }

  @Test
  void fhirIdKeepsValidFhirIdsAndHashesOthersApart() {
    assertThat(FhirConsentExport.fhirId("ABC-1.x")).isEqualTo("ABC-1.x");
    assertThat(FhirConsentExport.fhirId("a_b")).isNotEqualTo(FhirConsentExport.fhirId("a_c")).hasSize(64);
    assertThat(FhirConsentExport.fhirId("a".repeat(63) + "_")).matches("[A-Za-z0-9.-]{1,64}");
  }

  private static final Pattern REFERENCE = Pattern.compile("(Patient|RelatedPerson|Organization|Practitioner)/[A-Za-z0-9.-]{1,64}");
  private static final Pattern URL = Pattern.compile("(https?://|urn:uuid:)\\S+");
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9:._-]+");

  @Test
  void theOutputHoldsIdsCodesAndDatesOnlyNeverTheWitnessOrTheSignature() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    List<JsonNode> outputs = new ArrayList<>();
    outputs.add(FhirConsentExport.forCustodian(CHARITY).consentsOf(ledger, ConsentFixtures.subjects(), day(5)));
    outputs.add(EXPORT.consentsOf(ledger, ConsentFixtures.subjects(), AS_OF));
    outputs.add(EXPORT.consent(ConsentFixtures.refused("ev-9", YP, 0, PARENT,
        DecisionAuthority.PARENTAL_RESPONSIBILITY, Set.of(PHOTOS))));
    Set<String> displays = new HashSet<>(List.of("Patient Consent", "Privacy Consent", "Research", "information recipient"));
    for (PurposeKind k : PurposeKind.values()) {
      displays.add(k.description());
    }

    for (JsonNode output : outputs) {
      String json = output.toString();
      assertThat(json).doesNotContain(WITNESS.value()).doesNotContain(SIGNATURE);
      strings(output, "", (field, text) -> {
        if (field.equals("div")) {
          String withoutIds = text.replaceAll(REFERENCE.pattern(), "").replaceAll(INSTANT.pattern(), "");
          assertThat(withoutIds).matches("[A-Za-z0-9 <>/=\":.;,()_\\-]+");
        } else if (field.equals("display")) {
          assertThat(displays.contains(text) || displays.stream().anyMatch(d -> text.startsWith(d + " (")))
              .as(text).isTrue();
        } else {
          assertThat(REFERENCE.matcher(text).matches() || URL.matcher(text).matches()
              || INSTANT.matcher(text).matches() || CODE.matcher(text).matches()).as(field + ": " + text).isTrue();
        }
      });
    }
  }

  private interface StringVisitor {
    void visit(String field, String text);
  }

  private static void strings(JsonNode node, String field, StringVisitor visitor) {
    if (node.isTextual()) {
      visitor.visit(field, node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> strings(n, field, visitor));
    } else if (node.isObject()) {
      node.properties().forEach(e -> strings(e.getValue(), e.getKey(), visitor));
    }
  }

  @Test
  void theNarrativeIsGeneratedXhtmlOfTheDecision() {
    JsonNode text = EXPORT.consent(ConsentFixtures.given("ev-1", YP, 0, PARENT,
        DecisionAuthority.PARENTAL_RESPONSIBILITY, Validity.between(day(0), day(9)), Set.of(TRIP))).path("text");

    assertThat(text.path("status").asText()).isEqualTo("generated");
    assertThat(text.path("div").asText())
        .startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">").endsWith("</div>")
        .contains("GIVEN by RelatedPerson/parent-1 (PARENTAL_RESPONSIBILITY)", "Patient/yp-1",
            "(residential-trip)", "until " + day(9));
  }

  // ---- options ----

  @Test
  void theCustodianIsTheOrganizationOnlyWhenGiven() {
    ConsentEvent d = decision(ConsentAction.GIVEN);

    assertThat(EXPORT.consent(d).has("organization")).isFalse();
    assertThat(EXPORT.custodian()).isEmpty();
    assertThat(FhirConsentExport.forCustodian(CHARITY).consent(d).path("organization").path(0).path("reference").asText())
        .isEqualTo("Organization/charity-1");
  }

  @Test
  void ourSystemsAndExtensionsLiveUnderTheBaseUrl() {
    FhirConsentExport export = FhirConsentExport.of(CHARITY, "https://example.org/fhir");
    ObjectNode consent = export.consent(decision(ConsentAction.GIVEN));

    assertThat(export.baseUrl()).isEqualTo("https://example.org/fhir");
    assertThat(EXPORT.baseUrl()).isEqualTo(FhirConsentExport.DEFAULT_BASE_URL);
    assertThat(List.of(export.purposeSystem(), export.purposeKindSystem(), export.eventIdentifierSystem(),
        export.dpvStatusExtensionUrl(), export.childViewExtensionUrl(), export.recordedByExtensionUrl(),
        export.methodExtensionUrl())).allSatisfy(url -> assertThat(url).startsWith("https://example.org/fhir/"))
        .doesNotHaveDuplicates();
    assertThat(consent.toString()).doesNotContain(FhirConsentExport.DEFAULT_BASE_URL);
    assertThat(EXPORT.withBaseUrl("http://localhost:8080/x").purposeSystem())
        .isEqualTo("http://localhost:8080/x/CodeSystem/purpose");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.org", "ftp://example.org/fhir", "https://example.org/fhir/",
      "https://example.org/fhir?x=1", "https://example.org/fhir#x", "https:///fhir", "https://exa mple.org"})
  void refusesABaseUrlThatIsNotAnAbsoluteWebUrl(String baseUrl) {
    assertThatThrownBy(() -> FhirConsentExport.of(CHARITY, baseUrl))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("fhirConsentExport.baseUrl"));
  }

  @Test
  void refusesInstantsThatAreNotFhirDateTimes() {
    ConsentEvent farFuture = ConsentEvent.builder(ConsentFixtures.id("ev-1"), YP, ConsentAction.REQUESTED,
        Instant.parse("+10000-01-01T00:00:00Z")).purposes(PHOTOS).recordedBy(WORKER)
        .jurisdiction(Jurisdiction.ENGLAND).build();

    assertThatThrownBy(() -> EXPORT.consent(farFuture))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("consentEvent.recordedAt"));
    assertThatThrownBy(() -> EXPORT.consentsOf(ConsentLedger.inMemory(), YP, Instant.MIN))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("fhirConsentExport.asOf"));
  }

  // ---- bundles ----

  @Test
  void aBundleIsACollectionAtAsOfWithAStableUniqueFullUrlPerEntry() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    ObjectNode bundle = EXPORT.consentsOf(ledger, ConsentFixtures.subjects(), AS_OF);

    assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
    assertThat(bundle.path("type").asText()).isEqualTo("collection");
    assertThat(bundle.path("timestamp").asText()).isEqualTo(AS_OF.toString());
    List<String> fullUrls = new ArrayList<>();
    bundle.path("entry").forEach(e -> {
      fullUrls.add(e.path("fullUrl").asText());
      assertThat(e.path("resource").path("resourceType").asText()).isEqualTo("Consent");
    });
    assertThat(fullUrls).hasSizeGreaterThan(10).doesNotHaveDuplicates()
        .allSatisfy(u -> assertThat(u).matches("urn:uuid:[0-9a-f-]{36}"));
    assertThat(EXPORT.consentsOf(ledger, ConsentFixtures.subjects(), AS_OF)).isEqualTo(bundle);
  }

  @Test
  void aBundleOfNobodyOrOfSomeoneWithNoDecisionsHasNoEntries() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();

    assertThat(EXPORT.consentsOf(ledger, List.of(), AS_OF).has("entry")).isFalse();
    assertThat(EXPORT.consentsOf(ledger, PersonId.parse("nobody"), AS_OF).has("entry")).isFalse();
    assertThat(EXPORT.consentsOf(ledger, ConsentFixtures.ANA, day(-1)).has("entry")).isFalse();
  }

  @Test
  void aBundleOfManyYoungPeopleKeepsTheOrderGivenAndEachOnce() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    ObjectNode bundle = EXPORT.consentsOf(ledger,
        List.of(ConsentFixtures.CAL, ConsentFixtures.ANA, ConsentFixtures.CAL), AS_OF);

    List<String> patients = new ArrayList<>();
    bundle.path("entry").forEach(e -> patients.add(e.path("resource").path("patient").path("reference").asText()));
    assertThat(patients).containsExactly("Patient/yp-cal", "Patient/yp-cal", "Patient/yp-ana");
  }

  @Test
  void aBundleShowsStatusAsOfItsInstant() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();

    JsonNode before = EXPORT.consentsOf(ledger, ConsentFixtures.BEN, day(5)).path("entry").path(0).path("resource");
    JsonNode after = EXPORT.consentsOf(ledger, ConsentFixtures.BEN, day(50)).path("entry").path(0).path("resource");

    assertThat(before.path("id").asText()).isEqualTo("ben-give");
    assertThat(before.path("status").asText()).isEqualTo("active");
    assertThat(before.path("provision").has("provision")).isFalse();
    assertThat(after.path("id").asText()).isEqualTo("ben-give");
    assertThat(after.path("status").asText()).isEqualTo("active");
    JsonNode deny = after.path("provision").path("provision").path(0);
    assertThat(deny.path("type").asText()).isEqualTo("deny");
    assertThat(deny.path("period").path("start").asText()).isEqualTo(day(10).toString());
    assertThat(deny.path("purpose").path(0).path("code").asText()).isEqualTo("SHARING:ccg-north");
    assertThat(deny.path("actor").path(0).path("reference").path("reference").asText()).isEqualTo("Organization/ccg-north");
  }

  @Test
  void aBundleMarksAConsentRecordedInErrorAsEnteredInError() {
    JsonNode eve = EXPORT.consentsOf(ConsentFixtures.realisticLedger(), ConsentFixtures.EVE, AS_OF);

    List<String> statuses = new ArrayList<>();
    eve.path("entry").forEach(e -> statuses.add(e.path("resource").path("id").asText() + " "
        + e.path("resource").path("status").asText()));
    assertThat(statuses).containsExactly("eve-research active", "eve-mistake entered-in-error");
  }

  @Test
  void theChildsViewIsAttachedToSomeoneElsesDecisionOnly() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    JsonNode anaGive = EXPORT.consentsOf(ledger, ConsentFixtures.ANA, day(5)).path("entry").path(0).path("resource");

    List<String> views = new ArrayList<>();
    anaGive.path("extension").forEach(ext -> {
      if (ext.path("url").asText().equals(EXPORT.childViewExtensionUrl())) {
        StringBuilder view = new StringBuilder();
        ext.path("extension").forEach(part -> view.append(part.path("url").asText()).append('=')
            .append(part.path("valueCode").asText(part.path("valueCoding").path("code").asText(
                part.path("valueIdentifier").path("value").asText(part.path("valueDateTime").asText()))))
            .append(' '));
        views.add(view.toString().trim());
      }
    });
    assertThat(anaGive.path("id").asText()).isEqualTo("ana-give");
    assertThat(views).containsExactly(
        "view=assented recorded=" + day(1) + " event=ana-assent purpose=TAKING_PART purpose=ORGANISATION_DEFINED:residential-trip",
        "view=dissented recorded=" + day(2) + " event=ana-dissent purpose=PHOTOGRAPHY");
    EXPORT.consentsOf(ledger, ConsentFixtures.BEN, AS_OF).path("entry").forEach(e -> e.path("resource").path("extension")
        .forEach(ext -> assertThat(ext.path("url").asText()).isNotEqualTo(EXPORT.childViewExtensionUrl())));
  }

  private static JsonNode extension(JsonNode element, String url) {
    for (JsonNode ext : element.path("extension")) {
      if (ext.path("url").asText().equals(url)) {
        return ext;
      }
    }
    throw new AssertionError("no extension " + url + " in " + element);
  }
}
