package io.coproduce.reporting.disclosure.internal;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression as in statistical disclosure control practice (NHS Digital's method
 * before 2018: suppress further cells so a hidden cell cannot be recovered from a total), on rows,
 * columns, grids with both margins, roll-ups of organisations within layers and sum columns. Cells
 * of 1-7 are the primary ones (NHS England rule).
 */
class SecondarySuppressionTest {

  /** One dimension and its total row. */
  static Table row(long... parts) {
    Table.Builder t =
        Table.builder(TableId.of("row"), "Row")
            .columns(Column.dimension("organisation", "Organisation"), Column.count("count", "People"));
    long sum = 0;
    for (int i = 0; i < parts.length; i++) {
      t.row(key("o" + i), count(parts[i]));
      sum += parts[i];
    }
    return t.row(total(), count(sum)).build();
  }

  /** Groups by bands, long form: each group's bands then its total; then the band totals, then the grand total. */
  static Table grid(long[][] v) {
    Table.Builder t =
        Table.builder(TableId.of("grid"), "Grid")
            .columns(
                Column.dimension("group", "Group"),
                Column.dimension("band", "Band"),
                Column.count("count", "People"));
    long[] bands = new long[v[0].length];
    long grand = 0;
    for (int g = 0; g < v.length; g++) {
      long sum = 0;
      for (int b = 0; b < v[g].length; b++) {
        t.row(key("g" + g), key("b" + b), count(v[g][b]));
        sum += v[g][b];
        bands[b] += v[g][b];
      }
      t.row(key("g" + g), total(), count(sum));
      grand += sum;
    }
    for (int b = 0; b < bands.length; b++) {
      t.row(total(), key("b" + b), count(bands[b]));
    }
    return t.row(total(), total(), count(grand)).build();
  }

  /** Organisations within layers (each inner array one layer), with layer totals and a grand total. */
  static Table nested(long[][] layers) {
    Table.Builder t =
        Table.builder(TableId.of("nested"), "Nested")
            .columns(
                Column.dimension("layer", "Layer"),
                Column.dimension("organisation", "Organisation"),
                Column.count("count", "People"));
    long grand = 0;
    for (int l = 0; l < layers.length; l++) {
      long sum = 0;
      for (int o = 0; o < layers[l].length; o++) {
        t.row(key("l" + l), key("o" + l + o), count(layers[l][o]));
        sum += layers[l][o];
      }
      t.row(key("l" + l), total(), count(sum));
      grand += sum;
    }
    return t.row(total(), total(), count(grand)).build();
  }

  /** Rows of a, b, c and their sum, with a total row. */
  static Table sumColumns(long[][] rows) {
    Table.Builder t =
        Table.builder(TableId.of("kinds"), "Kinds")
            .columns(
                Column.dimension("group", "Group"),
                Column.count("a_count", "A"),
                Column.count("b_count", "B"),
                Column.count("c_count", "C"),
                Column.sumOf("all_count", "All", "a_count", "b_count", "c_count"));
    long[] totals = new long[3];
    for (int g = 0; g < rows.length; g++) {
      List<Cell> cells = new ArrayList<>(List.of(key("g" + g)));
      for (int k = 0; k < 3; k++) {
        cells.add(count(rows[g][k]));
        totals[k] += rows[g][k];
      }
      cells.add(count(rows[g][0] + rows[g][1] + rows[g][2]));
      t.row(cells);
    }
    return t.row(total(), count(totals[0]), count(totals[1]), count(totals[2]),
        count(totals[0] + totals[1] + totals[2])).build();
  }

  /** The count cells of 1 to 7. */
  static Set<CellRef> small(Table table) {
    Set<CellRef> small = new HashSet<>();
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        if (table.rows().get(r).get(c) instanceof Cell.Count n && n.value() >= 1 && n.value() <= 7) {
          small.add(CellRef.of(r, c));
        }
      }
    }
    return small;
  }

  static CellRef at(int row, int column) {
    return CellRef.of(row, column);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("row: the smallest other part", row(3, 20, 31, 0, 45), List.of(at(1, 1))),
        Arguments.of("row: a part before a zero and the total", row(3, 0, 25), List.of(at(2, 1))),
        Arguments.of("row: two small parts protect each other", row(3, 5, 40), List.of()),
        Arguments.of("row: a zero is never hidden", row(3, 0, 0), List.of()),
        Arguments.of("row: ties go to the first row", row(3, 20, 20), List.of(at(1, 1))),
        Arguments.of("row: nothing small, nothing hidden", row(8, 20), List.of()),
        // rows: 0 g0b0, 1 g0b1, 2 g0T, 3 g1b0, 4 g1b1, 5 g1T, 6 Tb0, 7 Tb1, 8 TT
        Arguments.of(
            "grid: hiding in the row leaves a column with one hidden cell",
            grid(new long[][] {{3, 20}, {30, 40}}),
            List.of(at(1, 2), at(3, 2), at(4, 2))),
        Arguments.of(
            "grid: a small row total is protected through the column of totals",
            grid(new long[][] {{3, 2}, {30, 40}}),
            List.of(at(3, 2), at(4, 2), at(5, 2))),
        Arguments.of(
            "grid: two small cells and their small column total; the row of totals needs a partner",
            grid(new long[][] {{3, 20}, {4, 30}}),
            List.of(at(1, 2), at(4, 2), at(7, 2))),
        // rows: 0 l0o0, 1 l0o1, 2 l0T, 3 l1o0, 4 l1o1, 5 l1T, 6 TT
        Arguments.of(
            "roll-up: the other organisation of the layer",
            nested(new long[][] {{3, 25}, {40, 12}}),
            List.of(at(1, 2))),
        // rows: 0 l0o0, 1 l0T, 2 l1o0, 3 l1o1, 4 l1T, 5 TT
        Arguments.of(
            "roll-up: a small layer total hides another layer's total and one of its organisations",
            nested(new long[][] {{3}, {40, 12}}),
            List.of(at(3, 2), at(4, 2))),
        Arguments.of(
            "sum columns with a total row: the row's partner, then the columns'",
            sumColumns(new long[][] {{3, 20, 30}, {10, 12, 40}}),
            List.of(at(0, 2), at(1, 1), at(1, 2))));
  }

  @ParameterizedTest(name = "secondary suppression (SDC practice), {0}")
  @MethodSource("cases")
  void hidesTheExpectedFurtherCells(String name, Table table, List<CellRef> expected) {
    assertThat(SecondarySuppression.protect(table, small(table))).containsExactlyElementsOf(expected);
  }

  @Test
  void hidesOneMoreCellWhenThreeRelationsTogetherWouldFixASmallCount() {
    // a + b, b + c and a + c shown: a = ((a+b) - (b+c) + (a+c)) / 2 although each relation hides two
    Table table =
        Table.builder(TableId.of("triangle"), "Triangle")
            .columns(
                Column.count("a_count", "A"),
                Column.count("b_count", "B"),
                Column.count("c_count", "C"),
                Column.sumOf("ab_count", "A and B", "a_count", "b_count"),
                Column.sumOf("bc_count", "B and C", "b_count", "c_count"),
                Column.sumOf("ac_count", "A and C", "a_count", "c_count"))
            .row(count(3), count(20), count(30), count(23), count(50), count(33))
            .build();

    Set<CellRef> secondary = SecondarySuppression.protect(table, small(table));

    assertThat(secondary).containsExactly(at(0, 1), at(0, 2), at(0, 3));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfThePrimaryCells() {
    Table table = grid(new long[][] {{3, 20, 1}, {30, 40, 9}, {2, 12, 50}});
    List<CellRef> primary = new ArrayList<>(small(table));

    Set<CellRef> forwards = SecondarySuppression.protect(table, new java.util.LinkedHashSet<>(primary));
    java.util.Collections.reverse(primary);
    Set<CellRef> backwards = SecondarySuppression.protect(table, new java.util.LinkedHashSet<>(primary));

    assertThat(backwards).containsExactlyElementsOf(forwards);
    assertThat(forwards).doesNotContainAnyElementsOf(primary);
  }

  @Test
  void theAuditHidesANonZeroCellBesideTheExposedOneRatherThanAZeroOrACheaperCellElsewhere() {
    Table table =
        Table.builder(TableId.of("triangle"), "Triangle")
            .columns(
                Column.dimension("group", "Group"),
                Column.count("a_count", "A"),
                Column.count("b_count", "B"),
                Column.count("c_count", "C"),
                Column.count("z_count", "Z"),
                Column.sumOf("ab_count", "A, B and Z", "a_count", "b_count", "z_count"),
                Column.sumOf("bc_count", "B and C", "b_count", "c_count"),
                Column.sumOf("ac_count", "A and C", "a_count", "c_count"))
            .row(key("g0"), count(3), count(20), count(30), count(0), count(23), count(50), count(33))
            .row(key("g1"), count(10), count(8), count(9), count(0), count(18), count(17), count(19))
            .build();

    Set<CellRef> secondary = SecondarySuppression.protect(table, small(table));

    assertThat(secondary).containsExactly(at(0, 2), at(0, 3), at(0, 5));
  }
}
