package io.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.examples.exercise.Exercise;
import io.coproduce.examples.exercise.Exercises;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every command of the training app in-process, as the README's run command would. */
class MainTest {

  record Run(int status, String out, String err) {}

  @TempDir
  Path dir;

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in");
    assertThat(r.out()).doesNotContain("\tat ");
  }

  @Test
  void theDefaultCommandRunsTheTrainingScenarioIntoTheOutFolder() {
    Run r = run("--out", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Coproduce training run: seed 2026, size tiny")
        .contains("[1/7] generating the scenario ... done (").contains("[7/7]").contains("Summary")
        .contains("planted safeguarding faults found: 7 of 7");
    assertThat(dir.resolve("consent-ledger.jsonl")).isNotEmptyFile();
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void theDefaultCommandTakesItsSeedAndSize() {
    Run r = run("--out", dir.toString(), "--seed", "7", "--size", "120");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Coproduce training run: seed 7, size 120 (120 young people,");
  }

  @Test
  void theWalkthroughRunsOnItsDefaultDate() {
    Run r = run("walkthrough");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Coproduce training scenario on 2026-11-23")
        .contains("la-northshire for yp-amber-01: HOLDS")
        .contains("la-northshire for yp-cedar-03: does not hold")
        .contains("Children Act 1989 s.20")
        .contains("adult-elm-05 for yp-birch-02: does not hold")
        .contains("adult-fir-06 for yp-dune-04: does not hold")
        .contains("Looking back to 2010-06-01")
        .contains("registration alone gives parental responsibility in England only from that date")
        .contains("Reading age");
  }

  @Test
  void sameDateGivesTheSameOutput() {
    Run first = run("walkthrough", "--date", "2027-03-01");

    assertThat(first.out()).contains("on 2027-03-01").isEqualTo(run("walkthrough", "--date", "2027-03-01").out());
  }

  @Test
  void aDateBeforeSomeoneWasBornIsReportedWithoutAStackTrace() {
    Run r = run("walkthrough", "--date", "2005-01-01");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
    assertNoStackTrace(r);
  }

  @Test
  void exercisesListsEveryExerciseWithItsQuestion() {
    Run r = run("exercises");

    assertThat(r.status()).isZero();
    for (Exercise e : Exercises.all()) {
      assertThat(r.out()).contains(e.name()).contains(e.question());
    }
  }

  @Test
  void exerciseRunsOneByName() {
    Run r = run("exercise", "publish-table");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("== Exercise publish-table: Is this table safe to publish?")
        .contains("SITUATION").contains("LIBRARY'S ANSWER").contains("[secondary-suppression]")
        .doesNotContain("== Exercise photograph-consent");
  }

  @Test
  void exerciseAllRunsEveryExerciseInOrder() {
    Run r = run("exercise", "--all");

    assertThat(r.status()).isZero();
    int last = -1;
    for (Exercise e : Exercises.all()) {
      int at = r.out().indexOf("== Exercise " + e.name() + ": " + e.question());
      assertThat(at).as(e.name()).isGreaterThan(last);
      last = at;
    }
    assertThat(r.out()).contains("[consent.gate.needs-assent]", "[supervision.ratio]", "[representation.none]",
        "[voice.feedback.overdue]", "[small-counts-suppressed]");
  }

  @Test
  void verifyLedgerPassesAnIntactLedgerAndFailsOneWithAFlippedByte() throws IOException {
    Path file = SampleLedger.write(dir.resolve("consent-ledger.jsonl"), 3);

    Run intact = run("verify-ledger", file.toString());

    assertThat(intact.status()).isZero();
    assertThat(intact.out()).contains("intact, 3 entries");
    assertThat(intact.err()).isEmpty();

    int line2 = SampleLedger.startOfLine(file, 2);
    SampleLedger.flipByte(file, line2 + 17);
    Run broken = run("verify-ledger", file.toString());

    assertThat(broken.status()).isEqualTo(1);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err()).startsWith("verify-ledger: " + file).contains("NOT intact at line 2 (byte " + line2 + ")")
        .hasLineCount(1);
    assertNoStackTrace(broken);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("missing", "no such file"),
        Arguments.of("a directory", "is a directory"),
        Arguments.of("empty", "is empty"),
        Arguments.of("under a file", "no such file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void verifyLedgerRefusesAFileItCannotVerify(String what, String message) throws IOException {
    Path path = switch (what) {
      case "missing" -> dir.resolve("missing.jsonl");
      case "a directory" -> dir;
      case "empty" -> Files.createFile(dir.resolve("empty.jsonl"));
      default -> Files.writeString(dir.resolve("plain"), "x").resolve("ledger.jsonl");
    };

    Run r = run("verify-ledger", path.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("verify-ledger: ").contains(message).hasLineCount(1);
    assertNoStackTrace(r);
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(new String[] {"--frobnicate"}, "Unknown option: '--frobnicate'"),
        Arguments.of(new String[] {"frobnicate"}, "Unmatched argument at index 0: 'frobnicate'"),
        Arguments.of(new String[] {"verify-ledger"}, "Missing required parameter: 'PATH'"),
        Arguments.of(new String[] {"verify-ledger", "a", "b"}, "Unmatched argument"),
        Arguments.of(new String[] {"exercise"}, "name an exercise or give --all"),
        Arguments.of(new String[] {"exercise", "nope"}, "no exercise is called 'nope'"),
        Arguments.of(new String[] {"exercise", "--all", "voice-reach"}, "not both"),
        Arguments.of(new String[] {"walkthrough", "--date"}, "Missing required parameter for option '--date'"),
        Arguments.of(new String[] {"walkthrough", "--date", "tomorrow"}, "--date': must be yyyy-mm-dd, was 'tomorrow'"),
        Arguments.of(new String[] {"--seed", "x"}, "'x' is not a long"),
        Arguments.of(new String[] {"--size", "huge"}, "must be tiny, small, medium, large or a number"),
        Arguments.of(new String[] {"--size", "99"}, "must be tiny, small, medium, large or a number"),
        Arguments.of(new String[] {"--out", "pom.xml"}, "--out must be a folder, but pom.xml is a file"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badArguments")
  void badArgumentsGetOneLineAndStatusTwo(String[] args, String message) {
    Run r = run(args);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").contains(message).contains("--help'").hasLineCount(1);
    assertNoStackTrace(r);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelp(String[] args) {
    Run r = run(args);

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: coproduce-training");
    assertThat(r.err()).isEmpty();
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"walkthrough", "--help"}),
        Arguments.of((Object) new String[] {"exercises", "--help"}),
        Arguments.of((Object) new String[] {"exercise", "--help"}),
        Arguments.of((Object) new String[] {"verify-ledger", "-h"}));
  }

  @Test
  void topLevelHelpNamesEveryCommandAndTheExitStatuses() {
    assertThat(run("--help").out()).contains("walkthrough", "exercises", "exercise", "verify-ledger", "--out", "--seed",
        "--size", "Exit status: 0 done, 1 a check or file failed, 2 bad arguments.");
  }
}
