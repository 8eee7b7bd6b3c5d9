package io.coproduce.examples.training;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coproduce.consent.fhir.FhirConsentExport;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.examples.cli.TrainingOptions;
import io.coproduce.examples.cli.TrainingRun;
import io.coproduce.examples.cli.TrainingSize;
import io.coproduce.examples.ledgercheck.LedgerFileCheck;
import io.coproduce.examples.scenario.PlantedFault;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScenarioSize;
import io.coproduce.examples.scenario.ScheduledSession;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.SessionId;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.render.ReportFolder;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The default training run (the README's run command with no sub-command): generates the
 * training scenario, runs every check, and writes to the output folder
 *
 * <pre>
 * consent-ledger.jsonl      the durable, hash-chained consent ledger (verify it with verify-ledger)
 * consents-fhir.json        a FHIR R4 Bundle of Consent resources for every young person, as of "today"
 * report.html               every standard report, self-contained, with its charts as inline SVG
 * report.json, report.md    the same reports as JSON (see the reporting module's schema) and Markdown
 * tables/*.csv              each published table, and its disclosure-control record
 * </pre>
 *
 * <p>printing progress for each step and a short summary: the sessions checked and the blockers
 * found (against the faults planted for trainees), the consent decisions checked, and the files
 * written with their sizes. Reports are published under {@link DisclosurePolicy#nhsDefault()}.
 * Files from an earlier run are replaced; the ledger file is deleted first and written afresh, and
 * CSV files left in {@code tables/} by an earlier run are removed.
 *
 * <p>The same seed and size give the same files, byte for byte, and the same output apart from
 * the step timings, which only a {@linkplain #timed() timed} run prints. Immutable and
 * thread-safe; two runs writing the same folder at once give no guarantee.
 */
public final class DefaultTrainingRun implements TrainingRun {

  /** The ledger file's name. */
  public static final String LEDGER = "consent-ledger.jsonl";
  /** The FHIR bundle's file name. */
  public static final String FHIR = "consents-fhir.json";

  private static final int STEPS = 7;
  private static final int BUNDLE_CHUNK = 2_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LongSupplier nanos;

  private DefaultTrainingRun(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** A run that prints how long each step took (read from {@code System.nanoTime()}). */
  public static DefaultTrainingRun timed() {
    return new DefaultTrainingRun(System::nanoTime);
  }

  /** A run that prints how long each step took, read from {@code nanos} (a nanosecond ticker; for tests). */
  static DefaultTrainingRun timedBy(LongSupplier nanos) {
    return new DefaultTrainingRun(Objects.requireNonNull(nanos, "nanos"));
  }

  /** A run that prints no timings, so its output is the same on every run of a seed and size. */
  public static DefaultTrainingRun untimed() {
    return new DefaultTrainingRun(null);
  }

  /** Returns the scenario size a training size stands for. */
  public static ScenarioSize scenarioSize(TrainingSize size) {
    Objects.requireNonNull(size, "size");
    if (size.named().isEmpty()) {
      return ScenarioSize.of(size.youngPeople());
    }
    return switch (size.named().get()) {
      case TINY -> ScenarioSize.TINY;
      case SMALL -> ScenarioSize.SMALL;
      case MEDIUM -> ScenarioSize.MEDIUM;
      case LARGE -> ScenarioSize.LARGE;
    };
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException naming {@code size} in the unlikely case that a numbered size
   *     holds too few young people of some age to staff a planted fault
   */
  @Override
  public void run(TrainingOptions options, PrintStream out) throws IOException {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    Path folder = options.out();
    ScenarioSize size = scenarioSize(options.size());
    out.println("Coproduce training run: seed " + options.seed() + ", size " + options.size() + " ("
        + number(size.youngPeople()) + " young people, " + number(size.sessions()) + " sessions), writing to "
        + folder);
    out.println("Everything here is synthetic: made-up ids, invented places, no real person or organisation.");
    Files.createDirectories(folder);

    long t = step(out, 1, "generating the scenario");
    Scenario scenario;
    try {
      scenario = Scenario.generate(options.seed(), size);
    } catch (IllegalStateException e) {
      throw InvalidInputException.of("size", "must hold enough young people of each age to staff every planted"
          + " fault (" + e.getMessage() + ")", options.size(), e);
    }
    List<Person> people = scenario.people();
    done(out, t);

    Path ledgerFile = folder.resolve(LEDGER);
    Files.deleteIfExists(ledgerFile);
    t = step(out, 2, "writing the consent ledger to " + LEDGER);
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(ledgerFile))) {
      scenario.writeConsentsTo(ledger);
      long entries = ledger.size();
      String head = ledger.headHash();
      done(out, t);

      ConsentGate gate = scenario.gate(ledger);
      t = step(out, 3, "checking " + number(scenario.sessions().size()) + " session plans before they run");
      SessionChecker checker = SessionChecker.of(gate);
      List<SessionCheck> checks = new ArrayList<>();
      for (ScheduledSession s : scenario.sessions()) {
        checks.add(checker.check(s.plan()));
      }
      done(out, t);

      t = step(out, 4, "exporting every young person's consent decisions as a FHIR R4 Bundle to " + FHIR);
      List<PersonId> subjects = people.stream().map(Person::id).toList();
      // The custodian is the coalition itself, the scenario's first organisation.
      writeBundle(FhirConsentExport.forCustodian(scenario.organisations().get(0).id()), ledger, subjects,
          scenario.referenceInstant(), folder.resolve(FHIR), BUNDLE_CHUNK);
      done(out, t);

      t = step(out, 5, "building the reports (checking " + number((long) people.size()
          * TrainingReports.PURPOSES.size()) + " consent decisions)");
      List<Report> reports = TrainingReports.of(scenario, ledger, gate, checks);
      done(out, t);

      t = step(out, 6, "publishing under disclosure control (" + DisclosurePolicy.nhsDefault().name()
          + ") and writing the report folder");
      Publication publication = Publication.publish(reports, DisclosurePolicy.nhsDefault());
      removeOldTables(folder.resolve(ReportFolder.TABLES));
      List<Path> written = ReportFolder.write(publication, folder);
      done(out, t);

      ledger.close();
      t = step(out, 7, "verifying the ledger file as an auditor would");
      LedgerFileCheck.Result verified = LedgerFileCheck.check(ledgerFile);
      if (!verified.isIntact()) {
        throw new IOException("the ledger just written does not verify: " + verified.message());
      }
      done(out, t);

      summary(out, scenario, checks, entries, head, people.size(), reports, folder, written);
    }
  }

  private void summary(PrintStream out, Scenario scenario, List<SessionCheck> checks, long entries, String head,
      int people, List<Report> reports, Path folder, List<Path> written) throws IOException {
    out.println();
    out.println("Summary");
    long blocked = checks.stream().filter(SessionCheck::blocks).count();
    Map<String, Integer> blockers = new TreeMap<>();
    for (SessionCheck c : checks) {
      for (Finding f : c.findings(Severity.BLOCKER)) {
        blockers.merge(f.rule(), 1, Integer::sum);
      }
    }
    Set<SessionId> blockedIds = new HashSet<>();
    checks.stream().filter(SessionCheck::blocks).forEach(c -> blockedIds.add(c.session()));
    List<PlantedFault> planted = scenario.plantedFaults();
    long found = planted.stream().filter(p -> blockedIds.contains(p.session())).count();
    out.println("  sessions checked: " + checks.size() + "; blocked: " + blocked + "; blockers found: "
        + blockers.values().stream().mapToInt(Integer::intValue).sum() + " "
        + blockers.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).toList());
    out.println("  planted safeguarding faults found: " + found + " of " + planted.size());
    out.println("  consent: " + number(entries) + " ledger entries (head hash " + head + "); "
        + number((long) people * TrainingReports.PURPOSES.size()) + " decisions checked for "
        + number(people) + " young people and " + TrainingReports.PURPOSES.size() + " purposes");
    out.println("  reports: " + reports.stream().map(r -> r.id().toString()).toList());
    List<Path> files = new ArrayList<>();
    files.add(folder.resolve(LEDGER));
    files.add(folder.resolve(FHIR));
    files.addAll(written);
    out.println("  files written (" + files.size() + "):");
    long tableBytes = 0;
    int tables = 0;
    for (Path p : files) {
      String name = folder.relativize(p).toString().replace('\\', '/');
      if (name.startsWith(ReportFolder.TABLES + "/")) {
        tableBytes += Files.size(p);
        tables++;
      } else {
        out.println(String.format(Locale.ROOT, "    %-24s %,12d bytes", name, Files.size(p)));
      }
    }
    out.println(String.format(Locale.ROOT, "    %-24s %,12d bytes in %d CSV files (each published table and its"
        + " disclosure record)", ReportFolder.TABLES + "/*.csv", tableBytes, tables));
    out.println("Open " + folder.resolve("report.html") + " in a browser; check the ledger with: verify-ledger "
        + folder.resolve(LEDGER));
  }

  private long step(PrintStream out, int n, String what) {
    out.print("[" + n + "/" + STEPS + "] " + what + " ...");
    out.flush();
    return nanos == null ? 0 : nanos.getAsLong();
  }

  private void done(PrintStream out, long started) {
    if (nanos == null) {
      out.println(" done");
    } else {
      out.println(String.format(Locale.ROOT, " done (%.1f s)", (nanos.getAsLong() - started) / 1e9));
    }
  }

  /**
   * Writes the Bundle {@code export} makes of {@code subjects}' decisions to {@code file}, {@code
   * chunk} young people at a time so that a large scenario never holds the whole Bundle in
   * memory: the same bytes as {@link #pretty} of the one Bundle of everyone.
   */
  static void writeBundle(FhirConsentExport export, ConsentLedger ledger, List<PersonId> subjects, Instant asOf,
      Path file, int chunk) throws IOException {
    ObjectNode head = export.consentsOf(ledger, List.of(), asOf);
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = JSON.getFactory().createGenerator(stream)) {
      g.setPrettyPrinter(printer());
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = head.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        g.writeFieldName(field.getKey());
        JSON.writeTree(g, field.getValue());
      }
      boolean started = false;
      for (int from = 0; from < subjects.size(); from += chunk) {
        ObjectNode part = export.consentsOf(ledger, subjects.subList(from, Math.min(subjects.size(),
            from + chunk)), asOf);
        for (JsonNode entry : part.path("entry")) {
          if (!started) {
            g.writeArrayFieldStart("entry");
            started = true;
          }
          JSON.writeTree(g, entry);
        }
      }
      if (started) {
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** The bundle as indented JSON with {@code \n} line ends on every platform, ending with a newline. */
  static byte[] pretty(ObjectNode tree) throws IOException {
    String text = JSON.writer(printer()).writeValueAsString(tree) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void removeOldTables(Path tables) throws IOException {
    if (!Files.isDirectory(tables)) {
      return;
    }
    try (DirectoryStream<Path> old = Files.newDirectoryStream(tables, "*.csv")) {
      for (Path p : old) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
