package io.coproduce.examples.cli;

import io.coproduce.examples.exercise.Exercise;
import io.coproduce.examples.exercise.Exercises;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code exercises}: lists the guided exercises. */
@Command(name = "exercises", description = "List the guided exercises.")
final class ExercisesCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private final PrintStream out;

  ExercisesCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    out.println("Guided exercises (run one with: exercise NAME; all with: exercise --all):");
    int width = Exercises.all().stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Exercise e : Exercises.all()) {
      out.println("  " + e.name() + " ".repeat(width - e.name().length()) + "  " + e.question());
    }
    return TrainingCli.OK;
  }
}
