package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of a {@link Table}: a machine name, a label for people, its {@link ColumnKind}, the
 * count columns it rests on, and optionally the rule that defines it. Immutable.
 *
 * <p>Names are lower snake case ({@code young_people_count}). A count column's name is {@code
 * count} or ends in {@code _count}, and no other column's does, so consumers of the CSV files can
 * find every count by name alone. The {@link #basis() basis} is:
 *
 * <ul>
 *   <li>for a {@link ColumnKind#COUNT count}: the count columns it is the sum of (empty for a
 *       plain count), so disclosure control knows that suppressing one part exposes it through the
 *       others;
 *   <li>for a {@link ColumnKind#PERCENT percent}: exactly the numerator and the denominator;
 *   <li>for a {@link ColumnKind#MEASURE measure} or {@link ColumnKind#FLAG flag}: one or more
 *       count columns it is computed from;
 *   <li>otherwise empty.
 * </ul>
 *
 * @param name the machine name
 * @param label the heading shown to people
 * @param kind what the column holds
 * @param basis the count columns this column rests on, by name
 * @param definition the rule that defines a measure or flag (required for flags), with its source
 */
public record Column(
    String name, String label, ColumnKind kind, List<String> basis, Optional<Reason> definition) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Validates the column on its own; a {@link Table} checks that the basis columns exist. */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(definition, "definition");
    basis = List.copyOf(basis);
    if (name.length() > 64 || !NAME.matcher(name).matches()) {
      throw InvalidInputException.of(
          "column.name", "must be 1 to 64 characters of lower snake case (a-z, 0-9, _)", name);
    }
    boolean countName = name.equals("count") || name.endsWith("_count");
    if (kind == ColumnKind.COUNT && !countName) {
      throw InvalidInputException.of("column.name", "a count column's name must be 'count' or end in '_count'", name);
    }
    if (kind != ColumnKind.COUNT && countName) {
      throw InvalidInputException.of(
          "column.name", "only count columns may be named 'count' or end in '_count'", name);
    }
    if (label.isBlank() || label.length() > 200) {
      throw InvalidInputException.of("column.label", "must be 1 to 200 characters, not blank", label);
    }
    switch (kind) {
      case PERCENT -> {
        if (basis.size() != 2) {
          throw InvalidInputException.of(
              "column.basis", "a percent column rests on exactly a numerator and a denominator", name);
        }
      }
      case MEASURE, FLAG -> {
        if (basis.isEmpty()) {
          throw InvalidInputException.of(
              "column.basis", "a measure or flag column must name the counts it rests on", name);
        }
      }
      case COUNT -> {
        if (basis.size() == 1) {
          throw InvalidInputException.of(
              "column.basis", "a count that is a sum must have at least two parts", name);
        }
      }
      default -> {
        if (!basis.isEmpty()) {
          throw InvalidInputException.of(
              "column.basis", "only count, percent, measure and flag columns rest on counts", name);
        }
      }
    }
    if (basis.contains(name)) {
      throw InvalidInputException.of("column.basis", "must not name the column itself", name);
    }
    if (basis.stream().distinct().count() != basis.size()) {
      throw InvalidInputException.of("column.basis", "must not name a column twice", name);
    }
    if (kind == ColumnKind.FLAG && definition.isEmpty()) {
      throw InvalidInputException.of("column.definition", "a flag must say which rule raises it", name);
    }
  }

  /** A grouping column. */
  public static Column dimension(String name, String label) {
    return new Column(name, label, ColumnKind.DIMENSION, List.of(), Optional.empty());
  }

  /** A plain count column. */
  public static Column count(String name, String label) {
    return new Column(name, label, ColumnKind.COUNT, List.of(), Optional.empty());
  }

  /** A count column that is the sum of other count columns in the same row. */
  public static Column sumOf(String name, String label, String... parts) {
    return new Column(name, label, ColumnKind.COUNT, List.of(parts), Optional.empty());
  }

  /** A percentage: 100 × {@code numerator} ÷ {@code denominator}. */
  public static Column percent(String name, String label, String numerator, String denominator) {
    return new Column(
        name, label, ColumnKind.PERCENT, List.of(numerator, denominator), Optional.empty());
  }

  /** A number computed from counts, defined by a rule. */
  public static Column measure(String name, String label, Reason definition, String... basis) {
    return new Column(name, label, ColumnKind.MEASURE, List.of(basis), Optional.of(definition));
  }

  /** A yes/no judgement computed from counts, raised by a rule. */
  public static Column flag(String name, String label, Reason rule, String... basis) {
    return new Column(name, label, ColumnKind.FLAG, List.of(basis), Optional.of(rule));
  }

  /** A number that is not about people (never suppressed). */
  public static Column value(String name, String label) {
    return new Column(name, label, ColumnKind.VALUE, List.of(), Optional.empty());
  }

  /** Text that is not about individuals (never suppressed). */
  public static Column text(String name, String label) {
    return new Column(name, label, ColumnKind.TEXT, List.of(), Optional.empty());
  }

  /** Whether {@code cell} is a kind of cell this column accepts. */
  public boolean accepts(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    return switch (kind) {
      case DIMENSION -> cell instanceof Cell.Key || cell instanceof Cell.Total;
      case COUNT -> cell instanceof Cell.Count;
      case PERCENT, MEASURE, VALUE -> cell instanceof Cell.Number || cell instanceof Cell.Empty;
      case FLAG -> cell instanceof Cell.Flag || cell instanceof Cell.Empty;
      case TEXT -> cell instanceof Cell.Text || cell instanceof Cell.Empty;
    };
  }
}
