package io.coproduce.reporting;

import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.List;
import java.util.Locale;

/** Test support: a table's rows as lists of strings, so tests can state whole tables exactly. */
public final class TableRows {

  private TableRows() {}

  /** The rows of {@code table}, each cell as text (numbers with up to two decimals). */
  public static List<List<String>> rows(Table table) {
    return table.rows().stream().map(r -> r.stream().map(TableRows::text).toList()).toList();
  }

  /** The rows of the table {@code id} in {@code report}. */
  public static List<List<String>> rows(Report report, TableId id) {
    return rows(table(report, id));
  }

  /** The table {@code id} in {@code report}. */
  public static Table table(Report report, TableId id) {
    return section(report, id).table();
  }

  /** The section holding table {@code id} in {@code report}. */
  public static Section section(Report report, TableId id) {
    return report.sections().stream().filter(s -> s.table().id().equals(id)).findFirst().orElseThrow();
  }

  /** The rows of a released table, suppressed cells as {@code *}. */
  public static List<List<String>> rows(ReleasedTable table) {
    return table.rows().stream()
        .map(r -> r.stream()
            .map(c -> c instanceof ReleasedCell.Shown s ? text(s.cell()) : ReleasedCell.SUPPRESSED_MARK)
            .toList())
        .toList();
  }

  /** One cell as text. */
  public static String text(Cell cell) {
    if (cell instanceof Cell.Key k) {
      return k.value();
    }
    if (cell instanceof Cell.Count c) {
      return Long.toString(c.value());
    }
    if (cell instanceof Cell.Number n) {
      return n.value() == Math.rint(n.value())
          ? Long.toString((long) n.value()) : String.format(Locale.ROOT, "%.2f", n.value());
    }
    if (cell instanceof Cell.Flag f) {
      return f.isRaised() ? "yes" : "no";
    }
    if (cell instanceof Cell.Text x) {
      return x.value();
    }
    return cell.toString();
  }
}
