package io.coproduce.reporting.disclosure;

import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.ColumnKind;
import io.coproduce.reporting.table.Sum;
import io.coproduce.reporting.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what a table may show when it is published. Immutable and thread-safe.
 *
 * <p>The default is the NHS England small-number rule ({@link #nhsDefault()}): counts from 1 to 7
 * are shown as {@code *}, every other count is rounded to the nearest 5, and zero stays zero. Then
 * <b>secondary suppression</b>: wherever a table guarantees that cells add up (a total row over a
 * dimension, a count column that is the sum of others — see {@link Table#sums()}), no such group
 * may hide exactly one cell, since subtraction would recover it; the smallest other cell of the
 * group is hidden too, until no group hides exactly one. Percentages are computed from the
 * published (rounded) counts, so they reveal nothing the counts do not; percentages, measures and
 * flags resting on a hidden count are hidden too, and those resting on fewer than 20 events are
 * marked unreliable (ONS practice). Hosts may choose a stricter policy ({@link
 * #withSmallestShownCount}, {@link #withRoundingBase}); a laxer one is refused.
 *
 * <p>An unprotected table leaves the library only through {@link
 * #internalNotForPublication(Table)}, whose name says what it is.
 */
public final class DisclosurePolicy {

  /** Where the default rule comes from. */
  public static final RuleSource NHS_SOURCE =
      RuleSource.guidance(
          "NHS England (formerly NHS Digital), small-number suppression for statistics below"
              + " national level: 1-7 shown as *, others rounded to the nearest 5 (since September 2018)");

  /** Where the secondary-suppression and unreliable-rate rules come from. */
  public static final RuleSource SECONDARY_SOURCE =
      RuleSource.guidance(
          "Statistical disclosure control practice (NHS Digital's earlier method; ONS): suppress"
              + " further cells so a hidden cell cannot be recovered from totals; flag rates from"
              + " fewer than 20 events as unreliable");

  static final int NHS_LARGEST_SUPPRESSED = 7;
  static final int NHS_ROUNDING_BASE = 5;
  static final int UNRELIABLE_BELOW = 20;

  private final String name;
  private final int largestSuppressed;
  private final int roundingBase;

  private DisclosurePolicy(String name, int largestSuppressed, int roundingBase) {
    this.name = name;
    this.largestSuppressed = largestSuppressed;
    this.roundingBase = roundingBase;
  }

  /** The NHS England rule: 1-7 suppressed, others rounded to the nearest 5, zero stays zero. */
  public static DisclosurePolicy nhsDefault() {
    return new DisclosurePolicy(
        "NHS England small-number rule", NHS_LARGEST_SUPPRESSED, NHS_ROUNDING_BASE);
  }

  /**
   * A stricter policy that suppresses every count from 1 to {@code largest}.
   *
   * @throws PolicyRefusedException if {@code largest} is below this policy's (laxer)
   */
  public DisclosurePolicy withSmallestShownCount(int largest) {
    if (largest < largestSuppressed) {
      throw PolicyRefusedException.of(
          "disclosure.largestSuppressed",
          "a host may only suppress more counts than 1-" + largestSuppressed + ", not fewer",
          NHS_SOURCE.citation(),
          largest);
    }
    return new DisclosurePolicy(
        name + ", counts 1-" + largest + " suppressed", largest, roundingBase);
  }

  /**
   * A stricter policy that rounds shown counts to the nearest multiple of {@code base}.
   *
   * @throws PolicyRefusedException if {@code base} is not a multiple of this policy's base
   */
  public DisclosurePolicy withRoundingBase(int base) {
    if (base < roundingBase || base % roundingBase != 0) {
      throw PolicyRefusedException.of(
          "disclosure.roundingBase",
          "a host may only round to a multiple of " + roundingBase + ", not finer",
          NHS_SOURCE.citation(),
          base);
    }
    return new DisclosurePolicy(name + ", rounded to " + base, largestSuppressed, base);
  }

  /** The policy's name, as every published table states it. */
  public String name() {
    return name;
  }

  /** The largest count shown as {@code *}. */
  public int largestSuppressed() {
    return largestSuppressed;
  }

  /** The multiple shown counts are rounded to. */
  public int roundingBase() {
    return roundingBase;
  }

  /** Releases {@code table} for publication under this policy. */
  public PublishedTable publish(Table table) {
    Objects.requireNonNull(table, "table");
    List<Column> columns = table.columns();
    int rows = table.rows().size();
    Suppression[][] hidden = new Suppression[rows][columns.size()];
    int primary = 0;
    int rounded = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (table.rows().get(r).get(c) instanceof Cell.Count count) {
          if (count.value() >= 1 && count.value() <= largestSuppressed) {
            hidden[r][c] = Suppression.PRIMARY;
            primary++;
          } else if (round(count.value()) != count.value()) {
            rounded++;
          }
        }
      }
    }
    int secondary = protect(table, hidden);
    int derived = 0;
    List<List<ReleasedCell>> released = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<Cell> row = table.rows().get(r);
      List<ReleasedCell> out = new ArrayList<>(columns.size());
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        Cell cell = row.get(c);
        if (hidden[r][c] != null) {
          out.add(ReleasedCell.suppressed(hidden[r][c]));
        } else if (cell instanceof Cell.Count count) {
          out.add(ReleasedCell.shown(Cell.count(round(count.value()))));
        } else if (column.kind().restsOnCounts() && !(cell instanceof Cell.Empty)) {
          ReleasedCell d = derivedCell(table, hidden, r, column, cell);
          if (d instanceof ReleasedCell.Suppressed) {
            derived++;
          }
          out.add(d);
        } else {
          out.add(ReleasedCell.shown(cell));
        }
      }
      released.add(out);
    }
    DisclosureStatement statement =
        new DisclosureStatement(true, name, rules(), primary, secondary, derived, rounded);
    return new PublishedTable(
        table.id(), table.title(), table.description(), columns, released, statement);
  }

  /**
   * Releases {@code table} with its exact figures, marked as not for publication. For people
   * inside the organisation only: exact small counts can identify children.
   */
  public static InternalTable internalNotForPublication(Table table) {
    return new InternalTable(table);
  }

  /** The rules this policy applies, each with its source. */
  public List<Reason> rules() {
    return List.of(
        Reason.of(
            "small-counts-suppressed",
            "Counts from 1 to " + largestSuppressed + " are shown as *; zero stays zero.",
            NHS_SOURCE),
        Reason.of(
            "counts-rounded",
            "Every other count is rounded to the nearest " + roundingBase + ".",
            NHS_SOURCE),
        Reason.of(
            "secondary-suppression",
            "Further cells are hidden so that no hidden cell can be worked out from a total.",
            SECONDARY_SOURCE),
        Reason.of(
            "derived-figures",
            "Percentages are computed from the published counts; percentages, measures and flags"
                + " resting on a hidden count are hidden, and those resting on fewer than "
                + UNRELIABLE_BELOW
                + " events are marked unreliable.",
            SECONDARY_SOURCE));
  }

  long round(long value) {
    if (value == 0) {
      return 0;
    }
    long down = (value / roundingBase) * roundingBase;
    long up = down + roundingBase;
    long nearest = (value - down) * 2 >= roundingBase ? up : down;
    // a shown count is never rounded down to zero: zero would claim that nobody was counted
    return nearest == 0 ? roundingBase : nearest;
  }

  private static int protect(Table table, Suppression[][] hidden) {
    int secondary = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Sum sum : table.sums()) {
        List<CellRef> cells = sum.cells();
        int hiddenCount = 0;
        for (CellRef ref : cells) {
          if (hidden[ref.row()][ref.column()] != null) {
            hiddenCount++;
          }
        }
        if (hiddenCount != 1) {
          continue;
        }
        CellRef victim = smallestVisible(table, hidden, sum);
        if (victim != null) {
          hidden[victim.row()][victim.column()] = Suppression.SECONDARY;
          secondary++;
          changed = true;
        }
      }
    }
    return secondary;
  }

  /** The smallest visible part (non-zero first), or the total if every part is hidden or zero. */
  private static CellRef smallestVisible(Table table, Suppression[][] hidden, Sum sum) {
    CellRef best = null;
    long bestValue = Long.MAX_VALUE;
    for (boolean nonZeroOnly : new boolean[] {true, false}) {
      for (CellRef ref : sum.parts()) {
        long v = table.count(ref);
        if (hidden[ref.row()][ref.column()] == null && (!nonZeroOnly || v > 0) && v < bestValue) {
          best = ref;
          bestValue = v;
        }
      }
      if (best != null) {
        return best;
      }
    }
    CellRef total = sum.total();
    return hidden[total.row()][total.column()] == null ? total : null;
  }

  private ReleasedCell derivedCell(
      Table table, Suppression[][] hidden, int r, Column column, Cell cell) {
    long smallest = Long.MAX_VALUE;
    for (String base : column.basis()) {
      int c = table.indexOf(base);
      if (hidden[r][c] != null) {
        return ReleasedCell.suppressed(Suppression.DERIVED);
      }
      smallest = Math.min(smallest, table.count(CellRef.of(r, c)));
    }
    if (column.kind() == ColumnKind.PERCENT) {
      long numerator = round(table.count(CellRef.of(r, table.indexOf(column.basis().get(0)))));
      long denominator = round(table.count(CellRef.of(r, table.indexOf(column.basis().get(1)))));
      if (denominator == 0) {
        return ReleasedCell.shown(Cell.empty());
      }
      double percent = Math.round(1000.0 * numerator / denominator) / 10.0;
      cell = Cell.number(percent);
    }
    return smallest < UNRELIABLE_BELOW ? ReleasedCell.unreliable(cell) : ReleasedCell.shown(cell);
  }

  /** Returns the policy's name. */
  @Override
  public String toString() {
    return name;
  }
}
