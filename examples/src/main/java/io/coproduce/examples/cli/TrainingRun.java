package io.coproduce.examples.cli;

import java.io.IOException;
import java.io.PrintStream;

/**
 * What the default command (the README's run command, no sub-command) does with its options:
 * generate the training scenario, run every check and write the outputs to {@link
 * TrainingOptions#out()}, printing a short summary and progress to {@code out}. The command line
 * parses and validates the options first and turns any failure into a one-line message and an
 * exit status (see {@link TrainingCli}), so an implementation just throws.
 */
@FunctionalInterface
public interface TrainingRun {

  /**
   * Runs the training with {@code options}, printing to {@code out}.
   *
   * @throws IOException when an output cannot be written
   * @throws io.coproduce.core.error.CoproduceException when the library refuses something
   */
  void run(TrainingOptions options, PrintStream out) throws IOException;
}
