package io.coproduce.examples;

import io.coproduce.examples.cli.TrainingCli;
import io.coproduce.examples.cli.TrainingRun;
import io.coproduce.examples.training.DefaultTrainingRun;
import java.io.PrintStream;

/**
 * The training app's entry point: one program with sub-commands (see {@link TrainingCli}).
 *
 * <pre>
 *   mvn -q -pl examples -am compile exec:java                                   # the default training run
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="--out /tmp/t --seed 7 --size small"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="walkthrough --date 2027-03-01"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="exercises"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="exercise photograph-consent"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="exercise --all"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="verify-ledger target/coproduce-training/consent-ledger.jsonl"
 *   mvn -q -pl examples -am compile exec:java -Dexec.args="--help"
 * </pre>
 *
 * <p>Everything is synthetic: ids are made up, and no real person is described.
 */
public final class Main {

  /**
   * What the default command runs: the training scenario through every check and report, written
   * to {@code --out} (see {@link DefaultTrainingRun}), with the time each step took.
   */
  static final TrainingRun DEFAULT_RUN = DefaultTrainingRun.timed();

  private Main() {}

  /** Runs the app and exits with its status when that is not 0. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the app, writing to {@code out} and {@code err}.
   *
   * @return 0 on success, 1 when a check or file failed, 2 on bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return TrainingCli.run(args, out, err, DEFAULT_RUN);
  }
}
