package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table of figures as a report computed them: raw, unprotected counts. Immutable and
 * thread-safe.
 *
 * <p>A {@code Table} is never published as it is: it goes through a disclosure policy ({@code
 * io.coproduce.reporting.disclosure.DisclosurePolicy#publish}) or, for people inside the
 * organisation only, through the explicitly named {@code internalNotForPublication} call.
 *
 * <p>Totals are part of the table, and the table checks them when it is built, since disclosure
 * control relies on them: a row whose cell in a dimension is {@link Cell#total()} must, in every
 * count column, equal the sum of the rows that match it in every other dimension and hold a key
 * in that one (missing rows count as zero); a count column declared as the {@linkplain
 * Column#sumOf sum} of others must equal their sum in every row. Dimension cells identify a row:
 * no two rows may hold the same keys. Hierarchies (organisations within layers) are written as two
 * dimensions, with the roll-up rows holding the total marker in the inner one. The relations are
 * listed by {@link #sums()}.
 */
public final class Table {

  /** The most rows a table may hold; reports are summaries, not extracts. */
  public static final int MAX_ROWS = 100_000;

  private final TableId id;
  private final String title;
  private final String description;
  private final List<Column> columns;
  private final List<List<Cell>> rows;
  private final List<Sum> sums;

  private Table(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.description = b.description;
    this.columns = List.copyOf(b.columns);
    List<List<Cell>> copied = new ArrayList<>(b.rows.size());
    for (List<Cell> row : b.rows) {
      copied.add(List.copyOf(row));
    }
    this.rows = List.copyOf(copied);
    validateColumns();
    validateRows();
    this.sums = List.copyOf(findAndCheckSums());
  }

  /** Starts a table. */
  public static Builder builder(TableId id, String title) {
    return new Builder(id, title);
  }

  /** The table's id. */
  public TableId id() {
    return id;
  }

  /** The table's title. */
  public String title() {
    return title;
  }

  /** What the table shows, in a sentence or two (may be empty). */
  public String description() {
    return description;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The column named {@code name}, if there is one. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The index of the column named {@code name}. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw InvalidInputException.of("column", "no column of that name in table " + id, name);
  }

  /** The rows, each a list of cells in column order. */
  public List<List<Cell>> rows() {
    return rows;
  }

  /** The cell at {@code ref}. */
  public Cell cell(CellRef ref) {
    return rows.get(ref.row()).get(ref.column());
  }

  /** The count at {@code ref}; the cell must be in a count column. */
  public long count(CellRef ref) {
    if (cell(ref) instanceof Cell.Count c) {
      return c.value();
    }
    throw InvalidInputException.of("cellRef", "is not a count cell", ref);
  }

  /** Every additive relation the table guarantees (totals over dimensions and sums of columns). */
  public List<Sum> sums() {
    return sums;
  }

  private void validateColumns() {
    if (columns.isEmpty()) {
      throw InvalidInputException.of("table.columns", "a table needs at least one column", id);
    }
    Map<String, Column> byName = new HashMap<>();
    for (Column c : columns) {
      if (byName.put(c.name(), c) != null) {
        throw InvalidInputException.of("table.columns", "column names must be unique", c.name());
      }
    }
    for (Column c : columns) {
      for (String b : c.basis()) {
        Column base = byName.get(b);
        if (base == null) {
          throw InvalidInputException.of(
              "table.columns." + c.name() + ".basis", "names no column of this table", b);
        }
        if (base.kind() != ColumnKind.COUNT) {
          throw InvalidInputException.of(
              "table.columns." + c.name() + ".basis", "must name count columns only", b);
        }
        if (c.kind() == ColumnKind.COUNT && !base.basis().isEmpty()) {
          throw InvalidInputException.of(
              "table.columns." + c.name() + ".basis", "the parts of a sum must be plain counts", b);
        }
      }
    }
  }

  private void validateRows() {
    if (rows.size() > MAX_ROWS) {
      throw InvalidInputException.of("table.rows", "at most " + MAX_ROWS + " rows", rows.size());
    }
    Set<List<Cell>> keys = new HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      if (row.size() != columns.size()) {
        throw InvalidInputException.of(
            "table.rows[" + r + "]", "must hold one cell per column (" + columns.size() + ")", row.size());
      }
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        if (!column.accepts(row.get(c))) {
          throw InvalidInputException.of(
              "table.rows[" + r + "]." + column.name(),
              "a " + column.kind() + " column does not accept this kind of cell",
              row.get(c).getClass().getSimpleName());
        }
      }
      if (!keys.add(dimensionKey(row))) {
        throw InvalidInputException.of(
            "table.rows[" + r + "]", "another row holds the same dimension keys", null);
      }
    }
  }

  private List<Cell> dimensionKey(List<Cell> row) {
    List<Cell> key = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).kind() == ColumnKind.DIMENSION) {
        key.add(row.get(c));
      }
    }
    return key;
  }

  private List<Sum> findAndCheckSums() {
    List<Sum> found = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).kind() == ColumnKind.COUNT) {
        counts.add(c);
      }
    }
    for (int d = 0; d < columns.size(); d++) {
      if (columns.get(d).kind() != ColumnKind.DIMENSION) {
        continue;
      }
      // rows holding a key in d, grouped by their cells in every other dimension
      Map<List<Cell>, List<Integer>> partsByRest = new LinkedHashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r).get(d) instanceof Cell.Key) {
          partsByRest.computeIfAbsent(rest(rows.get(r), d), k -> new ArrayList<>()).add(r);
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        if (!(rows.get(r).get(d) instanceof Cell.Total)) {
          continue;
        }
        List<Integer> parts = partsByRest.getOrDefault(rest(rows.get(r), d), List.of());
        if (parts.isEmpty()) {
          continue;
        }
        for (int c : counts) {
          long sum = 0;
          List<CellRef> refs = new ArrayList<>();
          for (int p : parts) {
            sum += ((Cell.Count) rows.get(p).get(c)).value();
            refs.add(CellRef.of(p, c));
          }
          long total = ((Cell.Count) rows.get(r).get(c)).value();
          if (total != sum) {
            throw InvalidInputException.of(
                "table.rows[" + r + "]." + columns.get(c).name(),
                "a total over " + columns.get(d).name() + " must equal the sum of its rows",
                null);
          }
          found.add(new Sum(CellRef.of(r, c), refs));
        }
      }
    }
    for (int c : counts) {
      Column column = columns.get(c);
      if (column.basis().isEmpty()) {
        continue;
      }
      List<Integer> parts = column.basis().stream().map(this::indexOf).toList();
      for (int r = 0; r < rows.size(); r++) {
        long sum = 0;
        List<CellRef> refs = new ArrayList<>();
        for (int p : parts) {
          sum += ((Cell.Count) rows.get(r).get(p)).value();
          refs.add(CellRef.of(r, p));
        }
        if (((Cell.Count) rows.get(r).get(c)).value() != sum) {
          throw InvalidInputException.of(
              "table.rows[" + r + "]." + column.name(),
              "must equal the sum of " + String.join(", ", column.basis()),
              null);
        }
        found.add(new Sum(CellRef.of(r, c), refs));
      }
    }
    return found;
  }

  private List<Cell> rest(List<Cell> row, int skipped) {
    List<Cell> rest = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (c != skipped && columns.get(c).kind() == ColumnKind.DIMENSION) {
        rest.add(row.get(c));
      }
    }
    return rest;
  }

  /** Returns the id, title and size; never the figures. */
  @Override
  public String toString() {
    return "Table[" + id + ", " + columns.size() + " columns, " + rows.size() + " rows]";
  }

  /** Builds a {@link Table}; not thread-safe; {@link #build()} validates everything at once. */
  public static final class Builder {
    private final TableId id;
    private final String title;
    private String description = "";
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    private Builder(TableId id, String title) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
      if (title.isBlank() || title.length() > 200) {
        throw InvalidInputException.of("table.title", "must be 1 to 200 characters, not blank", title);
      }
    }

    /** Sets what the table shows. */
    public Builder description(String text) {
      this.description = Objects.requireNonNull(text, "description");
      return this;
    }

    /** Adds columns, in order. */
    public Builder columns(Column... added) {
      for (Column c : added) {
        columns.add(Objects.requireNonNull(c, "column"));
      }
      return this;
    }

    /** Adds columns, in order. */
    public Builder columns(List<Column> added) {
      return columns(added.toArray(Column[]::new));
    }

    /** Adds a row, one cell per column in column order. */
    public Builder row(Cell... cells) {
      return row(List.of(cells));
    }

    /** Adds a row, one cell per column in column order. */
    public Builder row(List<Cell> cells) {
      rows.add(List.copyOf(cells));
      return this;
    }

    /** Builds the table, checking columns, rows and every total. */
    public Table build() {
      return new Table(this);
    }
  }
}
