package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An additive relation a {@link Table} guarantees: the count at {@link #total()} equals the sum of
 * the counts at {@link #parts()}. Totals over a dimension give one per total row and count column;
 * a count column that is the {@linkplain Column#sumOf sum of others} gives one per row. Disclosure
 * control uses these to make sure no suppressed cell can be recovered by subtraction. Immutable.
 *
 * @param total the cell holding the total
 * @param parts the cells that add up to it (at least one)
 */
public record Sum(CellRef total, List<CellRef> parts) {

  /** Validates the relation. */
  public Sum {
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw InvalidInputException.of("sum.parts", "must hold at least one cell", null);
    }
    if (parts.contains(total)) {
      throw InvalidInputException.of("sum.parts", "must not hold the total itself", total);
    }
  }

  /** The total followed by its parts. */
  public List<CellRef> cells() {
    return Stream.concat(Stream.of(total), parts.stream()).toList();
  }
}
