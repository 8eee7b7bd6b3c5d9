package io.coproduce.consent.fhir;

import static io.coproduce.consent.fhir.ConsentFixtures.AS_OF;
import static io.coproduce.consent.fhir.ConsentFixtures.CHARITY;
import static io.coproduce.consent.fhir.ConsentFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates every resource exported from a realistic ledger (every action, every kind of
 * decider, several purposes and nations, validity with and without an end, ids that are not
 * FHIR ids) with HAPI FHIR's R4 instance validator, and requires no message of severity ERROR
 * or FATAL. Warnings are printed for the record. The validator takes ~20 s to warm up, so one
 * is made per class.
 */
class FhirConsentValidationTest {

  private static FhirValidator validator;
  private static final Map<String, Integer> WARNINGS = new TreeMap<>();
  private static final Map<String, String> EXAMPLES = new TreeMap<>();
  private static int validated;
  private static int bundles;
  private static int errorCount;
  private static int bundleEntries;

  @BeforeAll
  static void startValidator() {
    FhirContext context = FhirContext.forR4();
    ValidationSupportChain support = new ValidationSupportChain(
        new DefaultProfileValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
    // Check the type a literal reference names against the element's allowed targets.
    instanceValidator.setAssumeValidRestReferences(true);
    validator = context.newValidator();
    validator.registerValidatorModule(instanceValidator);
  }

  @AfterAll
  static void printWarnings() {
    System.out.println("FHIR validation: " + (validated - bundles) + " single Consent resources and "
        + bundles + " Bundles holding " + bundleEntries + " Consent resources; " + errorCount + " errors; "
        + WARNINGS.values().stream().mapToInt(Integer::intValue).sum() + " warnings, by kind:");
    WARNINGS.forEach((kind, count) -> System.out.println(
        "  " + count + " x " + kind + ", for example: " + EXAMPLES.get(kind)));
  }

  /** Validates {@code resource}, records its warnings and returns its errors, labelled. */
  private static List<String> errorsOf(String label, JsonNode resource) {
    ValidationResult result = validator.validateWithResult(resource.toString());
    validated++;
    if (resource.path("resourceType").asText().equals("Bundle")) {
      bundles++;
      bundleEntries += resource.path("entry").size();
    }
    List<String> errors = new ArrayList<>();
    for (SingleValidationMessage m : result.getMessages()) {
      ResultSeverityEnum severity = m.getSeverity();
      if (severity == ResultSeverityEnum.ERROR || severity == ResultSeverityEnum.FATAL) {
        errors.add(label + " " + m.getLocationString() + " " + m.getMessageId() + ": " + m.getMessage());
      } else if (severity == ResultSeverityEnum.WARNING) {
        WARNINGS.merge(m.getMessageId(), 1, Integer::sum);
        String text = m.getMessage();
        EXAMPLES.putIfAbsent(m.getMessageId(), text.length() > 200 ? text.substring(0, 200) + "..." : text);
      }
    }
    errorCount += errors.size();
    return errors;
  }

  private static List<ConsentEvent> exportedEvents(ConsentLedger ledger) {
    List<ConsentEvent> events = new ArrayList<>();
    for (PersonId subject : ConsentFixtures.subjects()) {
      ledger.eventsOf(subject).stream()
          .filter(e -> DecisionState.isExported(e.action()))
          .forEach(events::add);
    }
    return events;
  }

  @Test
  void everySingleConsentResourceHasNoValidationErrors() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    Map<String, ObjectNode> resources = new LinkedHashMap<>();
    FhirConsentExport plain = FhirConsentExport.defaults();
    FhirConsentExport custodial = FhirConsentExport.of(CHARITY, "https://example.org/coproduce/fhir");
    for (ConsentEvent e : exportedEvents(ledger)) {
      resources.put(e.id() + " as recorded", plain.consent(e));
      resources.put(e.id() + " with custodian", custodial.consent(e));
      for (ConsentStatus ending : List.of(ConsentStatus.WITHDRAWN, ConsentStatus.REVOKED,
          ConsentStatus.EXPIRED, ConsentStatus.INVALIDATED)) {
        resources.put(e.id() + " " + ending, plain.consent(e, ending));
      }
      resources.put(e.id() + " recorded in error",
          plain.consent(e, ConsentStatus.INVALIDATED, InvalidationGround.RECORDED_IN_ERROR));
    }

    List<String> errors = new ArrayList<>();
    resources.forEach((label, resource) -> errors.addAll(errorsOf(label, resource)));

    assertThat(resources).hasSizeGreaterThan(100);
    assertThat(errors).isEmpty();
  }

  @Test
  void everyBundleHasNoValidationErrors() {
    ConsentLedger ledger = ConsentFixtures.realisticLedger();
    MaterialCatalogue changed = MaterialCatalogue.of(List.of(
        Publication.of(ConsentFixtures.SHEET_ID, MaterialVersion.of(1, 0), day(-30)),
        Publication.of(ConsentFixtures.SHEET_ID, MaterialVersion.of(2, 0), day(150))));
    FhirConsentExport export = FhirConsentExport.forCustodian(CHARITY);
    List<String> errors = new ArrayList<>();
    int entries = 0;
    for (Instant asOf : List.of(day(1), day(5), day(100), AS_OF)) {
      ObjectNode all = export.consentsOf(ledger, ConsentFixtures.subjects(), asOf);
      entries += all.path("entry").size();
      errors.addAll(errorsOf("all subjects at " + asOf, all));
      errors.addAll(errorsOf("all subjects, material changed, at " + asOf,
          export.consentsOf(ledger, ConsentFixtures.subjects(), asOf, changed)));
    }
    for (PersonId subject : ConsentFixtures.subjects()) {
      errors.addAll(errorsOf(subject + " at " + AS_OF, export.consentsOf(ledger, subject, AS_OF)));
    }
    errors.addAll(errorsOf("nobody", export.consentsOf(ledger, List.of(), AS_OF)));

    assertThat(entries).isGreaterThan(40);
    assertThat(errors).isEmpty();
  }

  @Test
  void theValidatorReportsErrorsWhenThereAreSome() {
    ObjectNode broken = FhirConsentExport.defaults().consent(exportedEvents(
        ConsentFixtures.realisticLedger()).get(0));
    broken.put("id", "not_a_fhir_id");
    broken.remove("policy");
    broken.put("status", "given");

    assertThat(validator.validateWithResult(broken.toString()).getMessages())
        .filteredOn(m -> m.getSeverity() == ResultSeverityEnum.ERROR)
        .extracting(SingleValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("ppc-1"))
        .anySatisfy(m -> assertThat(m).contains("not_a_fhir_id"))
        .anySatisfy(m -> assertThat(m).contains("given"));
  }
}
