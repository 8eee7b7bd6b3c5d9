package io.coproduce.reporting.aggregate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coproduce.reporting.Examples;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeopleGridTest {

  /** Random events over {@code cells} cells and codes below {@code universe}, with a BitSet per cell as reference. */
  private static final class Batch {
    final int[] cellOf;
    final int[] persons;
    final BitSet[] expected;

    Batch(int cells, int universe, int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      cellOf = new int[n];
      persons = new int[n + 3];
      expected = new BitSet[cells];
      for (int c = 0; c < cells; c++) {
        expected[c] = new BitSet();
      }
      for (int i = 0; i < n; i++) {
        cellOf[i] = random.nextInt(cells);
        // Both ends of the range often, so the first and last word of every block are used.
        int p = switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> universe - 1;
          default -> random.nextInt(universe);
        };
        persons[i + 3] = p;
        expected[cellOf[i]].set(p);
      }
    }
  }

  private static void assertHolds(PeopleGrid grid, BitSet[] expected) {
    long[] sizes = grid.sizes();
    for (int c = 0; c < expected.length; c++) {
      assertThat(sizes[c]).as("size of cell %d", c).isEqualTo(expected[c].cardinality());
      BitSet seen = new BitSet();
      grid.peopleOf(c).forEach(seen::set);
      assertThat(seen).as("people of cell %d", c).isEqualTo(expected[c]);
    }
  }

  @Test
  void holdsExactlyThePeopleOfEachCell() {
    qt().withFixedSeed(17L).withExamples(Examples.atMost(80))
        .forAll(integers().between(1, 40), integers().between(1, 5_000), integers().between(0, 3_000), longs().all())
        .checkAssert((cells, universe, n, seed) -> {
          Batch batch = new Batch(cells, universe, n, seed);
          PeopleGrid grid = PeopleGrid.of(cells, universe);
          grid.add(batch.cellOf, batch.persons, 3, n);
          assertHolds(grid, batch.expected);
        });
  }

  @Test
  void gridsTooLargeToStayInCacheSortTheirEventsAndCountTheSame() {
    // 6 cells x 2,000,000 codes is 1.5 MB, beyond the size at which bits are set without sorting.
    int cells = 6;
    int universe = 2_000_000;
    assertThat(PeopleGrid.wordsFor(cells, universe) * 8).isGreaterThan(PeopleGrid.UNSORTED_BYTES);
    qt().withFixedSeed(19L).withExamples(Examples.atMost(8))
        .forAll(integers().between(0, 200_000), longs().all())
        .checkAssert((n, seed) -> {
          Batch batch = new Batch(cells, universe, n, seed);
          PeopleGrid grid = PeopleGrid.of(cells, universe);
          grid.add(batch.cellOf, batch.persons, 3, n);
          assertHolds(grid, batch.expected);
        });
  }

  @Test
  void mergingIsTheUnionCellByCellAndGrowsToTheLargerUniverse() {
    qt().withFixedSeed(23L).withExamples(Examples.atMost(60))
        .forAll(integers().between(1, 12), integers().between(1, 3_000), integers().between(1, 3_000), longs().all())
        .checkAssert((cells, small, large, seed) -> {
          Batch left = new Batch(cells, small, 500, seed);
          Batch right = new Batch(cells, large, 500, seed + 1);
          PeopleGrid a = PeopleGrid.of(cells, small);
          a.add(left.cellOf, left.persons, 3, 500);
          PeopleGrid b = PeopleGrid.of(cells, large);
          b.add(right.cellOf, right.persons, 3, 500);
          assertThat(a.addAll(b)).isTrue();
          for (int c = 0; c < cells; c++) {
            left.expected[c].or(right.expected[c]);
          }
          assertHolds(a, left.expected);
          assertThat(a.universe()).isGreaterThanOrEqualTo(Math.max(small, large));
        });
  }

  @Test
  void growingKeepsEveryoneAndMakesRoomForLargerCodes() {
    PeopleGrid grid = PeopleGrid.of(3, 64);
    grid.add(new int[] {0, 2}, new int[] {63, 5}, 0, 2);
    assertThat(grid.universe()).isEqualTo(64);
    assertThat(grid.growTo(64)).isTrue();
    assertThat(grid.universe()).isEqualTo(64);
    assertThat(grid.growTo(1_000)).isTrue();
    assertThat(grid.universe()).isGreaterThanOrEqualTo(1_000);
    grid.add(new int[] {1, 0}, new int[] {999, 63}, 0, 2);
    assertThat(grid.sizes()).containsExactly(1, 1, 1);
    assertThat(grid.peopleOf(0).contains(63)).isTrue();
    assertThat(grid.peopleOf(1).contains(999)).isTrue();
    assertThat(grid.peopleOf(2).contains(5)).isTrue();
  }

  @Test
  void staysWithinItsLimitAndSaysSoWithoutChangingAnything() {
    long limitCodes = PeopleGrid.MAX_BYTES * 8;
    assertThat(PeopleGrid.fits(1, limitCodes)).isTrue();
    assertThat(PeopleGrid.fits(1, limitCodes + 64)).isFalse();
    assertThat(PeopleGrid.fits(2, limitCodes / 2 + 64)).isFalse();
    assertThat(PeopleGrid.fits(0, 10)).isFalse();
    assertThat(PeopleGrid.fits(1, -1)).isFalse();
    assertThatThrownBy(() -> PeopleGrid.of(2, limitCodes)).isInstanceOf(IllegalArgumentException.class);
    PeopleGrid grid = PeopleGrid.of(2, 128);
    grid.add(new int[] {1}, new int[] {100}, 0, 1);
    assertThat(grid.growTo(limitCodes)).isFalse();
    assertThat(grid.universe()).isEqualTo(128);
    assertThat(grid.peopleOf(1).contains(100)).isTrue();
    assertThat(grid.growTo(limitCodes / 2)).isTrue();
    assertThat(grid.universe()).isEqualTo(limitCodes / 2);
    assertThatThrownBy(() -> PeopleGrid.of(1, 64).addAll(PeopleGrid.of(2, 64)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void takesAtMostAChunkOfEventsAtATime() {
    PeopleGrid grid = PeopleGrid.of(1, 64);
    int[] none = new int[PeopleGrid.CHUNK + 1];
    assertThatThrownBy(() -> grid.add(none, none, 0, PeopleGrid.CHUNK + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(grid.sizes()).containsExactly(0);
    assertThat(grid.cellBuffer(10).length).isGreaterThanOrEqualTo(10).isLessThanOrEqualTo(PeopleGrid.CHUNK);
    assertThat(grid.cellBuffer(PeopleGrid.CHUNK + 5).length).isEqualTo(PeopleGrid.CHUNK);
  }

  @Test
  void growthAsksForAQuarterMoreSoRepeatedGrowthIsCheap() {
    PeopleGrid grid = PeopleGrid.of(2, 64 * 100);
    assertThat(grid.growTo(64 * 101)).isTrue();
    assertThat(grid.universe()).isEqualTo(64 * 125);
  }

  @Test
  void wordsForCountsEveryCellsBlocks() {
    assertThat(PeopleGrid.wordsFor(3, 0)).isEqualTo(3);
    assertThat(PeopleGrid.wordsFor(3, 64)).isEqualTo(3);
    assertThat(PeopleGrid.wordsFor(3, 65)).isEqualTo(6);
    assertThat(PeopleGrid.of(5, 1).cells()).isEqualTo(5);
  }
}
