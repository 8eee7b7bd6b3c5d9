package io.coproduce.benchmarks;

import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.GroupConsentCheck;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The consent gate before a session: {@link ConsentGate#checkAll} for the 30 young people
 * attending, about four purposes (taking part, photography, audio recording, anonymous quotes),
 * over a ledger of {@code subjects} young people with about five records each (1,000,000 subjects
 * and 5,000,000 records by default; target: at most 5 µs per session check).
 *
 * <p>The ledger, the parental-responsibility claims and the material catalogue are built once per
 * trial from {@link ConsentScenario} (seeded, so every fork checks the same population), with
 * {@link ConsentLedger#inMemory()} and {@code appendAll} in batches of 10,000; that takes a while
 * and needs a large heap, hence {@code -Xmx12g}, on transparent huge pages (as a service holding
 * such a ledger should run): the people checked lie scattered over gigabytes, and with 4 KiB pages
 * each look-up also misses the TLB (measured here, warm: 7.1 ± 1.2 µs without, 4.1 ± 1.5 µs with).
 * What the gate holds in memory before the measured checks is the {@code memory} parameter: the
 * day's standing of every subject prepared ahead, the people of the sessions checked once before,
 * or nothing (see {@link #memory}). Each check looks up people it has not just looked up.
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar ConsentGateBenchmarks
 *   java -jar benchmarks/target/benchmarks.jar 'ConsentGateBenchmarks.sessionCheck$' -p memory=prepared
 *   java -jar benchmarks/target/benchmarks.jar ConsentGateBenchmarks -prof gc      # allocation per check
 *   java -jar benchmarks/target/benchmarks.jar ConsentGateBenchmarks -p subjects=1000 -f 1 -wi 1 -i 1   # smoke run
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g", "-XX:+UseTransparentHugePages"})
public class ConsentGateBenchmarks {

  private static final int SESSIONS = 1024;
  private static final int ATTENDEES = 30;

  /** How many young people the ledger holds records for. */
  @Param({"1000000"})
  public int subjects;

  /**
   * What the gate holds in memory before the checks measured:
   *
   * <ul>
   *   <li>{@code prepared}: the day's standing of every young person in the ledger, worked out
   *       ahead by {@link ConsentGate#prepare} (as a service would overnight) into a gate that
   *       remembers them all (prepare also copies them into its flat table); the sessions are every subject in a random order, 30 at a time, so
   *       each check is of people no check has touched for tens of thousands of checks, and
   *       nothing of theirs is in the CPU caches;
   *   <li>{@code remembered}: a gate remembering up to {@link ConsentGate#DEFAULT_CACHE_SIZE}
   *       people; 1,024 sessions of 30 people drawn at random, each checked once before (warm);
   *   <li>{@code cold}: a gate that remembers nothing; the same 1,024 sessions, every decision
   *       evaluated afresh from the ledger.
   * </ul>
   */
  @Param({"prepared", "remembered", "cold"})
  public String memory;

  private ConsentGate gate;
  private List<List<Person>> sessions;
  private long preparedPeople;
  private long prepareNanos;
  private int next;

  /** Builds the ledger, the responsibility records and the sessions (once per fork). */
  @Setup
  public void setUp() {
    long started = System.nanoTime();
    ConsentScenario scenario = ConsentScenario.seeded(20261123L);
    ConsentLedger ledger = ConsentLedger.inMemory();
    Person[] people = new Person[subjects];
    List<ResponsibilityClaim> claims = new ArrayList<>(subjects * 2);
    List<LedgerRecord> batch = new ArrayList<>(10_100);
    for (int i = 0; i < subjects; i++) {
      ConsentScenario.Subject s = scenario.subject(i);
      people[i] = s.person();
      claims.addAll(s.claims());
      batch.addAll(s.records());
      if (batch.size() >= 10_000) {
        ledger.appendAll(batch);
        batch.clear();
      }
    }
    ledger.appendAll(batch);
    gate = ConsentGate.of(ledger, ConsentPolicy.defaults(), ParentalResponsibility.of(claims),
        ConsentScenario.materials());
    SplittableRandom random = new SplittableRandom(7L);
    switch (memory) {
      case "prepared" -> {
        gate = gate.withCacheSize(subjects);
        long preparing = System.nanoTime();
        preparedPeople = gate.prepare(Arrays.asList(people), ConsentScenario.SESSION_PURPOSES,
            ConsentScenario.SESSION_DATE.atStartOfDay(gate.policy().zone()).toInstant());
        prepareNanos = System.nanoTime() - preparing;
        sessions = shuffledSessions(people, random);
      }
      case "remembered" -> sessions = randomSessions(people, random);
      case "cold" -> {
        gate = gate.withCacheSize(0);
        sessions = randomSessions(people, random);
      }
      default -> throw new IllegalArgumentException("memory: prepared, remembered or cold, not " + memory);
    }
    describe(ledger, claims.size(), System.nanoTime() - started);
  }

  /** {@value #SESSIONS} sessions of 30 different people drawn at random from everyone. */
  private static List<List<Person>> randomSessions(Person[] people, SplittableRandom random) {
    List<List<Person>> out = new ArrayList<>(SESSIONS);
    for (int k = 0; k < SESSIONS; k++) {
      List<Person> session = new ArrayList<>(ATTENDEES);
      Set<Integer> chosen = new HashSet<>();
      while (session.size() < Math.min(ATTENDEES, people.length)) {
        int i = random.nextInt(people.length);
        if (chosen.add(i)) {
          session.add(people[i]);
        }
      }
      out.add(List.copyOf(session));
    }
    return out;
  }

  /** Everyone, in a random order, 30 to a session (the last session may be smaller). */
  private static List<List<Person>> shuffledSessions(Person[] people, SplittableRandom random) {
    Person[] order = people.clone();
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Person t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<List<Person>> out = new ArrayList<>(order.length / ATTENDEES + 1);
    for (int from = 0; from < order.length; from += ATTENDEES) {
      out.add(List.of(Arrays.copyOfRange(order, from, Math.min(order.length, from + ATTENDEES))));
    }
    return out;
  }

  private void describe(ConsentLedger ledger, int claims, long nanos) {
    long decisions = 0;
    long allowed = 0;
    long reasons = 0;
    long blockedPeople = 0;
    for (List<Person> session : sessions) {
      GroupConsentCheck check = gate.checkAll(session, ConsentScenario.SESSION_PURPOSES, ConsentScenario.SESSION);
      blockedPeople += check.blocked().size();
      for (ConsentCheck c : check.checks()) {
        for (PurposeDecision d : c.decisions()) {
          decisions++;
          allowed += d.allowed() ? 1 : 0;
          reasons += d.reasons().size();
        }
      }
    }
    System.out.printf("%nConsent scenario: %,d subjects, %,d ledger entries (%.2f per subject), %,d"
            + " responsibility claims, built in %.1f s; over the %,d sessions %.1f%% of decisions allowed,"
            + " %.1f%% of people blocked on something, %.1f reasons per decision%n",
        subjects, ledger.size(), ledger.size() / (double) subjects, claims, nanos / 1e9, sessions.size(),
        100.0 * allowed / decisions, 100.0 * blockedPeople / (sessions.size() * (double) ATTENDEES),
        reasons / (double) decisions);
    if (memory.equals("prepared")) {
      Runtime rt = Runtime.getRuntime();
      rt.gc();
      System.out.printf("Prepared the day's standing of %,d people in %.1f s; heap in use after: %,d MB%n",
          preparedPeople, prepareNanos / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  private List<Person> nextSession() {
    if (++next == sessions.size()) {
      next = 0;
    }
    return sessions.get(next);
  }

  /** One session check: 30 people × 4 purposes, answers only (allowed or not, with findings). */
  @Benchmark
  public GroupConsentCheck sessionCheck() {
    return gate.checkAll(nextSession(), ConsentScenario.SESSION_PURPOSES, ConsentScenario.SESSION);
  }

  /**
   * One session check as above, then every decision's {@link PurposeDecision#reasons()} (the
   * sentences explaining it, built on demand): the cost of showing the explanations.
   */
  @Benchmark
  public void sessionCheckWithReasons(Blackhole bh) {
    GroupConsentCheck check = gate.checkAll(nextSession(), ConsentScenario.SESSION_PURPOSES,
        ConsentScenario.SESSION);
    for (ConsentCheck c : check.checks()) {
      for (PurposeDecision d : c.decisions()) {
        bh.consume(d.reasons());
      }
    }
  }
}
