package io.coproduce.reporting.disclosure;

import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.disclosure.internal.SecondarySuppression;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.ColumnKind;
import io.coproduce.reporting.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what a table may show when it is published. Immutable and thread-safe; publishing the
 * same table under the same policy always gives the same result.
 *
 * <p><b>Small counts and rounding.</b> The default is the NHS England small-number rule ({@link
 * #nhsDefault()}): counts from 1 to 7 are shown as {@code *}, every other count is rounded to the
 * nearest 5 (halves round up), and zero stays zero. A count above the suppression threshold is
 * never shown as zero, since a shown zero is exact and means that nobody was counted: with a
 * coarse base (say 20), counts that would round down to zero (8 and 9) are shown as the base
 * itself. With the default base of 5, counts of 8 and 9 round to 10 anyway.
 *
 * <p><b>Secondary suppression.</b> Wherever a table guarantees that cells add up (a total row
 * over a dimension, roll-ups of organisations within layers, a count column that is the sum of
 * others; see {@link Table#sums()}), further cells are hidden until no relation hides exactly one
 * cell, and until no combination of relations, with every shown figure taken as exact, fixes the
 * value of a small hidden cell. Small, non-zero cells are hidden first; the grand total only as a
 * last resort; zeros never in practice. So a {@code *} stands for a count of at least 1 that
 * cannot be worked out from the table, provided readers see only the {@code *}: renderers must not
 * say cell by cell which hidden cells are small and which were hidden to protect them (that can
 * pin a count down; the statement gives the tallies only). Each table is protected on its own: two tables about the
 * same people published side by side can still be compared, so reports should not publish the
 * same counts split two different ways.
 *
 * <p><b>Derived figures.</b> Percentages are computed again from the published, rounded counts,
 * so they reveal nothing the counts do not (a percentage of exact counts next to a rounded
 * denominator would undo the rounding of the numerator). Percentages, measures and flags resting
 * on a hidden count are hidden, so no rate rests on fewer than 3 events (ONS practice): every
 * count from 1 to 7 is hidden. Those resting on a published count below 20 are marked unreliable,
 * judged on the rounded count so the mark does not undo the rounding either. Measures (a median)
 * and flags are shown as computed when every count they rest on is shown; a measure that is a
 * plain ratio of counts belongs in a percent column, so that it is computed from rounded counts.
 *
 * <p><b>Stricter, never laxer.</b> Hosts may suppress more counts ({@link
 * #withLargestSuppressedCount}) or round to a coarser multiple of the base ({@link
 * #withRoundingBase}); a laxer setting is refused with a {@link PolicyRefusedException} naming
 * it.
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

  /** Where the rules for rates come from. */
  public static final RuleSource RATE_SOURCE =
      RuleSource.guidance(
          "Office for National Statistics practice: no rate from fewer than 3 events; rates from"
              + " fewer than 20 events flagged as unreliable");

  /** Where the reading for counts that would round to zero comes from. */
  public static final RuleSource NEVER_ZERO_SOURCE =
      RuleSource.libraryDefault(
          "Coproduce disclosure control: a shown zero is exact, so a count above the threshold is"
              + " never rounded down to zero");

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
   * A stricter policy that suppresses every count from 1 to {@code largest} (the name is kept for
   * callers; {@link #withLargestSuppressedCount} says the same more plainly). Returns this policy
   * when {@code largest} is its own threshold.
   *
   * @param largest the largest count shown as {@code *}
   * @throws PolicyRefusedException if {@code largest} is below this policy's (laxer)
   */
  public DisclosurePolicy withSmallestShownCount(int largest) {
    return withLargestSuppressedCount(largest);
  }

  /**
   * A stricter policy that suppresses every count from 1 to {@code largest}. Returns this policy
   * when {@code largest} is its own threshold.
   *
   * @param largest the largest count shown as {@code *}
   * @throws PolicyRefusedException if {@code largest} is below this policy's (laxer)
   */
  public DisclosurePolicy withLargestSuppressedCount(int largest) {
    if (largest < largestSuppressed) {
      throw PolicyRefusedException.of(
          "disclosure.largestSuppressed",
          "a host may only suppress more counts than 1-" + largestSuppressed + ", not fewer",
          NHS_SOURCE.citation(),
          largest);
    }
    if (largest == largestSuppressed) {
      return this;
    }
    return new DisclosurePolicy(
        name + ", counts 1-" + largest + " suppressed", largest, roundingBase);
  }

  /**
   * A stricter policy that rounds shown counts to the nearest multiple of {@code base}. Returns
   * this policy when {@code base} is its own base.
   *
   * @param base the new base, a multiple of this policy's base
   * @throws PolicyRefusedException if {@code base} is not a positive multiple of this policy's
   *     base (finer rounding, or rounding that does not line up with it)
   */
  public DisclosurePolicy withRoundingBase(int base) {
    if (base < roundingBase || base % roundingBase != 0) {
      throw PolicyRefusedException.of(
          "disclosure.roundingBase",
          "a host may only round to a multiple of " + roundingBase + ", not finer",
          NHS_SOURCE.citation(),
          base);
    }
    if (base == roundingBase) {
      return this;
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

  /**
   * Releases {@code table} for publication under this policy: small counts hidden (primary),
   * further cells hidden so no hidden cell can be worked out (secondary), derived figures resting
   * on a hidden count hidden (derived), every other count rounded; the statement tallies each.
   */
  public PublishedTable publish(Table table) {
    Objects.requireNonNull(table, "table");
    List<Column> columns = table.columns();
    int rows = table.rows().size();
    Suppression[][] hidden = new Suppression[rows][columns.size()];
    Set<CellRef> primary = new HashSet<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (table.rows().get(r).get(c) instanceof Cell.Count count && isSmall(count.value())) {
          hidden[r][c] = Suppression.PRIMARY;
          primary.add(CellRef.of(r, c));
        }
      }
    }
    Set<CellRef> secondary = SecondarySuppression.protect(table, primary);
    for (CellRef ref : secondary) {
      hidden[ref.row()][ref.column()] = Suppression.SECONDARY;
    }
    int derived = 0;
    int rounded = 0;
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
          long shown = round(count.value());
          if (shown != count.value()) {
            rounded++;
          }
          out.add(ReleasedCell.shown(Cell.count(shown)));
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
        new DisclosureStatement(
            true, name, rules(), primary.size(), secondary.size(), derived, rounded);
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

  /**
   * The rules this policy applies, each with its source: the NHS England rule for the default
   * settings, the organisation's own policy for a stricter threshold or base.
   */
  public List<Reason> rules() {
    RuleSource small =
        largestSuppressed == NHS_LARGEST_SUPPRESSED
            ? NHS_SOURCE
            : RuleSource.organisationPolicy(
                "The host's stricter setting of the NHS England rule: counts 1-"
                    + largestSuppressed
                    + " suppressed");
    RuleSource rounding =
        roundingBase == NHS_ROUNDING_BASE
            ? NHS_SOURCE
            : RuleSource.organisationPolicy(
                "The host's stricter setting of the NHS England rule: counts rounded to the nearest "
                    + roundingBase);
    return List.of(
        Reason.of(
            "small-counts-suppressed",
            "Counts from 1 to " + largestSuppressed + " are shown as *; zero stays zero.",
            small),
        Reason.of(
            "counts-rounded",
            "Every other count is rounded to the nearest " + roundingBase + ", halves up.",
            rounding),
        Reason.of(
            "never-rounded-to-zero",
            "A count above " + largestSuppressed + " that would round to zero is shown as "
                + roundingBase + ", since a shown zero is exact.",
            NEVER_ZERO_SOURCE),
        Reason.of(
            "secondary-suppression",
            "Further cells are hidden so that no hidden cell can be worked out from the totals.",
            SECONDARY_SOURCE),
        Reason.of(
            "derived-figures",
            "Percentages are computed from the published counts; percentages, measures and flags"
                + " resting on a hidden count are hidden, so no rate rests on fewer than 3 events.",
            RATE_SOURCE),
        Reason.of(
            "unreliable-figures",
            "Percentages, measures and flags resting on a published count below "
                + UNRELIABLE_BELOW
                + " are marked unreliable.",
            RATE_SOURCE));
  }

  boolean isSmall(long value) {
    return value >= 1 && value <= largestSuppressed;
  }

  /** The count as published when it is not suppressed: zero, or a non-zero multiple of the base. */
  long round(long value) {
    if (value == 0) {
      return 0;
    }
    long down = (value / roundingBase) * roundingBase;
    long nearest = (value - down) * 2 >= roundingBase ? down + roundingBase : down;
    // a shown count is never rounded down to zero: zero would claim that nobody was counted
    return Math.max(nearest, roundingBase);
  }

  private ReleasedCell derivedCell(
      Table table, Suppression[][] hidden, int r, Column column, Cell cell) {
    long smallest = Long.MAX_VALUE;
    for (String base : column.basis()) {
      int c = table.indexOf(base);
      if (hidden[r][c] != null) {
        return ReleasedCell.suppressed(Suppression.DERIVED);
      }
      smallest = Math.min(smallest, round(table.count(CellRef.of(r, c))));
    }
    Cell shown = cell;
    if (column.kind() == ColumnKind.PERCENT) {
      long numerator = round(table.count(CellRef.of(r, table.indexOf(column.basis().get(0)))));
      long denominator = round(table.count(CellRef.of(r, table.indexOf(column.basis().get(1)))));
      if (denominator == 0) {
        return ReleasedCell.shown(Cell.empty());
      }
      shown = Cell.number(Math.round(1000.0 * numerator / denominator) / 10.0);
    }
    return smallest < UNRELIABLE_BELOW ? ReleasedCell.unreliable(shown) : ReleasedCell.shown(shown);
  }

  /** Returns the policy's name. */
  @Override
  public String toString() {
    return name;
  }
}
