package io.coproduce.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.coproduce.examples.cli.TrainingOptions;
import io.coproduce.examples.cli.TrainingSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the training run's {@code consents-fhir.json} with HAPI FHIR's R4 instance validator
 * (set up as the consent module's own validation test does) and requires no message of severity
 * ERROR or FATAL. Warnings (our code systems and extensions are not published FHIR artefacts) are
 * printed by kind for the record. The validator takes a while to warm up, so there is one run and
 * one validation per class.
 */
class DefaultTrainingRunFhirTest {

  @TempDir static Path dir;
  private static FhirValidator validator;
  private static ValidationResult result;
  private static String bundle;

  @BeforeAll
  static void runAndValidate() throws IOException {
    DefaultTrainingRun.untimed().run(new TrainingOptions(dir, TrainingOptions.DEFAULT_SEED, TrainingSize.DEFAULT),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    bundle = Files.readString(dir.resolve(DefaultTrainingRun.FHIR), StandardCharsets.UTF_8);
    FhirContext context = FhirContext.forR4();
    ValidationSupportChain support = new ValidationSupportChain(
        new DefaultProfileValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
    instanceValidator.setAssumeValidRestReferences(true);
    validator = context.newValidator();
    validator.registerValidatorModule(instanceValidator);
    result = validator.validateWithResult(bundle);
    Map<String, Integer> warnings = new TreeMap<>();
    for (SingleValidationMessage m : result.getMessages()) {
      if (m.getSeverity() == ResultSeverityEnum.WARNING) {
        warnings.merge(m.getMessageId(), 1, Integer::sum);
      }
    }
    System.out.println("FHIR validation of the training run's bundle: " + warnings + " warnings by kind");
  }

  @Test
  void theBundleHasNoValidationErrors() {
    List<String> errors = result.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(m -> m.getLocationString() + " " + m.getMessageId() + ": " + m.getMessage())
        .toList();

    assertThat(errors).isEmpty();
  }

  @Test
  void theValidatorSawEveryConsentOfTheBundle() {
    long consents = bundle.lines().filter(l -> l.contains("\"resourceType\" : \"Consent\"")).count();

    assertThat(consents).isGreaterThan(50);
    assertThat(result.getMessages()).isNotEmpty();
  }

  @Test
  void theValidatorFindsAnErrorPlantedInTheBundle() {
    String broken = bundle.replaceFirst("\"type\" : \"collection\"", "\"type\" : \"heap\"");

    assertThat(broken).isNotEqualTo(bundle);
    assertThat(validator.validateWithResult(broken).getMessages())
        .anySatisfy(m -> assertThat(m.getSeverity()).isEqualTo(ResultSeverityEnum.ERROR));
  }
}
