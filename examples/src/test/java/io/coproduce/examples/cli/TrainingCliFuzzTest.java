package io.coproduce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any arguments give an exit status of 0, 1 or 2 and never let an exception out; a non-zero
 * status comes with exactly one line on the error stream and no stack trace. The default run is
 * a stand-in that writes nothing. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/examples/cli/TrainingCliFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class TrainingCliFuzzTest {

  private static final String[] WORDS = {
    "walkthrough", "exercises", "exercise", "verify-ledger", "--all", "--help", "-h", "--out", "--seed",
    "--size", "--date", "voice-reach", "tiny", "2026-11-23", "--", "-", "="};

  @FuzzTest
  void anyArgumentsGiveAStatusAndAtMostOneLine(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      args.add(data.consumeBoolean() ? WORDS[data.consumeInt(0, WORDS.length - 1)] : data.consumeString(20));
    }
    if (args.contains("exercise") && !args.contains("--help") && !args.contains("-h")) {
      // Exercises are exercised elsewhere; here only their argument handling matters.
      args.replaceAll(a -> a.equals("--all") ? "--no-such-option" : a);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = TrainingCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), (options, o) -> o.println("ran"));

    assertThat(status).isBetween(0, 2);
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(errors).doesNotContain("\tat ");
    if (status != 0) {
      assertThat(errors.lines().count()).as("one line for %s", args).isEqualTo(1);
    }
  }
}
