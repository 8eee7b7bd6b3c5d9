package io.coproduce.reporting.disclosure;

import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table that passed a {@link DisclosurePolicy} and may be published: small counts suppressed,
 * others rounded, hidden cells protected from recovery by subtraction, and derived figures
 * suppressed where they rest on hidden or small counts. Only {@link DisclosurePolicy#publish}
 * makes one. Immutable and thread-safe.
 */
public final class PublishedTable implements ReleasedTable {

  private final TableId id;
  private final String title;
  private final String description;
  private final List<Column> columns;
  private final List<List<ReleasedCell>> rows;
  private final DisclosureStatement disclosure;

  PublishedTable(
      TableId id,
      String title,
      String description,
      List<Column> columns,
      List<List<ReleasedCell>> rows,
      DisclosureStatement disclosure) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.columns = List.copyOf(columns);
    List<List<ReleasedCell>> copied = new ArrayList<>(rows.size());
    for (List<ReleasedCell> row : rows) {
      copied.add(List.copyOf(row));
    }
    this.rows = List.copyOf(copied);
    this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
    if (!disclosure.forPublication()) {
      throw new IllegalArgumentException("a published table needs a statement for publication");
    }
  }

  @Override
  public TableId id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Column> columns() {
    return columns;
  }

  @Override
  public List<List<ReleasedCell>> rows() {
    return rows;
  }

  @Override
  public DisclosureStatement disclosure() {
    return disclosure;
  }

  /** Returns the id and what disclosure control did; never the figures. */
  @Override
  public String toString() {
    return "PublishedTable[" + id + ", " + disclosure + "]";
  }
}
