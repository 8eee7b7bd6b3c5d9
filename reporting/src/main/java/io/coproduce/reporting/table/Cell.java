package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One cell of a {@link Table}. Which kinds of cell a column accepts depends on its {@link
 * ColumnKind}: keys and the total marker in dimensions, counts in count columns, numbers in
 * percent, measure and value columns, flags in flag columns, text in text columns; any column but
 * a dimension or a count may be {@link Empty} (nothing to show, such as the median of no values).
 * All cells are immutable.
 */
public sealed interface Cell {

  /** A grouping key. */
  static Key key(String value) {
    return new Key(value);
  }

  /** The total marker: this row adds up every value of the dimension. */
  static Total total() {
    return Total.INSTANCE;
  }

  /** A count. */
  static Count count(long value) {
    return new Count(value);
  }

  /** A number. */
  static Number number(double value) {
    return new Number(value);
  }

  /** A yes/no flag. */
  static Flag flag(boolean value) {
    return value ? Flag.YES : Flag.NO;
  }

  /** Text. */
  static Text text(String value) {
    return new Text(value);
  }

  /** Nothing to show. */
  static Empty empty() {
    return Empty.INSTANCE;
  }

  /**
   * A grouping key: one value of a dimension, as it is shown (a label, not an id of a person).
   *
   * @param value the key, not blank, at most 200 characters
   */
  record Key(String value) implements Cell {
    /** Validates the key. */
    public Key {
      Objects.requireNonNull(value, "value");
      if (value.isBlank() || value.length() > 200) {
        throw InvalidInputException.of("cell.key", "must be 1 to 200 characters, not blank", value);
      }
    }
  }

  /** The total marker of a dimension: the row adds up every value of that dimension. */
  final class Total implements Cell {
    private static final Total INSTANCE = new Total();

    private Total() {}

    /** Returns {@code "Total"}. */
    @Override
    public String toString() {
      return "Total";
    }
  }

  /**
   * A count of people or events.
   *
   * @param value zero or more
   */
  record Count(long value) implements Cell {
    /** Validates the count. */
    public Count {
      if (value < 0) {
        throw InvalidInputException.of("cell.count", "must not be negative", value);
      }
    }
  }

  /**
   * A number.
   *
   * @param value a finite number
   */
  record Number(double value) implements Cell {
    /** Validates the number. */
    public Number {
      if (!Double.isFinite(value)) {
        throw InvalidInputException.of("cell.number", "must be finite", value);
      }
    }
  }

  /** A yes/no flag. */
  enum Flag implements Cell {
    /** Yes. */
    YES,
    /** No. */
    NO;

    /** Returns whether the flag is raised. */
    public boolean isRaised() {
      return this == YES;
    }
  }

  /**
   * Text that is not about an individual.
   *
   * @param value the text, not blank, at most 500 characters
   */
  record Text(String value) implements Cell {
    /** Validates the text. */
    public Text {
      Objects.requireNonNull(value, "value");
      if (value.isBlank() || value.length() > 500) {
        throw InvalidInputException.of("cell.text", "must be 1 to 500 characters, not blank", null);
      }
    }
  }

  /** Nothing to show in this cell. */
  final class Empty implements Cell {
    private static final Empty INSTANCE = new Empty();

    private Empty() {}

    /** Returns an empty string. */
    @Override
    public String toString() {
      return "";
    }
  }
}
