package io.coproduce.examples.cli;

import io.coproduce.examples.exercise.Exercise;
import io.coproduce.examples.exercise.Exercises;
import io.coproduce.examples.exercise.Transcript;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exercise NAME} or {@code exercise --all}: runs guided exercises. */
@Command(name = "exercise", description = "Run one guided exercise, or all of them with --all.")
final class ExerciseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "The exercise (see: exercises).")
  String name;

  @Option(names = "--all", description = "Run every exercise, in order.")
  boolean all;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private final PrintStream out;

  ExerciseCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    List<Exercise> chosen;
    if (all == (name != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          all ? "give an exercise NAME or --all, not both" : "name an exercise or give --all (see: exercises)");
    }
    if (all) {
      chosen = Exercises.all();
    } else {
      chosen = List.of(Exercises.named(name).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "no exercise is called '" + name + "'; there are: "
              + Exercises.all().stream().map(Exercise::name).collect(Collectors.joining(", ")))));
    }
    for (Exercise e : chosen) {
      e.run(Transcript.to(out));
    }
    return TrainingCli.OK;
  }
}
