package io.coproduce.reporting.disclosure;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;

import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test support: small random tables of the three shapes reports publish, with many small counts
 * and zeros: a grid of up to 3 groups by 4 bands with both margins and a grand total;
 * organisations within layers with layer totals and a grand total; and count columns with a sum
 * column and a total row.
 */
final class RandomTables {

  private RandomTables() {}

  /** A count: often zero or small, sometimes just above the threshold, sometimes larger. */
  static long value(Random random) {
    int p = random.nextInt(100);
    if (p < 20) {
      return 0;
    }
    if (p < 55) {
      return 1 + random.nextInt(7);
    }
    if (p < 70) {
      return 8 + random.nextInt(6);
    }
    return 14 + random.nextInt(47);
  }

  /** One of the three shapes, chosen and filled from {@code seed}. */
  static Table any(long seed) {
    Random random = new Random(seed);
    return switch (random.nextInt(3)) {
      case 0 -> grid(random, 1 + random.nextInt(3), 1 + random.nextInt(4));
      case 1 -> nested(random);
      default -> sumColumns(random, 1 + random.nextInt(3));
    };
  }

  /** {@code groups} by {@code bands} counts with both margins and the grand total. */
  static Table grid(Random random, int groups, int bands) {
    long[][] v = new long[groups][bands];
    for (long[] row : v) {
      for (int b = 0; b < bands; b++) {
        row[b] = value(random);
      }
    }
    return grid(v);
  }

  /** The grid of {@code v} with both margins and the grand total. */
  static Table grid(long[][] v) {
    Table.Builder t =
        Table.builder(TableId.of("grid"), "Grid")
            .columns(
                Column.dimension("group", "Group"),
                Column.dimension("band", "Band"),
                Column.count("young_people_count", "Young people"));
    long grand = 0;
    long[] bandTotals = new long[v[0].length];
    for (int g = 0; g < v.length; g++) {
      long rowTotal = 0;
      for (int b = 0; b < v[g].length; b++) {
        t.row(key("g" + g), key("b" + b), count(v[g][b]));
        rowTotal += v[g][b];
        bandTotals[b] += v[g][b];
      }
      t.row(key("g" + g), total(), count(rowTotal));
      grand += rowTotal;
    }
    for (int b = 0; b < bandTotals.length; b++) {
      t.row(total(), key("b" + b), count(bandTotals[b]));
    }
    t.row(total(), total(), count(grand));
    return t.build();
  }

  /** Up to 3 layers of up to 3 organisations, with layer totals and a grand total. */
  static Table nested(Random random) {
    Table.Builder t =
        Table.builder(TableId.of("nested"), "Nested")
            .columns(
                Column.dimension("layer", "Layer"),
                Column.dimension("organisation", "Organisation"),
                Column.count("young_people_count", "Young people"));
    int layers = 1 + random.nextInt(3);
    long grand = 0;
    for (int l = 0; l < layers; l++) {
      int orgs = 1 + random.nextInt(3);
      long layerTotal = 0;
      for (int o = 0; o < orgs; o++) {
        long v = value(random);
        t.row(key("l" + l), key("o" + l + o), count(v));
        layerTotal += v;
      }
      t.row(key("l" + l), total(), count(layerTotal));
      grand += layerTotal;
    }
    t.row(total(), total(), count(grand));
    return t.build();
  }

  /** Up to {@code groups} rows of three counts and their sum, with a total row. */
  static Table sumColumns(Random random, int groups) {
    Table.Builder t =
        Table.builder(TableId.of("kinds"), "Kinds")
            .columns(
                Column.dimension("group", "Group"),
                Column.count("a_count", "A"),
                Column.count("b_count", "B"),
                Column.count("c_count", "C"),
                Column.sumOf("all_count", "All", "a_count", "b_count", "c_count"));
    long[] totals = new long[3];
    for (int g = 0; g < groups; g++) {
      List<Cell> row = new ArrayList<>(List.of(key("g" + g)));
      long all = 0;
      for (int k = 0; k < 3; k++) {
        long v = value(random);
        row.add(count(v));
        totals[k] += v;
        all += v;
      }
      row.add(count(all));
      t.row(row);
    }
    t.row(total(), count(totals[0]), count(totals[1]), count(totals[2]),
        count(totals[0] + totals[1] + totals[2]));
    return t.build();
  }
}
