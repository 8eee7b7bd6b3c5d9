package io.coproduce.reporting.aggregate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coproduce.reporting.Examples;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSetTest {

  private static BitSet reference(List<Integer> codes) {
    BitSet b = new BitSet();
    codes.forEach(b::set);
    return b;
  }

  @Test
  void countsExactlyWhetherSparseOrDense() {
    qt().withFixedSeed(13L).withExamples(Examples.atMost(60))
        .forAll(lists().of(integers().between(0, 20_000)).ofSizeBetween(0, 12_000),
            lists().of(integers().between(0, 70_000)).ofSizeBetween(0, 6_000))
        .checkAssert((a, b) -> {
          PersonSet left = new PersonSet();
          a.forEach(left::add);
          PersonSet right = new PersonSet();
          b.forEach(right::add);
          BitSet expected = reference(a);
          assertThat(left.size()).isEqualTo(expected.cardinality());
          for (int probe : new int[] {0, 1, 63, 64, 19_999, 20_000, 69_999, 1 << 20}) {
            assertThat(left.contains(probe)).isEqualTo(expected.get(probe));
          }
          expected.or(reference(b));
          left.addAll(right, null);
          assertThat(left.size()).isEqualTo(expected.cardinality());
          BitSet seen = new BitSet();
          left.forEach(seen::set);
          assertThat(seen).isEqualTo(expected);
        });
  }

  @Test
  void becomesDenseAtTheThreshold() {
    PersonSet s = new PersonSet();
    for (int i = 0; i < PersonSet.DENSE_AT - 1; i++) {
      s.add(i * 3);
    }
    s.add(0);
    assertThat(s.size()).isEqualTo(PersonSet.DENSE_AT - 1);
    s.add(1);
    assertThat(s.size()).isEqualTo(PersonSet.DENSE_AT);
    s.add(1 << 22);
    assertThat(s.contains(1 << 22)).isTrue();
    assertThat(s.contains((1 << 22) + 1)).isFalse();
    assertThat(s.contains(Integer.MAX_VALUE)).isFalse();
    assertThat(s.size()).isEqualTo(PersonSet.DENSE_AT + 1);
  }

  @Test
  void mergesThroughARemap() {
    PersonSet a = new PersonSet();
    a.add(0);
    PersonSet b = new PersonSet();
    b.add(0);
    b.add(1);
    a.addAll(b, new int[] {5, 0});
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.contains(5)).isTrue();
    assertThat(a.contains(1)).isFalse();
  }

  @Test
  void mergesDenseIntoDenseOfEitherLength() {
    PersonSet small = new PersonSet();
    PersonSet large = new PersonSet();
    for (int i = 0; i < PersonSet.DENSE_AT; i++) {
      small.add(i);
      large.add(i * 10);
    }
    PersonSet copy = new PersonSet();
    copy.addAll(small, null);
    copy.addAll(large, null);
    small.addAll(large, null);
    assertThat(small.size()).isEqualTo(copy.size()).isEqualTo(PersonSet.DENSE_AT * 2 - PersonSet.DENSE_AT / 10 - 1);
    large.addAll(new PersonSet(), null);
    assertThat(large.size()).isEqualTo(PersonSet.DENSE_AT);
  }

  @Test
  void aFewHugeCodesKeepTheSetSparse() {
    PersonSet s = new PersonSet(Integer.MAX_VALUE);
    for (int i = 0; i < 20_000; i++) {
      s.add(i * 100_003 & Integer.MAX_VALUE);
    }
    s.add(Integer.MAX_VALUE - 1);
    assertThat(s.size()).isEqualTo(20_001);
    assertThat(s.contains(Integer.MAX_VALUE - 1)).isTrue();
    assertThat(s.contains(Integer.MAX_VALUE - 2)).isFalse();
    PersonSet hinted = new PersonSet(1 << 20);
    for (int i = 0; i < 10_000; i++) {
      hinted.add(i * 7);
    }
    hinted.add((1 << 20) - 1);
    assertThat(hinted.size()).isEqualTo(10_001);
    assertThat(hinted.contains((1 << 20) - 1)).isTrue();
  }

  @Test
  void aHugeCodeAfterTheSetIsDenseGoesToTheOverflowAndCountsOnce() {
    PersonSet s = new PersonSet();
    for (int i = 0; i < 10_000; i++) {
      s.add(i);
    }
    s.add(15_000);                       // within twice the bitset: it grows
    s.add(Integer.MAX_VALUE - 5);        // far beyond: overflow
    s.add(Integer.MAX_VALUE - 5);
    s.add(40_000);                       // beyond the frozen bitset: overflow too
    s.add(5);
    assertThat(s.size()).isEqualTo(10_003);
    assertThat(s.contains(Integer.MAX_VALUE - 5)).isTrue();
    assertThat(s.contains(40_000)).isTrue();
    assertThat(s.contains(40_001)).isFalse();
    assertThat(s.contains(15_000)).isTrue();
    BitSet seen = new BitSet();
    s.forEach(c -> {
      if (c < 1_000_000) {
        seen.set(c);
      }
    });
    assertThat(seen.cardinality()).isEqualTo(10_002);
    PersonSet copy = new PersonSet();
    for (int i = 0; i < 10_000; i++) {
      copy.add(i);
    }
    copy.addAll(s, null);
    assertThat(copy.size()).isEqualTo(10_003);
    s.addAll(copy, null);
    assertThat(s.size()).isEqualTo(10_003);
  }
}
