package io.coproduce.examples.cli;

import io.coproduce.core.error.CoproduceException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The training app's command line: the default command (a {@link TrainingRun} with its options)
 * and the sub-commands {@code walkthrough}, {@code exercises}, {@code exercise} and {@code
 * verify-ledger}. Every failure becomes one line on the error stream and an exit status, never a
 * stack trace: {@value #USAGE} for bad arguments (with a pointer to {@code --help}), {@value
 * #FAILED} for a failed check, an unreadable file or anything the library refused (its messages
 * carry ids only), {@value #OK} otherwise. Stateless; each call builds its own parser.
 */
public final class TrainingCli {

  /** Exit status: done. */
  public static final int OK = 0;
  /** Exit status: a verification failed, a file could not be read or written, or the library refused something. */
  public static final int FAILED = 1;
  /** Exit status: the arguments were wrong. */
  public static final int USAGE = 2;

  private TrainingCli() {}

  /**
   * Parses {@code args} and runs the command they name, printing to {@code out} and {@code err};
   * with no command, runs {@code defaultRun}.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, TrainingRun defaultRun) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(defaultRun, "defaultRun");
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cli = new CommandLine(new TrainingCommand(defaultRun, out))
        .addSubcommand("walkthrough", new WalkthroughCommand(out))
        .addSubcommand("exercises", new ExercisesCommand(out))
        .addSubcommand("exercise", new ExerciseCommand(out))
        .addSubcommand("verify-ledger", new VerifyLedgerCommand(out, err));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler((e, ignored) -> {
      errWriter.println("error: " + oneLine(e.getMessage()) + "; try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help'");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      errWriter.println("error: " + describe(e));
      return FAILED;
    });
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** One line about a failure: the library's own message (ids only), or what kind of failure it was. */
  static String describe(Throwable e) {
    if (e instanceof CoproduceException c) {
      return oneLine(c.getMessage());
    }
    if (e instanceof UncheckedIOException u) {
      return oneLine(u.getMessage()) + " (" + u.getCause().getClass().getSimpleName() + ")";
    }
    if (e instanceof IOException io) {
      return "a file could not be read or written (" + io.getClass().getSimpleName()
          + (io.getMessage() == null ? "" : ": " + oneLine(io.getMessage())) + ")";
    }
    return "unexpected failure (" + e.getClass().getSimpleName() + ")";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
