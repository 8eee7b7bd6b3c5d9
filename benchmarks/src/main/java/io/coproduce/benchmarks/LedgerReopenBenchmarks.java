package io.coproduce.benchmarks;

import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reopening a ledger file of {@code events} entries (1,000,000 by default; target: at most 1 s),
 * each call a single shot:
 *
 * <ul>
 *   <li>{@code openAndVerify}: {@link FileLedgerStore#open} reads the whole file and verifies
 *       every entry's hash chain before accepting appends, then {@code close()};
 *   <li>{@code openAndIndex}: the same, then {@link ConsentLedger#open} replays every record
 *       (reading the file again and parsing each record's JSON) into the in-memory index a
 *       consent check needs: the full start-up of a ledger.
 * </ul>
 *
 * <p>The file is written once per fork from {@link ConsentScenario} with {@code appendAll} in
 * batches of 10,000, in a scratch directory under {@code benchmarks/target/} (see {@link
 * BenchmarkFiles}), and deleted at the end. It stays in the operating system's page cache, so
 * these figures are the CPU cost of reading, hashing and parsing, not of a cold disk read.
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar LedgerReopenBenchmarks
 *   java -jar benchmarks/target/benchmarks.jar LedgerReopenBenchmarks -p events=10000 -f 1 -wi 1 -i 1   # smoke run
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = "-Xmx6g")
public class LedgerReopenBenchmarks {

  /** How many entries the ledger file holds. */
  @Param({"1000000"})
  public int events;

  private Path dir;
  private Path file;

  /** Writes the ledger file (once per fork). */
  @Setup(Level.Trial)
  public void writeFile() {
    long started = System.nanoTime();
    dir = BenchmarkFiles.newDirectory("ledger-reopen-");
    file = dir.resolve("ledger.jsonl");
    ConsentScenario.RecordStream stream = ConsentScenario.seeded(20261125L).stream(0, 1);
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      for (int left = events; left > 0; left -= 10_000) {
        ledger.appendAll(stream.next(Math.min(left, 10_000)));
      }
    }
    long bytes = BenchmarkFiles.size(file);
    System.out.printf("%nLedger file: %,d entries, %,d bytes (%.0f per entry), written in %.1f s%n",
        events, bytes, bytes / (double) events, (System.nanoTime() - started) / 1e9);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void deleteFile() {
    BenchmarkFiles.delete(dir);
  }

  /** Opens the file, verifying every entry, and closes it. */
  @Benchmark
  public long openAndVerify() {
    FileLedgerStore store = FileLedgerStore.open(file);
    long size = store.size();
    store.close();
    return checked(size);
  }

  /** Opens the file, verifying every entry, indexes every record into a ledger, and closes it. */
  @Benchmark
  public long openAndIndex() {
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      return checked(ledger.size());
    }
  }

  private long checked(long size) {
    if (size != events) {
      throw new IllegalStateException("expected " + events + " entries, found " + size);
    }
    return size;
  }
}
