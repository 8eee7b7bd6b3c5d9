package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;

/**
 * The position of a cell in a {@link Table}: a row index and a column index, both from zero.
 * Immutable.
 *
 * @param row the row index
 * @param column the column index
 */
public record CellRef(int row, int column) {

  /** Validates the position. */
  public CellRef {
    if (row < 0) {
      throw InvalidInputException.of("cellRef.row", "must not be negative", row);
    }
    if (column < 0) {
      throw InvalidInputException.of("cellRef.column", "must not be negative", column);
    }
  }

  /** Returns the position. */
  public static CellRef of(int row, int column) {
    return new CellRef(row, column);
  }
}
