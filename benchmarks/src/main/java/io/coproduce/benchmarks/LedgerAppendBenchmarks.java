package io.coproduce.benchmarks;

import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.consent.ledger.LedgerEntry;
import io.coproduce.consent.ledger.LedgerRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Durable appends to a {@link ConsentLedger} over a {@link FileLedgerStore} (target: at least
 * 50,000 events a second with group commit). Every acknowledged append has been forced to disk
 * ({@code FileChannel.force}) before {@code append}/{@code appendAll} returns, so these figures
 * are durable appends, not writes into the page cache. Each score counts events (records)
 * appended per second:
 *
 * <ul>
 *   <li>{@code appendAllBatchOf100}, {@code appendAllBatchOf1000}: one thread calling {@code
 *       appendAll} with batches of 100 or 1,000 records (one flush per batch), scored per record
 *       ({@code @OperationsPerInvocation}). The batch is generated before each call, outside the
 *       measurement. {@code appendAllBatchOf1000InMemory} is the same into a ledger in memory,
 *       for comparison: what an append costs without the file.
 *   <li>{@code appendConcurrently8Threads}: eight threads each calling {@code append(event)} one
 *       record at a time; while one flush runs, the others' appends gather and share the next
 *       (group commit). Each thread generates its next record inside the measured call;
 *       {@code generateOneRecord} measures that cost alone.
 * </ul>
 *
 * <p>Records come from {@link ConsentScenario} (each subject's history whole and in order, about
 * 670 bytes per line on disk). Each iteration writes a new ledger file in a scratch
 * directory under {@code benchmarks/target/} (a real disk: see {@link BenchmarkFiles}), deleted
 * after the iteration; the file's size per entry is printed at the end of each fork.
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar LedgerAppendBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
public class LedgerAppendBenchmarks {

  static final ConsentScenario SCENARIO = ConsentScenario.seeded(20261124L);

  private Path dir;
  private Path file;
  private int files;
  private long entries;
  private long bytes;
  ConsentLedger ledger;

  /** Creates the scratch directory. */
  @Setup(Level.Trial)
  public void createDirectory() {
    dir = BenchmarkFiles.newDirectory("ledger-append-");
  }

  /** Opens a new, empty ledger file for the iteration. */
  @Setup(Level.Iteration)
  public void openLedger() {
    file = dir.resolve("ledger-" + (++files) + ".jsonl");
    ledger = ConsentLedger.open(FileLedgerStore.open(file));
  }

  /** Closes and deletes the iteration's ledger file. */
  @TearDown(Level.Iteration)
  public void closeLedger() {
    ledger.close();
    entries += ledger.size();
    bytes += BenchmarkFiles.size(file);
    BenchmarkFiles.delete(file);
  }

  /** Deletes the scratch directory and reports the file size per entry. */
  @TearDown(Level.Trial)
  public void deleteDirectory() {
    BenchmarkFiles.delete(dir);
    if (entries > 0) {
      System.out.printf("%nLedger files: %,d entries appended in all, %.0f bytes per entry on disk%n",
          entries, bytes / (double) entries);
    }
  }

  /** A batch of records, made before each call from its own stream of subjects. */
  @State(Scope.Thread)
  public abstract static class Batch {
    private final ConsentScenario.RecordStream stream = SCENARIO.stream(0, 1);
    List<LedgerRecord> records;

    abstract int size();

    /** Starts the next ledger file with a whole subject. */
    @Setup(Level.Iteration)
    public void newFile() {
      stream.skipToNextSubject();
    }

    /** Generates the next batch (not measured). */
    @Setup(Level.Invocation)
    public void nextBatch() {
      records = stream.next(size());
    }
  }

  /** 100 records. */
  public static class Batch100 extends Batch {
    @Override
    int size() {
      return 100;
    }
  }

  /** 1,000 records. */
  public static class Batch1000 extends Batch {
    @Override
    int size() {
      return 1000;
    }
  }

  /** A new ledger in memory for each iteration. */
  @State(Scope.Benchmark)
  public static class MemoryLedger {
    ConsentLedger ledger;

    /** Starts an empty ledger. */
    @Setup(Level.Iteration)
    public void open() {
      ledger = ConsentLedger.inMemory();
    }
  }

  /** One thread's stream of single records: subjects disjoint from every other thread's. */
  @State(Scope.Thread)
  public static class Appender {
    ConsentScenario.RecordStream stream;

    /** Gives the thread its own subjects. */
    @Setup(Level.Trial)
    public void subjects(ThreadParams thread) {
      stream = SCENARIO.stream(1_000_000_000L + thread.getThreadIndex(), thread.getThreadCount());
    }

    /** Starts the next ledger file with a whole subject. */
    @Setup(Level.Iteration)
    public void newFile() {
      stream.skipToNextSubject();
    }
  }

  /** {@code appendAll} of 100 records, one flush; scored per record. */
  @Benchmark
  @OperationsPerInvocation(100)
  public List<LedgerEntry> appendAllBatchOf100(Batch100 batch) {
    return ledger.appendAll(batch.records);
  }

  /** {@code appendAll} of 1,000 records, one flush; scored per record. */
  @Benchmark
  @OperationsPerInvocation(1000)
  public List<LedgerEntry> appendAllBatchOf1000(Batch1000 batch) {
    return ledger.appendAll(batch.records);
  }

  /**
   * Baseline: {@code appendAll} of 1,000 records to a ledger in memory (no file, no flush): the
   * CPU cost of an append (checks, canonical JSON, SHA-256 chain, index), scored per record.
   */
  @Benchmark
  @OperationsPerInvocation(1000)
  public List<LedgerEntry> appendAllBatchOf1000InMemory(Batch1000 batch, MemoryLedger memory) {
    return memory.ledger.appendAll(batch.records);
  }

  /** Eight threads, each appending one record at a time and waiting for it to be durable. */
  @Benchmark
  @Threads(8)
  public LedgerEntry appendConcurrently8Threads(Appender appender) {
    return append(appender.stream.next());
  }

  /** Baseline: generating one record, as {@code appendConcurrently8Threads} does per call (one thread). */
  @Benchmark
  public LedgerRecord generateOneRecord(Appender appender) {
    return appender.stream.next();
  }

  private LedgerEntry append(LedgerRecord r) {
    return r.kind() == LedgerRecord.Kind.CONSENT_EVENT
        ? ledger.append(r.event().orElseThrow())
        : ledger.append(r.assessment().orElseThrow());
  }
}
