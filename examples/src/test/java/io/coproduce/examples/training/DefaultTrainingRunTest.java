package io.coproduce.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.coproduce.consent.fhir.FhirConsentExport;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.core.id.PersonId;
import io.coproduce.examples.Main;
import io.coproduce.examples.cli.TrainingOptions;
import io.coproduce.examples.cli.TrainingSize;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScenarioSize;
import io.coproduce.reporting.render.JsonSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default training run on the tiny scenario, run three times once for the class: into a
 * folder, again into the same folder (a rerun over the old files), and through {@link Main#run}
 * into a second folder. Every test reads those outputs.
 */
class DefaultTrainingRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path first;
  @TempDir static Path second;
  @TempDir static Path scratch;

  private static String printed;
  private static String reprinted;
  private static Map<String, byte[]> firstFiles;
  private static Map<String, byte[]> rerunFiles;
  private static Map<String, byte[]> mainFiles;
  private static int mainStatus;
  private static String mainErr;

  @BeforeAll
  static void runThreeTimes() throws IOException {
    printed = runInto(first);
    firstFiles = filesOf(first);
    long[] ticks = {0};
    reprinted = runInto(first, DefaultTrainingRun.timedBy(() -> ticks[0] += 1_500_000_000L));
    rerunFiles = filesOf(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    mainStatus = Main.run(new String[] {"--out", second.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    mainErr = err.toString(StandardCharsets.UTF_8);
    mainFiles = filesOf(second);
  }

  static String runInto(Path folder) throws IOException {
    return runInto(folder, DefaultTrainingRun.untimed());
  }

  static String runInto(Path folder, DefaultTrainingRun run) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    run.run(new TrainingOptions(folder, TrainingOptions.DEFAULT_SEED, TrainingSize.DEFAULT),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Every regular file under {@code folder}, by its path relative to it. */
  static Map<String, byte[]> filesOf(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static String text(String name) {
    return new String(firstFiles.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void writesEveryFileTheReadmePromises() {
    assertThat(firstFiles).containsKeys(DefaultTrainingRun.LEDGER, DefaultTrainingRun.FHIR, "report.html",
        "report.json", "report.md", "tables/reach-age-band.csv", "tables/influence-forums.csv",
        "tables/consent-coverage.csv", "tables/safeguarding-findings-by-rule.csv", "tables/quality-by-scope.csv",
        "tables/strategy-indicators.csv", "tables/workmap-gaps.csv", "tables/consent-coverage.disclosure.csv");
    assertThat(firstFiles.keySet()).allMatch(name -> !name.contains("/") || name.endsWith(".csv"));
    assertThat(firstFiles.values()).allMatch(bytes -> bytes.length > 0);
  }

  @Test
  void theMainEntryPointRunsItWithStatusZero() {
    assertThat(mainStatus).isZero();
    assertThat(mainErr).isEmpty();
    assertThat(mainFiles.keySet()).isEqualTo(firstFiles.keySet());
  }

  @Test
  void sameSeedAndSizeGiveTheSameFilesByteForByte() {
    assertThat(mainFiles.keySet()).isEqualTo(firstFiles.keySet());
    for (String name : firstFiles.keySet()) {
      assertThat(mainFiles.get(name)).as(name).isEqualTo(firstFiles.get(name));
    }
  }

  @Test
  void aRerunIntoTheSameFolderReplacesTheFilesWithEqualOnes() {
    assertThat(rerunFiles.keySet()).isEqualTo(firstFiles.keySet());
    for (String name : firstFiles.keySet()) {
      assertThat(rerunFiles.get(name)).as(name).isEqualTo(firstFiles.get(name));
    }
    assertThat(reprinted.replace(" done (1.5 s)", " done")).isEqualTo(printed);
  }

  @Test
  void aRerunRemovesTablesLeftByAnEarlierRunButNoOtherFile() throws IOException {
    Path folder = Files.createDirectories(scratch.resolve("old"));
    Files.createDirectories(folder.resolve("tables"));
    Files.writeString(folder.resolve("tables/gone.csv"), "a,b\n");
    Files.writeString(folder.resolve("notes.txt"), "mine");

    runInto(folder);

    assertThat(folder.resolve("tables/gone.csv")).doesNotExist();
    assertThat(folder.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void printsEveryStepInOrderAndASummary() {
    assertThat(printed).containsSubsequence("Coproduce training run: seed 2026, size tiny (100 young people,"
            + " 14 sessions)", "synthetic", "[1/7] generating the scenario ... done",
        "[2/7] writing the consent ledger", "[3/7] checking 14 session plans", "[4/7] exporting",
        "[5/7] building the reports (checking 400 consent decisions)", "[6/7] publishing under disclosure control",
        "[7/7] verifying the ledger file", "Summary", "sessions checked: 14; blocked: ",
        "planted safeguarding faults found: 7 of 7", "consent: ", "400 decisions checked for 100 young people and 4 purposes",
        "reports: [reach-and-equity, influence, consent, safeguarding, participation-quality, strategic-indicators]",
        "files written (", DefaultTrainingRun.LEDGER, DefaultTrainingRun.FHIR, "report.html", "report.json",
        "report.md", "tables/*.csv", "verify-ledger");
    assertThat(printed).doesNotContain(" s)");
  }

  @Test
  void theSummaryNamesTheBlockersTheCheckerFound() {
    assertThat(printed).contains("supervision.ratio x1", "vetting.alone-with-children x1",
        "safeguarding.mixed-ages x", "online.platform-age x", "online.two-staff x", "supervision.two-adults x");
  }

  @Test
  void theSummaryGivesEachFileItsSize() {
    int size = firstFiles.get("report.json").length;
    assertThat(printed).containsPattern("report\\.json +" + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes");
  }

  @Test
  void theHtmlReportParsesAndHoldsEveryChartAndEveryTable() throws IOException {
    Document html = Jsoup.parse(text("report.html"));
    JsonNode json = JSON.readTree(firstFiles.get("report.json"));
    int charts = 0;
    for (JsonNode report : json.path("reports")) {
      for (JsonNode section : report.path("sections")) {
        if (!section.path("chart").isMissingNode() && !section.path("chart").isNull()) {
          charts++;
        }
      }
    }
    List<String> tableIds = firstFiles.keySet().stream()
        .filter(n -> n.startsWith("tables/") && !n.endsWith(".disclosure.csv"))
        .map(n -> n.substring("tables/".length(), n.length() - ".csv".length())).toList();

    assertThat(charts).isGreaterThanOrEqualTo(20);
    assertThat(html.select("svg")).hasSize(charts);
    for (Element svg : html.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.select("rect")).isNotEmpty();
    }
    for (String id : tableIds) {
      assertThat(html.select("table#table-" + id)).as(id).hasSize(1);
    }
    assertThat(html.text()).contains("Reach and equity", "Influence and feedback", "Consent", "Safeguarding");
    assertThat(html.select("script[src], link[href^=http], img[src^=http]")).isEmpty();
  }

  @Test
  void theJsonReportValidatesAgainstTheShippedSchema() throws IOException {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(JsonSchemas.reportJson(), config);
    JsonNode report = JSON.readTree(firstFiles.get("report.json"));

    Set<ValidationMessage> problems = schema.validate(report);

    assertThat(problems).isEmpty();
    assertThat(report.toString()).contains("reach-and-equity", "strategic-indicators");
  }

  @Test
  void theFhirBundleHoldsAConsentForTheYoungPeople() throws IOException {
    JsonNode bundle = JSON.readTree(firstFiles.get(DefaultTrainingRun.FHIR));

    assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
    assertThat(bundle.path("timestamp").asText()).isEqualTo("2026-11-23T12:00:00Z");
    assertThat(bundle.path("entry").size()).isGreaterThan(50);
    assertThat(bundle.path("entry").get(0).path("resource").path("resourceType").asText()).isEqualTo("Consent");
    assertThat(text(DefaultTrainingRun.FHIR)).doesNotContain("\r").startsWith("{\n  \"resourceType\"").endsWith("}\n");
  }

  @Test
  void theBundleWrittenAFewYoungPeopleAtATimeIsTheOneBundleOfEveryone() throws IOException {
    Scenario scenario = Scenario.generate(TrainingOptions.DEFAULT_SEED, ScenarioSize.TINY);
    ConsentLedger ledger = scenario.writeConsentsTo(ConsentLedger.inMemory());
    List<PersonId> everyone = scenario.people().stream().map(p -> p.id()).toList();
    FhirConsentExport export = FhirConsentExport.forCustodian(scenario.organisations().get(0).id());
    Path streamed = scratch.resolve("streamed.json");
    Path nobody = scratch.resolve("nobody.json");

    DefaultTrainingRun.writeBundle(export, ledger, everyone, scenario.referenceInstant(), streamed, 7);
    DefaultTrainingRun.writeBundle(export, ledger, List.of(), scenario.referenceInstant(), nobody, 7);

    assertThat(Files.readAllBytes(streamed))
        .isEqualTo(DefaultTrainingRun.pretty(export.consentsOf(ledger, everyone, scenario.referenceInstant())))
        .isEqualTo(firstFiles.get(DefaultTrainingRun.FHIR));
    assertThat(Files.readAllBytes(nobody))
        .isEqualTo(DefaultTrainingRun.pretty(export.consentsOf(ledger, List.of(), scenario.referenceInstant())));
  }

  @Test
  void theLedgerFileVerifiesWithTheVerifyLedgerCommand() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"verify-ledger", first.resolve(DefaultTrainingRun.LEDGER).toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact, ");
  }

  @Test
  void editingOneByteOfTheLedgerMakesVerifyLedgerFailNamingThePosition() throws IOException {
    byte[] bytes = firstFiles.get(DefaultTrainingRun.LEDGER).clone();
    int line3 = 0;
    for (int i = 0, lines = 0; i < bytes.length && lines < 2; i++) {
      if (bytes[i] == '\n' && ++lines == 2) {
        line3 = i + 1;
      }
    }
    int at = line3 + 40;
    bytes[at] = (byte) (bytes[at] == 'x' ? 'y' : 'x');
    Path edited = Files.write(scratch.resolve("edited-ledger.jsonl"), bytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"verify-ledger", edited.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isNotZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("NOT intact at line 3 (byte " + line3 + ")")
        .hasLineCount(1);
  }

  @Test
  void aDifferentSeedGivesADifferentLedger() throws IOException {
    Path other = Files.createDirectories(scratch.resolve("seed-7"));
    DefaultTrainingRun.untimed().run(new TrainingOptions(other, 7, TrainingSize.DEFAULT),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(Files.readAllBytes(other.resolve(DefaultTrainingRun.LEDGER)))
        .isNotEqualTo(firstFiles.get(DefaultTrainingRun.LEDGER));
  }

  @Test
  void aTimedRunDiffersOnlyByTheTimeEachStepTook() {
    assertThat(reprinted).contains("[1/7] generating the scenario ... done (1.5 s)")
        .contains("[7/7] verifying the ledger file as an auditor would ... done (1.5 s)");
    assertThat(reprinted.replace(" done (1.5 s)", " done")).isEqualTo(printed);
  }

  @Test
  void theReadmeNamesEveryFileTheRunWritesAndWhere() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(TrainingOptions.DEFAULT_OUT, DefaultTrainingRun.LEDGER, DefaultTrainingRun.FHIR,
        "report.html", "report.json", "report.md", "tables/*.csv");
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("tiny", ScenarioSize.TINY),
        Arguments.of("small", ScenarioSize.SMALL),
        Arguments.of("medium", ScenarioSize.MEDIUM),
        Arguments.of("large", ScenarioSize.LARGE),
        Arguments.of("100", ScenarioSize.of(100)),
        Arguments.of("25_000", ScenarioSize.of(25_000)));
  }

  @ParameterizedTest(name = "--size {0}")
  @MethodSource("sizes")
  void eachTrainingSizeStandsForAScenarioSize(String size, ScenarioSize expected) {
    assertThat(DefaultTrainingRun.scenarioSize(TrainingSize.parse(size))).isEqualTo(expected);
  }

  @Test
  void theScenarioSizesKeepTheNumberOfYoungPeopleAsked() {
    for (int n : List.of(100, 999, 12_345)) {
      assertThat(DefaultTrainingRun.scenarioSize(TrainingSize.ofYoungPeople(n)).youngPeople()).isEqualTo(n);
    }
  }
}
