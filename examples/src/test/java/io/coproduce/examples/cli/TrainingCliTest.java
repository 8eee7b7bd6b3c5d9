package io.coproduce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCliTest {

  record Run(int status, String out, String err) {}

  private final List<TrainingOptions> received = new ArrayList<>();

  private Run run(TrainingRun training, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = TrainingCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), training);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run((options, out) -> {
      received.add(options);
      out.println("ran with " + options);
    }, args);
  }

  @Test
  void theDefaultRunGetsTheDefaultOptions() {
    Run r = run();

    assertThat(r.status()).isEqualTo(TrainingCli.OK);
    assertThat(received).containsExactly(TrainingOptions.defaults());
    assertThat(r.out()).contains("ran with");
  }

  @Test
  void theDefaultRunGetsTheOptionsGiven(@TempDir Path dir) {
    Path out = dir.resolve("new-folder");

    Run r = run("--out", out.toString(), "--seed", "-42", "--size", "10_000");

    assertThat(r.status()).isZero();
    assertThat(received).containsExactly(new TrainingOptions(out, -42, TrainingSize.ofYoungPeople(10_000)));
  }

  @Test
  void anExistingFolderIsAcceptedForOut(@TempDir Path dir) {
    assertThat(run("--out", dir.toString(), "--size", "LARGE").status()).isZero();
    assertThat(received.get(0).size()).isEqualTo(TrainingSize.of(TrainingSize.Preset.LARGE));
  }

  @Test
  void anExistingFileIsRefusedForOutBeforeTheRunStarts(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("report.html"), "x");

    Run r = run("--out", file.toString());

    assertThat(r.status()).isEqualTo(TrainingCli.USAGE);
    assertThat(received).isEmpty();
    assertThat(r.err()).contains("--out must be a folder");
  }

  @Test
  void whatTheLibraryRefusesInTheRunIsOneLineAndStatusOne() {
    Run r = run((options, out) -> {
      throw InvalidInputException.of("scenario.size", "must be at least 100", 7);
    });

    assertThat(r.status()).isEqualTo(TrainingCli.FAILED);
    assertThat(r.err()).startsWith("error: ").contains("scenario.size").hasLineCount(1).doesNotContain("\tat ");
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineAndStatusOne() {
    Run r = run((options, out) -> {
      throw new java.nio.file.AccessDeniedException("target/x/report.html");
    });

    assertThat(r.status()).isEqualTo(TrainingCli.FAILED);
    assertThat(r.err()).isEqualTo("error: a file could not be read or written (AccessDeniedException:"
        + " target/x/report.html)" + System.lineSeparator());
  }

  @Test
  void anUncheckedIoFailureIsOneLineAndStatusOne() {
    Run r = run((options, out) -> {
      throw new UncheckedIOException("cannot write the ledger", new IOException("disk\nfull"));
    });

    assertThat(r.status()).isEqualTo(TrainingCli.FAILED);
    assertThat(r.err()).startsWith("error: cannot write the ledger (IOException)").hasLineCount(1);
  }

  /** An unexpected failure names only its kind: its message might hold anything. */
  @Test
  void anUnexpectedFailureNamesOnlyItsKind() {
    Run r = run((options, out) -> {
      throw new IllegalStateException("something about yp-0042's record");
    });

    assertThat(r.status()).isEqualTo(TrainingCli.FAILED);
    assertThat(r.err()).isEqualTo("error: unexpected failure (IllegalStateException)" + System.lineSeparator());
  }

  @Test
  void describesEachKindOfFailure() {
    assertThat(TrainingCli.describe(new IOException())).isEqualTo("a file could not be read or written (IOException)");
    assertThat(TrainingCli.describe(InvalidInputException.of("a.b", "must\r\nbe one line", null)))
        .doesNotContain("\n").doesNotContain("\r").contains("a.b");
  }
}
