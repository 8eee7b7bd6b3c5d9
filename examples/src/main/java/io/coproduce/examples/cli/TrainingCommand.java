package io.coproduce.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command: with no sub-command it runs the training with its options. */
@Command(name = "coproduce-training", sortOptions = false,
    description = "The Coproduce training app. With no command it generates the synthetic training scenario,"
        + " runs every check and writes the outputs to --out. Everything is made up: no real person is described.",
    footer = {"", "Exit status: 0 done, 1 a check or file failed, 2 bad arguments."})
final class TrainingCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = TrainingOptions.DEFAULT_OUT,
      description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + TrainingOptions.DEFAULT_SEED,
      description = "Seed of the scenario generator; the same seed gives the same outputs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--size", paramLabel = "SIZE", defaultValue = "tiny", converter = SizeConverter.class,
      description = "tiny, small, medium, large, or a number of young people (default: ${DEFAULT-VALUE}).")
  TrainingSize size;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private final TrainingRun run;
  private final PrintStream stdout;

  TrainingCommand(TrainingRun run, PrintStream stdout) {
    this.run = run;
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out must be a folder, but " + out + " is a file");
    }
    run.run(new TrainingOptions(out, seed, size), stdout);
    return TrainingCli.OK;
  }

  /** Reads {@code --size} through {@link TrainingSize#parse(String)}. */
  static final class SizeConverter implements CommandLine.ITypeConverter<TrainingSize> {
    @Override
    public TrainingSize convert(String value) {
      try {
        return TrainingSize.parse(value);
      } catch (io.coproduce.core.error.InvalidInputException e) {
        throw new CommandLine.TypeConversionException(
            "must be tiny, small, medium, large or a number of young people (" + TrainingSize.FEWEST_YOUNG_PEOPLE
                + " to " + TrainingSize.MOST_YOUNG_PEOPLE + "), was '" + value + "'");
      }
    }
  }
}
