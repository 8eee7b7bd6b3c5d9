package io.coproduce.reporting.aggregate.internal;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * Counts events per code of one dimension and per kind with the JDK's Vector API, when the host
 * has made it available: the fast path for a grouping by one small dimension (layer, nation, age
 * band) that counts events but no people.
 *
 * <p>The Vector API is an incubator module in Java 17, so a library must not require it: it is
 * used only when the JVM was started with {@code --add-modules jdk.incubator.vector}; otherwise
 * {@link #available()} is {@code false} and the aggregator counts with its ordinary loop. Either
 * way the counts are the same (tests compare the two on random and bad input); measured on the
 * reach benchmark's 10M events (see {@code ReachAggregationBenchmarks}), this path counts about
 * three times as fast as the ordinary loop.
 *
 * <p>One pass counts five codes at once (fifteen counters held in vector registers); up to
 * {@value #MAX_CODES} codes take two passes, which is still no slower than the ordinary loop, and
 * more are left to it. Batches under {@value #MIN_EVENTS} events are left to it too.
 */
public final class VectorCounts {

  /** The most codes this path counts (two passes of five). */
  public static final int MAX_CODES = 10;

  /** The fewest events in a batch for which this path is worth starting. */
  public static final int MIN_EVENTS = 1024;

  /** The kinds counted per code: codes of kinds are 0, 1 and 2. */
  public static final int KINDS = 3;

  private static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && VectorCountsKernel.usable();

  private VectorCounts() {}

  /** Whether the JVM has the Vector API ({@code --add-modules jdk.incubator.vector}). */
  public static boolean available() {
    return AVAILABLE;
  }

  /** Whether this path would count a batch of {@code events} events over {@code codes} codes. */
  public static boolean suits(int codes, int events) {
    return AVAILABLE && codes >= 1 && codes <= MAX_CODES && events >= MIN_EVENTS;
  }

  /**
   * Adds to {@code out[c * 3 + k]} the number of events {@code from..to-1} with code {@code c}
   * ({@code codes[i]} read unsigned) and kind {@code k} ({@code kinds[i]}), and returns whether
   * every one of those events had a code below {@code size} and a kind from 0 to 2. When it
   * returns {@code false} the contents of {@code out} mean nothing: the caller counts into an
   * array of its own and folds it in only on {@code true}.
   *
   * @throws IllegalStateException when the Vector API is not {@link #available()}
   * @throws InvalidInputException when the range does not fit the columns, {@code size} is not
   *     from 1 to {@value #MAX_CODES}, or {@code out} is shorter than {@code size * 3}
   */
  public static boolean count(short[] codes, byte[] kinds, int from, int to, int size, long[] out) {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(out, "out");
    if (!AVAILABLE) {
      throw new IllegalStateException("the Vector API is not available: start the JVM with --add-modules jdk.incubator.vector");
    }
    if (from < 0 || from > to || to > codes.length || to > kinds.length) {
      throw InvalidInputException.of("columns", "must hold the range from..to", to);
    }
    if (size < 1 || size > MAX_CODES) {
      throw InvalidInputException.of("size", "must be from 1 to " + MAX_CODES, size);
    }
    if (out.length < size * KINDS) {
      throw InvalidInputException.of("out", "must hold size x 3 counts", out.length);
    }
    return VectorCountsKernel.count(codes, kinds, from, to, size, out);
  }
}
