package io.coproduce.examples.exercise;

import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.PublishedTable;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.Suppression;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Is this table safe to publish?": a made-up table of young people taking part in four youth
 * groups, with a total row, how many consented to photographs, and the percentage. The raw table
 * is shown only as the trainee's input; {@link DisclosurePolicy#nhsDefault()} then decides what
 * would be published, and the answer shows every released cell, why each hidden cell is hidden,
 * and the policy's rules with their sources. Immutable and thread-safe.
 */
public final class PublishTableExercise implements Exercise {

  /** The exercise. */
  public PublishTableExercise() {}

  @Override
  public String name() {
    return "publish-table";
  }

  @Override
  public String question() {
    return "Is this table safe to publish?";
  }

  /** Returns the raw table the trainee is asked about. */
  public Table table() {
    return Table.builder(TableId.of("taking-part-by-group"), "Young people taking part, by youth group")
        .description("Young people who took part in at least one session between December 2025 and November 2026.")
        .columns(
            Column.dimension("group", "Youth group"),
            Column.count("taking_part_count", "Young people taking part"),
            Column.count("photo_consent_count", "Consented to photographs"),
            Column.percent("photo_consent_percent", "Consented to photographs (%)", "photo_consent_count",
                "taking_part_count"))
        .row(Cell.key("yag-north"), Cell.count(3), Cell.count(2), Cell.number(66.7))
        .row(Cell.key("yag-south"), Cell.count(12), Cell.count(9), Cell.number(75.0))
        .row(Cell.key("yag-east"), Cell.count(26), Cell.count(21), Cell.number(80.8))
        .row(Cell.key("yag-west"), Cell.count(0), Cell.count(0), Cell.empty())
        .row(Cell.total(), Cell.count(41), Cell.count(32), Cell.number(78.0))
        .build();
  }

  /** Returns what {@link DisclosurePolicy#nhsDefault()} would publish. */
  public PublishedTable answer() {
    return DisclosurePolicy.nhsDefault().publish(table());
  }

  @Override
  public void run(Transcript t) {
    Table table = table();
    t.title(this);
    t.fact("The figures are made up. The raw table below is the trainee's input only: it is never published.");
    t.situation("a report author wants to publish \"" + table.title() + "\" below national level");
    for (String line : grid(table.columns(), rawRows(table))) {
      t.fact(line);
    }
    t.asks("may this table be published as it is, and if not, what may be?");

    PublishedTable published = answer();
    DisclosureStatement statement = published.disclosure();
    boolean unchanged = statement.suppressed() == 0 && statement.rounded() == 0;
    t.answer(unchanged ? "yes, as it is" : "not as it is; under the " + statement.policy() + " it would be published"
        + " with " + statement.suppressed() + " cells hidden (" + statement.primary() + " primary, "
        + statement.secondary() + " secondary, " + statement.derived() + " derived) and " + statement.rounded()
        + " counts rounded:");
    for (String line : grid(published.columns(), releasedRows(published))) {
      t.detail("  " + line);
    }
    t.detail("(* hidden; ~ rests on fewer than 20 events, read with caution)");
    for (int r = 0; r < published.rows().size(); r++) {
      List<ReleasedCell> row = published.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) instanceof ReleasedCell.Suppressed s) {
          String where = text(table.rows().get(r).get(0)) + " / " + published.columns().get(c).label();
          t.detail(where + ": hidden, " + s.why().name().toLowerCase(Locale.ROOT) + " suppression"
              + rule(statement, s.why()).map(x -> " (rule " + x.rule() + ")").orElse(""));
        }
      }
    }
    t.reasons(statement.rules());
    t.end();
  }

  private static Optional<Reason> rule(DisclosureStatement statement, Suppression why) {
    String name = switch (why) {
      case PRIMARY -> "small-counts-suppressed";
      case SECONDARY -> "secondary-suppression";
      case DERIVED -> "derived-figures";
    };
    return statement.rules().stream().filter(r -> r.rule().equals(name)).findFirst();
  }

  private static List<List<String>> rawRows(Table table) {
    List<List<String>> out = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      out.add(row.stream().map(PublishTableExercise::text).toList());
    }
    return out;
  }

  private static List<List<String>> releasedRows(PublishedTable table) {
    List<List<String>> out = new ArrayList<>();
    for (List<ReleasedCell> row : table.rows()) {
      out.add(row.stream().map(PublishTableExercise::text).toList());
    }
    return out;
  }

  private static String text(ReleasedCell cell) {
    if (cell instanceof ReleasedCell.Shown shown) {
      return (shown.unreliable() ? "~" : "") + text(shown.cell());
    }
    return ReleasedCell.SUPPRESSED_MARK;
  }

  private static String text(Cell cell) {
    if (cell instanceof Cell.Key k) {
      return k.value();
    } else if (cell instanceof Cell.Count c) {
      return Long.toString(c.value());
    } else if (cell instanceof Cell.Number n) {
      return String.format(Locale.ROOT, "%.1f", n.value());
    } else if (cell instanceof Cell.Flag f) {
      return f.isRaised() ? "yes" : "no";
    } else if (cell instanceof Cell.Text x) {
      return x.value();
    }
    return cell.toString();
  }

  /** Lays out a header and rows in columns as wide as their widest cell. */
  private static List<String> grid(List<Column> columns, List<List<String>> rows) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).label().length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(line(columns.stream().map(Column::label).toList(), widths));
    for (List<String> row : rows) {
      out.add(line(row, widths));
    }
    return out;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      b.append(c == 0 ? "" : " | ").append(c == 0 ? pad(cell, widths[c]) : padLeft(cell, widths[c]));
    }
    return b.toString().stripTrailing();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }
}
