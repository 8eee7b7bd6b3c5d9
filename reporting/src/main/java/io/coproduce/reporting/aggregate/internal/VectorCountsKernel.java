package io.coproduce.reporting.aggregate.internal;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API code behind {@link VectorCounts}, in a class of its own so that nothing loads
 * {@code jdk.incubator.vector} unless the JVM has it.
 *
 * <p>Per vector of events: the codes (shorts) and kinds (bytes, widened) are combined into
 * {@code code << 8 | kind} (the kind sign-extended), and fifteen lanes-wise counters, one per
 * (code, kind) of five codes, each subtract the comparison mask (-1 where equal). The spacing of
 * 256 keeps every kind byte apart: a kind of 3 to 127 or a negative one matches no counter, and a
 * code from 256 up is caught by an OR of the codes. An event that matches no counter is a bad one,
 * so "every event was good" is "the counters add up to the batch". Counters are 16-bit lanes,
 * emptied into {@code long}s before their sum can overflow.
 *
 * <p>Every operation is written as {@code lanewise} / {@code compare} on the vector itself rather
 * than through the convenience methods ({@code or}, {@code sub}, {@code eq}): those dispatch
 * inside the incubator's own classes, whose type profile the JIT sometimes lacks when it compiles
 * this loop, and then the vectors are boxed (measured: 0.37 to 3.5 ns per event from one JVM start
 * to the next, against a steady 0.44 ns written this way).
 */
final class VectorCountsKernel {

  private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class,
      VectorShape.forBitSize(Math.max(64, SHORTS.vectorBitSize() / 2)));

  /** Codes per pass: fifteen counters. */
  private static final int CODES_PER_PASS = 5;

  /**
   * Vectors per block: each 16-bit lane gains at most one per vector, and a counter's lanes are
   * summed in 16 bits too ({@code reduceLanesToLong} adds in the lane type), so a block may add at
   * most 32,767 to a counter over all its lanes.
   */
  private static final int BLOCK_VECTORS = Short.MAX_VALUE / SHORTS.length();

  private VectorCountsKernel() {}

  /** Whether the preferred vectors are wide enough (128 bits or more) to be worth using. */
  static boolean usable() {
    return SHORTS.vectorBitSize() >= 128 && BYTES.length() == SHORTS.length();
  }

  static boolean count(short[] a, byte[] k, int from, int to, int size, long[] out) {
    int lanes = SHORTS.length();
    int upper = from + SHORTS.loopBound(to - from);
    long valid = 0;
    int codeBits = 0;
    for (int base = 0; base < size; base += CODES_PER_PASS) {
      int lim = Math.min(CODES_PER_PASS, size - base) * VectorCounts.KINDS;
      ShortVector shift = ShortVector.broadcast(SHORTS, (short) (base << 8));
      for (int start = from; start < upper; ) {
        int end = (int) Math.min(upper, start + (long) BLOCK_VECTORS * lanes);
        BlockResult r = block(a, k, start, end, shift, base, lim, out);
        valid += r.valid;
        codeBits |= r.codeBits;
        start = end;
      }
    }
    for (int i = upper; i < to; i++) {
      int c = a[i] & 0xFFFF;
      int kind = k[i];
      codeBits |= c;
      if (c < size && kind >= 0 && kind < VectorCounts.KINDS) {
        out[c * VectorCounts.KINDS + kind]++;
        valid++;
      }
    }
    return (codeBits & 0xFF00) == 0 && valid == to - from;
  }

  private record BlockResult(long valid, int codeBits) {}

  private static BlockResult block(short[] a, byte[] k, int start, int end, ShortVector shift, int base,
      int lim, long[] out) {
    int lanes = SHORTS.length();
    ShortVector z = ShortVector.zero(SHORTS);
    ShortVector bits = z;
    ShortVector c0 = z, c1 = z, c2 = z, c3 = z, c4 = z, c5 = z, c6 = z, c7 = z, c8 = z, c9 = z, c10 = z, c11 = z, c12 = z, c13 = z, c14 = z;
    for (int i = start; i < end; i += lanes) {
      ShortVector codes = ShortVector.fromArray(SHORTS, a, i);
      ShortVector kinds = (ShortVector) ByteVector.fromArray(BYTES, k, i)
          .convertShape(VectorOperators.B2S, SHORTS, 0);
      bits = bits.lanewise(VectorOperators.OR, codes);
      ShortVector code = codes.lanewise(VectorOperators.LSHL, 8).lanewise(VectorOperators.OR, kinds)
          .lanewise(VectorOperators.SUB, shift);
      c0 = c0.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 0).toVector());
      c1 = c1.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 1).toVector());
      c2 = c2.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 2).toVector());
      c3 = c3.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 256).toVector());
      c4 = c4.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 257).toVector());
      c5 = c5.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 258).toVector());
      c6 = c6.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 512).toVector());
      c7 = c7.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 513).toVector());
      c8 = c8.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 514).toVector());
      c9 = c9.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 768).toVector());
      c10 = c10.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 769).toVector());
      c11 = c11.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 770).toVector());
      c12 = c12.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 1024).toVector());
      c13 = c13.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 1025).toVector());
      c14 = c14.lanewise(VectorOperators.SUB, code.compare(VectorOperators.EQ, (short) 1026).toVector());
    }
    long valid = 0;
    valid += 0 < lim ? fold(out, base, 0, c0.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 1 < lim ? fold(out, base, 1, c1.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 2 < lim ? fold(out, base, 2, c2.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 3 < lim ? fold(out, base, 3, c3.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 4 < lim ? fold(out, base, 4, c4.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 5 < lim ? fold(out, base, 5, c5.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 6 < lim ? fold(out, base, 6, c6.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 7 < lim ? fold(out, base, 7, c7.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 8 < lim ? fold(out, base, 8, c8.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 9 < lim ? fold(out, base, 9, c9.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 10 < lim ? fold(out, base, 10, c10.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 11 < lim ? fold(out, base, 11, c11.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 12 < lim ? fold(out, base, 12, c12.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 13 < lim ? fold(out, base, 13, c13.reduceLanesToLong(VectorOperators.ADD)) : 0;
    valid += 14 < lim ? fold(out, base, 14, c14.reduceLanesToLong(VectorOperators.ADD)) : 0;
    return new BlockResult(valid, bits.reduceLanes(VectorOperators.OR) & 0xFFFF);
  }

  /** Adds {@code count} to the counter of code {@code base + j / 3}, kind {@code j % 3}, and returns it. */
  private static long fold(long[] out, int base, int j, long count) {
    out[base * VectorCounts.KINDS + j] += count;
    return count;
  }
}
