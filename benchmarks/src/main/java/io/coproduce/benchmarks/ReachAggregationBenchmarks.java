package io.coproduce.benchmarks;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.reporting.aggregate.ActivityKind;
import io.coproduce.reporting.aggregate.Aggregate;
import io.coproduce.reporting.aggregate.Aggregator;
import io.coproduce.reporting.aggregate.Dictionaries;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.aggregate.Grouping;
import io.coproduce.reporting.aggregate.GroupTotals;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reach aggregation of issue 7 over 10 million generated events, three ways in one JVM:
 * the library's {@link Aggregator} (columnar path, two threads, partials merged), the same SQL in
 * in-process DuckDB (table loaded once through the appender), and a hand-written single pass over
 * the primitive column arrays (the practical limit). Two aggregations each: per (organisation,
 * age band) events and exact distinct people; per layer the events of each of three kinds.
 *
 * <p>Data (seeded): 50 organisations, 6 age bands (a person's band is fixed by the person), 5
 * layers, 3 kinds, 1,000,000 people, uniformly drawn. Columns are {@code short[]}/{@code byte[]}
 * for codes and {@code int[]} for people, so the data fit the 256 MB heap alongside the
 * accumulators.
 *
 * <p>The forks run with {@code --add-modules=jdk.incubator.vector}, as a host wanting the fastest
 * counts would: the aggregator then counts events per layer with the Vector API ({@code
 * VectorCounts}). The second command below measures it without (the same counts, by plain loops).
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true
 *   java -jar benchmarks/target/benchmarks.jar ReachAggregationBenchmarks -f 1 -wi 2 -i 3
 *   java -jar benchmarks/target/benchmarks.jar ReachAggregationBenchmarks -f 1 -wi 2 -i 3 \
 *       -jvmArgsAppend "-Xmx256m -XX:+UseTransparentHugePages --enable-native-access=ALL-UNNAMED"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:+UseTransparentHugePages", "--enable-native-access=ALL-UNNAMED",
    "--add-modules=jdk.incubator.vector"})
public class ReachAggregationBenchmarks {

  static final int EVENTS = 10_000_000;
  static final int ORGANISATIONS = 50;
  static final int BANDS = 6;
  static final int LAYERS = 5;
  static final int KINDS = 3;
  static final int PEOPLE = 1_000_000;
  static final int THREADS = 2;

  short[] organisation;
  short[] band;
  short[] layer;
  byte[] kind;
  int[] person;

  Dictionaries dictionaries;
  ExecutorService pool;
  Connection duck;

  /** Generates the events, encodes the dimension values and loads DuckDB. */
  @Setup
  public void setUp() throws SQLException {
    SplittableRandom random = new SplittableRandom(20261201L);
    organisation = new short[EVENTS];
    band = new short[EVENTS];
    layer = new short[EVENTS];
    kind = new byte[EVENTS];
    person = new int[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      int p = random.nextInt(PEOPLE);
      person[i] = p;
      band[i] = (short) (p % BANDS);
      organisation[i] = (short) random.nextInt(ORGANISATIONS);
      layer[i] = (short) random.nextInt(LAYERS);
      kind[i] = (byte) random.nextInt(KINDS);
    }
    dictionaries = Dictionaries.hostNumberedPeople(PEOPLE);
    for (int o = 0; o < ORGANISATIONS; o++) {
      dictionaries.of(Dimension.ORGANISATION).code(OrganisationId.parse("org-" + o));
    }
    for (int b = 0; b < BANDS; b++) {
      dictionaries.of(Dimension.AGE_BAND).code(AgeBand.values()[b]);
    }
    for (int l = 0; l < LAYERS; l++) {
      dictionaries.of(Dimension.LAYER).code(Layer.values()[l]);
    }
    pool = Executors.newFixedThreadPool(THREADS);

    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("SET threads = " + THREADS);
      s.execute("CREATE TABLE events (org SMALLINT, band SMALLINT, layer SMALLINT, kind TINYINT, person INTEGER)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (int i = 0; i < EVENTS; i++) {
        a.beginRow();
        a.append(organisation[i]);
        a.append(band[i]);
        a.append(layer[i]);
        a.append(kind[i]);
        a.append(person[i]);
        a.endRow();
      }
    }
    System.out.println("\nVector API for per-layer counts: "
        + (io.coproduce.reporting.aggregate.internal.VectorCounts.available() ? "on" : "off"));
  }

  /** Closes DuckDB and the threads. */
  @TearDown
  public void tearDown() throws SQLException {
    duck.close();
    pool.shutdownNow();
  }

  private <T> List<T> inHalves(java.util.function.BiFunction<Integer, Integer, T> part) {
    List<Future<T>> futures = new ArrayList<>();
    int step = EVENTS / THREADS;
    for (int t = 0; t < THREADS; t++) {
      int from = t * step;
      int to = t == THREADS - 1 ? EVENTS : from + step;
      futures.add(pool.submit(() -> part.apply(from, to)));
    }
    List<T> out = new ArrayList<>();
    try {
      for (Future<T> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  // ---- (a) the library ----

  /** Ours: events and exact distinct people per (organisation, age band), two partials merged. */
  @Benchmark
  public long oursOrganisationBand() {
    Grouping grouping = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND);
    List<Aggregator> parts = inHalves((from, to) -> {
      Aggregator a = grouping.aggregator(dictionaries);
      a.addColumns(new short[][] {organisation, band}, kind, person, from, to);
      return a;
    });
    Aggregator all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all.merge(parts.get(i));
    }
    return checksum(all.result());
  }

  /** Ours: events of each kind per layer, two partials merged. */
  @Benchmark
  public long oursLayerKinds() {
    Grouping grouping = Grouping.by(Dimension.LAYER).withoutDistinctPeople();
    List<Aggregator> parts = inHalves((from, to) -> {
      Aggregator a = grouping.aggregator(dictionaries);
      a.addColumns(new short[][] {layer}, kind, null, from, to);
      return a;
    });
    Aggregator all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all.merge(parts.get(i));
    }
    return checksum(all.result());
  }

  static long checksum(Aggregate result) {
    long sum = 0;
    for (GroupTotals t : result.groups()) {
      sum = sum * 31 + t.tookPart() * 7 + t.contributed() * 5 + t.heardBack() * 3 + t.people();
    }
    return sum;
  }

  // ---- (b) DuckDB ----

  /** DuckDB: the same per (organisation, age band) events and distinct people, as SQL. */
  @Benchmark
  public long duckOrganisationBand() throws SQLException {
    long sum = 0;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT org, band, count(*), count(DISTINCT person) FROM events GROUP BY org, band")) {
      while (r.next()) {
        sum += r.getInt(1) * 31L + r.getInt(2) + r.getLong(3) * 7 + r.getLong(4);
      }
    }
    return sum;
  }

  /** DuckDB: events of each kind per layer, as SQL. */
  @Benchmark
  public long duckLayerKinds() throws SQLException {
    long sum = 0;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT layer, kind, count(*) FROM events GROUP BY layer, kind")) {
      while (r.next()) {
        sum += r.getInt(1) * 31L + r.getInt(2) + r.getLong(3);
      }
    }
    return sum;
  }

  // ---- (c) the practical limit: one hand-written pass over the arrays ----

  /** Arrays: per (organisation, age band) counts and a bitset of people per group, two threads, ORed. */
  @Benchmark
  public long arraysOrganisationBand() {
    int groups = ORGANISATIONS * BANDS;
    int words = (PEOPLE + 63) >>> 6;
    List<long[][]> parts = inHalves((from, to) -> {
      long[] counts = new long[groups];
      long[][] bits = new long[groups][words];
      for (int i = from; i < to; i++) {
        int g = organisation[i] * BANDS + band[i];
        counts[g]++;
        int p = person[i];
        bits[g][p >>> 6] |= 1L << p;
      }
      long[][] out = new long[groups + 1][];
      System.arraycopy(bits, 0, out, 0, groups);
      out[groups] = counts;
      return out;
    });
    long[][] all = parts.get(0);
    for (int t = 1; t < parts.size(); t++) {
      long[][] other = parts.get(t);
      for (int g = 0; g < groups; g++) {
        all[groups][g] += other[groups][g];
        long[] a = all[g];
        long[] b = other[g];
        for (int w = 0; w < words; w++) {
          a[w] |= b[w];
        }
      }
    }
    long sum = 0;
    for (int g = 0; g < groups; g++) {
      long distinct = 0;
      for (long w : all[g]) {
        distinct += Long.bitCount(w);
      }
      sum = sum * 31 + all[groups][g] + distinct;
    }
    return sum;
  }

  /** Arrays: per layer counts of three kinds, two threads, summed. */
  @Benchmark
  public long arraysLayerKinds() {
    List<long[]> parts = inHalves((from, to) -> {
      long[] counts = new long[LAYERS * KINDS];
      for (int i = from; i < to; i++) {
        counts[layer[i] * KINDS + kind[i]]++;
      }
      return counts;
    });
    long sum = 0;
    for (int c = 0; c < LAYERS * KINDS; c++) {
      long n = 0;
      for (long[] p : parts) {
        n += p[c];
      }
      sum = sum * 31 + n;
    }
    return sum;
  }

  /** Checks once, outside the measurement, that the three ways agree (run with main). */
  public static void main(String[] args) throws Exception {
    ReachAggregationBenchmarks b = new ReachAggregationBenchmarks();
    b.setUp();
    try {
      Aggregator a = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND).aggregator(b.dictionaries);
      a.addColumns(new short[][] {b.organisation, b.band}, b.kind, b.person, 0, EVENTS);
      long people = a.result().groups().stream().mapToLong(GroupTotals::people).sum();
      long duckPeople;
      try (Statement s = b.duck.createStatement();
          ResultSet r = s.executeQuery("SELECT sum(d) FROM (SELECT count(DISTINCT person) d FROM events GROUP BY org, band)")) {
        r.next();
        duckPeople = r.getLong(1);
      }
      System.out.println("distinct people summed over groups: ours " + people + ", DuckDB " + duckPeople);
      System.out.println("events per kind: " + a.events(ActivityKind.TOOK_PART) + " " + a.events(ActivityKind.CONTRIBUTED)
          + " " + a.events(ActivityKind.HEARD_BACK));
    } finally {
      b.tearDown();
    }
  }
}
