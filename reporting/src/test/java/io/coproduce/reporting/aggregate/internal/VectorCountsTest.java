package io.coproduce.reporting.aggregate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.Examples;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VectorCountsTest {

  /** Plain counting, the reference: counts and whether every event was good. */
  private static boolean reference(short[] codes, byte[] kinds, int from, int to, int size, long[] out) {
    boolean good = true;
    for (int i = from; i < to; i++) {
      int c = codes[i] & 0xFFFF;
      int k = kinds[i];
      if (c < size && k >= 0 && k < VectorCounts.KINDS) {
        out[c * VectorCounts.KINDS + k]++;
      } else {
        good = false;
      }
    }
    return good;
  }

  /** Random events over {@code size} codes; with {@code bad} > 0, about one event in {@code bad} has a bad value. */
  private record Batch(short[] codes, byte[] kinds) {}

  private static Batch batch(int n, int size, int bad, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    short[] codes = new short[n];
    byte[] kinds = new byte[n];
    for (int i = 0; i < n; i++) {
      codes[i] = (short) random.nextInt(size);
      kinds[i] = (byte) random.nextInt(VectorCounts.KINDS);
      if (bad > 0 && random.nextInt(bad) == 0) {
        switch (random.nextInt(6)) {
          case 0 -> codes[i] = (short) (size + random.nextInt(3)); // just past the dictionary
          case 1 -> codes[i] = (short) (256 * (1 + random.nextInt(200)) + random.nextInt(size)); // looks valid in the low byte
          case 2 -> codes[i] = (short) (0x8000 | random.nextInt(size)); // negative as a short
          case 3 -> kinds[i] = 3;
          case 4 -> kinds[i] = (byte) (4 + random.nextInt(124)); // low bits may look like a valid kind
          default -> kinds[i] = (byte) -(1 + random.nextInt(128));
        }
      }
    }
    return new Batch(codes, kinds);
  }

  @Test
  void isAvailableUnderTheTestConfiguration() {
    // The reporting module's tests run with --add-modules=jdk.incubator.vector (see its pom), so
    // the properties below test the vector path itself, not a fallback.
    assertThat(VectorCounts.available()).isTrue();
  }

  @Test
  void countsWhatPlainCountingCounts() {
    qt().withFixedSeed(29L).withExamples(Examples.atMost(120))
        .forAll(integers().between(0, 40_000), integers().between(1, VectorCounts.MAX_CODES),
            integers().between(0, 40), longs().all())
        .checkAssert((n, size, offset, seed) -> {
          Batch b = batch(n + offset + 7, size, 0, seed);
          short[] codes = b.codes();
          byte[] kinds = b.kinds();
          long[] expected = new long[size * 3];
          long[] actual = new long[size * 3];
          // Ranges that start and end off a vector's edge, so the tail is counted too.
          boolean good = reference(codes, kinds, offset, offset + n, size, expected);
          assertThat(VectorCounts.count(codes, kinds, offset, offset + n, size, actual)).isEqualTo(good).isTrue();
          assertThat(actual).isEqualTo(expected);
        });
  }

  @Test
  void refusesABatchWithAnyBadValue() {
    qt().withFixedSeed(31L).withExamples(Examples.atMost(120))
        .forAll(integers().between(1, 20_000), integers().between(1, VectorCounts.MAX_CODES),
            integers().between(1, 5_000), longs().all())
        .checkAssert((n, size, bad, seed) -> {
          Batch b = batch(n, size, bad, seed);
          short[] codes = b.codes();
          byte[] kinds = b.kinds();
          long[] expected = new long[size * 3];
          boolean good = reference(codes, kinds, 0, n, size, expected);
          long[] actual = new long[size * 3];
          boolean answer = VectorCounts.count(codes, kinds, 0, n, size, actual);
          assertThat(answer).isEqualTo(good);
          if (good) {
            assertThat(actual).isEqualTo(expected);
          }
        });
  }

  /** One bad event among 70,003 good ones (two blocks of 16-bit counters and more), at the start, middle, a vector's edge, a block's edge or in the last three (the scalar tail). */
  @ParameterizedTest(name = "code {0}, kind {1} at {2}")
  @CsvSource({
      "5, 0, 0", // the first code past a dictionary of five
      "7, 1, 35000",
      "255, 2, 35001",
      "6, 0, 65535",
      "256, 0, 15", // 256 << 8 overflows a 16-bit lane to zero
      "257, 1, 16",
      "-32768, 0, 69999",
      "5, 1, 70002", // the last event, in the tail, one past the dictionary
      "0, 3, 70001",
      "-1, 2, 40000", // 65535 read unsigned
      "0, 3, 32751", // no kind 3; the last event of the first block (2,047 vectors of 16)
      "0, 3, 32752",
      "1, 4, 100", // kind 4's low bits are kind 0's
      "2, 7, 101",
      "3, 127, 102",
      "4, -1, 103",
      "0, -128, 104",
      "4, -125, 105", // -125 is 0x83: low bits 3 only when masked
  })
  void findsABadValueAnywhere(int code, int kind, int at) {
    int n = 70_003;
    Batch b = batch(n, 5, 0, 41L);
    short[] codes = b.codes();
    byte[] kinds = b.kinds();
    codes[at] = (short) code;
    kinds[at] = (byte) kind;
    assertThat(VectorCounts.count(codes, kinds, 0, n, 5, new long[15])).isFalse();
    // The same batch without the bad event counts.
    codes[at] = 0;
    kinds[at] = 0;
    long[] out = new long[15];
    assertThat(VectorCounts.count(codes, kinds, 0, n, 5, out)).isTrue();
    assertThat(Arrays.stream(out).sum()).isEqualTo(n);
  }

  @ParameterizedTest(name = "{0} codes")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void countsEverySizeItTakesAndRefusesTheFirstCodePastIt(int size) {
    Batch b = batch(3_001, size, 0, 43L + size);
    short[] codes = b.codes();
    byte[] kinds = b.kinds();
    long[] expected = new long[size * 3];
    reference(codes, kinds, 0, codes.length, size, expected);
    long[] actual = new long[size * 3];
    assertThat(VectorCounts.count(codes, kinds, 0, codes.length, size, actual)).isTrue();
    assertThat(actual).isEqualTo(expected);
    for (int kind = 0; kind < 3; kind++) {
      codes[1_500] = (short) size;
      kinds[1_500] = (byte) kind;
      assertThat(VectorCounts.count(codes, kinds, 0, codes.length, size, new long[size * 3]))
          .as("code %d, kind %d", size, kind).isFalse();
    }
  }

  @Test
  void countsPastOneBlockOfSixteenBitCounters() {
    // Every event the same: one counter gains 32,752 per block of 16-lane vectors, 100,003 in all.
    int n = 100_003;
    short[] codes = new short[n];
    byte[] kinds = new byte[n];
    Arrays.fill(codes, (short) 4);
    Arrays.fill(kinds, (byte) 2);
    long[] out = new long[15];
    assertThat(VectorCounts.count(codes, kinds, 0, n, 5, out)).isTrue();
    assertThat(out[14]).isEqualTo(n);
    assertThat(Arrays.stream(out).sum()).isEqualTo(n);
  }

  @Test
  void addsToWhatIsAlreadyCounted() {
    short[] codes = {0, 1, 1};
    byte[] kinds = {0, 2, 2};
    long[] out = new long[6];
    out[0] = 10;
    assertThat(VectorCounts.count(codes, kinds, 0, 3, 2, out)).isTrue();
    assertThat(out).containsExactly(11, 0, 0, 0, 0, 2);
  }

  @Test
  void suitsOnlyAFewCodesAndBatchesWorthStarting() {
    assertThat(VectorCounts.suits(5, VectorCounts.MIN_EVENTS)).isTrue();
    assertThat(VectorCounts.suits(1, VectorCounts.MIN_EVENTS)).isTrue();
    assertThat(VectorCounts.suits(VectorCounts.MAX_CODES, 1_000_000)).isTrue();
    assertThat(VectorCounts.suits(VectorCounts.MAX_CODES + 1, 1_000_000)).isFalse();
    assertThat(VectorCounts.suits(0, 1_000_000)).isFalse();
    assertThat(VectorCounts.suits(5, VectorCounts.MIN_EVENTS - 1)).isFalse();
  }

  @Test
  void refusesArgumentsThatDoNotFitNamingTheField() {
    short[] codes = new short[10];
    byte[] kinds = new byte[10];
    assertThatThrownBy(() -> VectorCounts.count(codes, kinds, 0, 11, 5, new long[15]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("columns");
    assertThatThrownBy(() -> VectorCounts.count(codes, kinds, 6, 5, 5, new long[15]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("columns");
    assertThatThrownBy(() -> VectorCounts.count(codes, kinds, 0, 10, 11, new long[33]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> VectorCounts.count(codes, kinds, 0, 10, 0, new long[0]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> VectorCounts.count(codes, kinds, 0, 10, 5, new long[14]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("out");
  }
}
