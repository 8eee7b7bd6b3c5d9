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
}
