package io.coproduce.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.reporting.Examples;
import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Sum;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of publishing over random small tables (grids with both margins, organisations
 * within layers, sum columns), under the NHS England rule and stricter settings (NHS England
 * small-number rule; secondary suppression as in statistical disclosure control practice).
 */
class DisclosurePropertiesTest {

  static final List<DisclosurePolicy> POLICIES =
      List.of(
          DisclosurePolicy.nhsDefault(),
          DisclosurePolicy.nhsDefault().withRoundingBase(10),
          DisclosurePolicy.nhsDefault().withLargestSuppressedCount(10),
          DisclosurePolicy.nhsDefault().withLargestSuppressedCount(9).withRoundingBase(20));

  @Test
  void anAttackerWhoSeesOnlyStarsCannotPinDownAnySmallCount() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(600))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, POLICIES.size() - 1))
        .checkAssert((seed, p) -> assertProtected(RandomTables.any(seed), POLICIES.get(p), false));
  }

  @Test
  void publishingIsDeterministic() {
    qt().withFixedSeed(20261203L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, POLICIES.size() - 1))
        .checkAssert((seed, p) -> {
          PublishedTable first = POLICIES.get(p).publish(RandomTables.any(seed));
          PublishedTable again = POLICIES.get(p).publish(RandomTables.any(seed));
          assertThat(again.rows()).isEqualTo(first.rows());
          assertThat(again.disclosure()).isEqualTo(first.disclosure());
        });
  }

  @Test
  void shownCountsAreZeroOrNonZeroMultiplesOfTheBaseAboveTheThreshold() {
    qt().withFixedSeed(20261204L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, POLICIES.size() - 1))
        .checkAssert((seed, p) -> {
          DisclosurePolicy policy = POLICIES.get(p);
          Table truth = RandomTables.any(seed);
          PublishedTable published = policy.publish(truth);
          for (int r = 0; r < truth.rows().size(); r++) {
            for (int c = 0; c < truth.columns().size(); c++) {
              if (published.rows().get(r).get(c) instanceof ReleasedCell.Shown s
                  && s.cell() instanceof Cell.Count shown) {
                long v = shown.value();
                long exact = truth.count(CellRef.of(r, c));
                assertThat(v == 0 ? exact : v % policy.roundingBase()).isZero();
                assertThat(policy.isSmall(exact)).isFalse();
                assertThat(Math.abs(v - exact))
                    .isLessThanOrEqualTo(Math.max(policy.roundingBase() / 2, policy.roundingBase() - exact));
              }
            }
          }
        });
  }

  @Test
  void talliesEqualTheCellsCounted() {
    qt().withFixedSeed(20261205L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, POLICIES.size() - 1))
        .checkAssert((seed, p) -> {
          Table truth = RandomTables.any(seed);
          PublishedTable published = POLICIES.get(p).publish(truth);
          Map<Suppression, Integer> hidden = new EnumMap<>(Suppression.class);
          int rounded = 0;
          for (int r = 0; r < truth.rows().size(); r++) {
            for (int c = 0; c < truth.columns().size(); c++) {
              ReleasedCell cell = published.rows().get(r).get(c);
              if (cell instanceof ReleasedCell.Suppressed s) {
                hidden.merge(s.why(), 1, Integer::sum);
                assertThat(truth.count(CellRef.of(r, c))).as("a hidden count is never zero").isPositive();
              } else if (((ReleasedCell.Shown) cell).cell() instanceof Cell.Count shown
                  && shown.value() != truth.count(CellRef.of(r, c))) {
                rounded++;
              }
            }
          }
          DisclosureStatement statement = published.disclosure();
          assertThat(statement.primary()).isEqualTo(hidden.getOrDefault(Suppression.PRIMARY, 0));
          assertThat(statement.secondary()).isEqualTo(hidden.getOrDefault(Suppression.SECONDARY, 0));
          assertThat(statement.derived()).isEqualTo(hidden.getOrDefault(Suppression.DERIVED, 0));
          assertThat(statement.rounded()).isEqualTo(rounded);
        });
  }

  @Test
  void noRelationHidesExactlyOneCell() {
    qt().withFixedSeed(20261206L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, POLICIES.size() - 1))
        .checkAssert((seed, p) -> {
          Table truth = RandomTables.any(seed);
          PublishedTable published = POLICIES.get(p).publish(truth);
          for (Sum sum : truth.sums()) {
            long hiddenCells = sum.cells().stream()
                .filter(ref -> published.rows().get(ref.row()).get(ref.column()) instanceof ReleasedCell.Suppressed)
                .count();
            assertThat(hiddenCells).as("hidden cells of %s", sum).isNotEqualTo(1);
          }
        });
  }

  /**
   * What we deliberately accept: the protection assumes readers see only {@code *}. A reader who
   * also learns which hidden cells are primary (1-7) and which secondary (above 7) can sometimes
   * pin a count: here the two hidden cells of row g1 (6 and 7) add up to 13, published as 15, so
   * both are 6 or 7, and the hidden band total of b0 (7) is at most 7, so the 1 beside them is
   * exactly 1. So renderers show every suppressed cell as {@code *}, and only the statement's
   * tallies say how many were primary and how many secondary.
   */
  @Test
  void whyEachCellIsHiddenIsNotForReadersSinceItCanPinACount() {
    Table truth = RandomTables.grid(new long[][] {{1, 0, 28}, {6, 0, 7}});
    CellRef one = CellRef.of(0, 2);
    DisclosurePolicy nhs = DisclosurePolicy.nhsDefault();
    PublishedTable published = nhs.publish(truth);

    assertThat(new Attacker(truth, published, nhs, true).possibleValues(one, 2)).containsExactly(1);
    assertThat(new Attacker(truth, published, nhs, false).possibleValues(one, 2)).hasSize(2);
  }

  static String describe(Table truth) {
    StringBuilder b = new StringBuilder();
    for (var row : truth.rows()) {
      b.append(row).append('\n');
    }
    return b.toString();
  }

  static void assertProtected(Table truth, DisclosurePolicy policy, boolean knowsReasons) {
    PublishedTable published = policy.publish(truth);
    Attacker attacker = new Attacker(truth, published, policy, knowsReasons);
    assertThat(attacker.misread(truth))
        .as("cells whose true value contradicts what was published, in %s under %s: %s",
            describe(truth), policy, published.rows())
        .isEmpty();
    for (CellRef ref : attacker.cells()) {
      long v = truth.count(ref);
      if (policy.isSmall(v)) {
        assertThat(attacker.possibleValues(ref, 2))
            .as("possible values of the small cell %s (true %s) under %s in %s published as %s",
                ref, v, policy, describe(truth), published.rows())
            .hasSize(2);
      }
    }
  }
}
