package io.coproduce.examples.cli;

import io.coproduce.examples.walkthrough.CoreWalkthrough;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code walkthrough [--date yyyy-mm-dd]}: the core rules walked through on a few made-up people. */
@Command(name = "walkthrough",
    description = "Walk through the core rules (ages, parental responsibility, reading level) on a date.")
final class WalkthroughCommand implements Callable<Integer> {

  @Option(names = "--date", paramLabel = "yyyy-mm-dd", converter = DateConverter.class,
      description = "The date to read ages and responsibility on (default: 2026-11-23).")
  LocalDate date = CoreWalkthrough.DEFAULT_DATE;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private final PrintStream out;

  WalkthroughCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    CoreWalkthrough.on(date).print(out);
    return TrainingCli.OK;
  }

  /** Reads an ISO date, with a message that shows the form wanted. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("must be yyyy-mm-dd, was '" + value + "'");
      }
    }
  }
}
