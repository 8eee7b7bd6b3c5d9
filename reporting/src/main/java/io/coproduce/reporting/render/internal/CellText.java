package io.coproduce.reporting.render.internal;

import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.table.Cell;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The text of a released cell, the same in every text format: a suppressed cell is {@link
 * ReleasedCell#SUPPRESSED_MARK}, the total marker is {@link #TOTAL}, numbers are plain decimals
 * without exponent or trailing zeros (independent of the default locale). Stateless.
 */
public final class CellText {

  /** The word the total marker is written as. */
  public static final String TOTAL = "Total";

  private CellText() {}

  /** The text of {@code cell} for people (flags as {@code Yes}/{@code No}, empty as {@code ""}). */
  public static String forPeople(ReleasedCell cell) {
    return text(cell, "Yes", "No");
  }

  /** The text of {@code cell} for machines (flags as {@code true}/{@code false}, empty as {@code ""}). */
  public static String forMachines(ReleasedCell cell) {
    return text(cell, "true", "false");
  }

  private static String text(ReleasedCell cell, String yes, String no) {
    Objects.requireNonNull(cell, "cell");
    if (cell instanceof ReleasedCell.Shown shown) {
      return text(shown.cell(), yes, no);
    }
    return ReleasedCell.SUPPRESSED_MARK;
  }

  private static String text(Cell cell, String yes, String no) {
    if (cell instanceof Cell.Key key) {
      return key.value();
    } else if (cell instanceof Cell.Total) {
      return TOTAL;
    } else if (cell instanceof Cell.Count count) {
      return Long.toString(count.value());
    } else if (cell instanceof Cell.Number number) {
      return number(number.value());
    } else if (cell instanceof Cell.Flag flag) {
      return flag.isRaised() ? yes : no;
    } else if (cell instanceof Cell.Text text) {
      return text.value();
    }
    return "";
  }

  /** A finite number as a plain decimal: {@code 12.5}, {@code 40}, {@code 0.001}. */
  public static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Whether the cell is shown but marked as resting on few events. */
  public static boolean isUnreliable(ReleasedCell cell) {
    return cell instanceof ReleasedCell.Shown shown && shown.unreliable();
  }

  /** Whether the cell is suppressed. */
  public static boolean isSuppressed(ReleasedCell cell) {
    return cell instanceof ReleasedCell.Suppressed;
  }

  /** The value to draw for {@code cell}, or {@code null} when it is suppressed or has none. */
  public static Double drawable(ReleasedCell cell) {
    if (cell instanceof ReleasedCell.Shown shown) {
      if (shown.cell() instanceof Cell.Count count) {
        return (double) count.value();
      }
      if (shown.cell() instanceof Cell.Number number) {
        return number.value();
      }
    }
    return null;
  }
}
