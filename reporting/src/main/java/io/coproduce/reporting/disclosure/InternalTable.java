package io.coproduce.reporting.disclosure;

import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table released with its exact figures, for people inside an organisation only: it is marked
 * as not for publication in every rendering. Only the explicitly named {@link
 * DisclosurePolicy#internalNotForPublication(Table)} makes one. Immutable and thread-safe.
 */
public final class InternalTable implements ReleasedTable {

  /** The policy name every internal table's statement carries. */
  public static final String POLICY = "INTERNAL - NOT FOR PUBLICATION (no disclosure control applied)";

  private final Table table;
  private final List<List<ReleasedCell>> rows;
  private final DisclosureStatement disclosure;

  InternalTable(Table table) {
    this.table = Objects.requireNonNull(table, "table");
    List<List<ReleasedCell>> released = new ArrayList<>(table.rows().size());
    for (List<Cell> row : table.rows()) {
      released.add(row.stream().<ReleasedCell>map(ReleasedCell::shown).toList());
    }
    this.rows = List.copyOf(released);
    this.disclosure =
        new DisclosureStatement(
            false,
            POLICY,
            List.of(
                io.coproduce.core.rule.Reason.of(
                    "internal-not-for-publication",
                    "Exact figures, released by a call named for internal use; they may identify"
                        + " children and must not be published or shared outside the organisation.",
                    RuleSource.libraryDefault("Coproduce disclosure control"))),
            0,
            0,
            0,
            0);
  }

  @Override
  public TableId id() {
    return table.id();
  }

  @Override
  public String title() {
    return table.title();
  }

  @Override
  public String description() {
    return table.description();
  }

  @Override
  public List<Column> columns() {
    return table.columns();
  }

  @Override
  public List<List<ReleasedCell>> rows() {
    return rows;
  }

  @Override
  public DisclosureStatement disclosure() {
    return disclosure;
  }

  /** Returns the id and the internal marking; never the figures. */
  @Override
  public String toString() {
    return "InternalTable[" + table.id() + ", not for publication]";
  }
}
