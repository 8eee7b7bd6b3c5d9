package io.coproduce.examples.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The default training run's options, parsed and validated by the command line. Immutable.
 *
 * @param out the folder to write the training outputs to (created if missing; never an existing
 *     file)
 * @param seed the scenario generator's seed: the same seed and size give the same outputs
 * @param size how big a scenario to generate
 */
public record TrainingOptions(Path out, long seed, TrainingSize size) {

  /** Where the outputs go unless {@code --out} says otherwise. */
  public static final String DEFAULT_OUT = "target/coproduce-training";

  /** The seed used unless {@code --seed} says otherwise. */
  public static final long DEFAULT_SEED = 2026L;

  /** Validates the options. */
  public TrainingOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(size, "size");
  }

  /** The options of a run with no arguments. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(Path.of(DEFAULT_OUT), DEFAULT_SEED, TrainingSize.DEFAULT);
  }
}
