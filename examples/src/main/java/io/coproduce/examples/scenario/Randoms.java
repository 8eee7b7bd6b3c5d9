package io.coproduce.examples.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random streams: every part of the scenario draws from its own stream, derived from the
 * seed, a stream number and an index, so that a part can be regenerated on its own (person 123
 * without persons 0-122) and the output never depends on iteration order.
 */
final class Randoms {

  /** The stream of a young person's attributes. */
  static final long PEOPLE = 1;
  /** The stream of a young person's consent history. */
  static final long CONSENTS = 2;
  /** The stream of the coalition's structure. */
  static final long COALITION = 3;
  /** The stream of a session. */
  static final long SESSIONS = 4;
  /** The stream of the voice record. */
  static final long VOICE = 5;

  private Randoms() {}

  /** A generator for {@code index} in {@code stream} under {@code seed}. */
  static SplittableRandom of(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed ^ (stream * 0x9E3779B97F4A7C15L)) + index));
  }

  /** A uniformly chosen element. */
  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Whether an event of probability {@code p} happens. */
  static boolean chance(SplittableRandom random, double p) {
    return random.nextDouble() < p;
  }

  /** The MurmurHash3 64-bit finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
