package io.coproduce.benchmarks;

import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScenarioSize;
import io.coproduce.examples.training.TrainingReports;
import io.coproduce.reporting.aggregate.ActivityEvent;
import io.coproduce.reporting.reach.ReachTally;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The training app's own data (issue 6): the seeded scenario generator of {@code examples}, at
 * the training sizes, generating a coalition and streaming its consents into a ledger, and the
 * reach tally over its activity through the object API (one {@link ActivityEvent} per fact, as
 * the training run does).
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true
 *   java -jar benchmarks/target/benchmarks.jar TrainingScenarioBenchmarks -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TrainingScenarioBenchmarks {

  /** The generator's size preset. */
  @Param({"TINY", "SMALL"})
  public String size;

  private Scenario scenario;

  /** Generates the scenario the reach benchmark aggregates. */
  @Setup
  public void generate() {
    scenario = Scenario.generate(2026L, preset());
  }

  private ScenarioSize preset() {
    return switch (size) {
      case "TINY" -> ScenarioSize.TINY;
      case "SMALL" -> ScenarioSize.SMALL;
      default -> throw new IllegalArgumentException("size must be TINY or SMALL, was " + size);
    };
  }

  /** Generates a scenario and streams its consent records into an in-memory ledger. */
  @Benchmark
  public long generateScenarioAndWriteConsents() {
    Scenario s = Scenario.generate(2026L, preset());
    ConsentLedger ledger = s.writeConsentsTo(ConsentLedger.inMemory());
    return ledger.size();
  }

  /** Tallies distinct people per reach dimension over the scenario's activity. */
  @Benchmark
  public long reachOverScenarioActivity() {
    ReachTally tally = ReachTally.create();
    scenario.activity().forEach(f -> tally.add(TrainingReports.event(scenario, f)));
    return tally.people();
  }
}
