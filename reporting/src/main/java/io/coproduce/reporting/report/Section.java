package io.coproduce.reporting.report;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.ColumnKind;
import io.coproduce.reporting.table.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a {@link Report}: a heading, a short text, a table, optionally a chart of it, and
 * the rules behind its flags and measures. The text is fixed wording: figures belong in the table,
 * where disclosure control can protect them. Immutable.
 *
 * @param title the heading
 * @param text what the section shows (may be empty)
 * @param table the figures
 * @param chart how to draw them, if at all
 * @param rules the rules behind the section's flags and measures, with their sources
 */
public record Section(
    String title, String text, Table table, Optional<Chart> chart, List<Reason> rules) {

  private static final EnumSet<ColumnKind> DRAWABLE =
      EnumSet.of(ColumnKind.COUNT, ColumnKind.PERCENT, ColumnKind.MEASURE, ColumnKind.VALUE);

  /** Validates the section and checks the chart's columns against the table. */
  public Section {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(chart, "chart");
    rules = List.copyOf(rules);
    if (title.isBlank()) {
      throw InvalidInputException.of("section.title", "must not be blank", title);
    }
    if (chart.isPresent()) {
      Chart c = chart.get();
      Column category =
          table
              .column(c.categoryColumn())
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "section.chart.categoryColumn", "names no column of the table", c.categoryColumn()));
      if (category.kind() != ColumnKind.DIMENSION) {
        throw InvalidInputException.of(
            "section.chart.categoryColumn", "must be a dimension column", c.categoryColumn());
      }
      for (String name : c.valueColumns()) {
        Column value =
            table
                .column(name)
                .orElseThrow(
                    () -> InvalidInputException.of("section.chart.valueColumns", "names no column of the table", name));
        if (!DRAWABLE.contains(value.kind())) {
          throw InvalidInputException.of(
              "section.chart.valueColumns", "must be count, percent, measure or value columns", name);
        }
      }
    }
  }

  /** A section without a chart. */
  public static Section of(String title, String text, Table table, List<Reason> rules) {
    return new Section(title, text, table, Optional.empty(), rules);
  }

  /** A section with a chart. */
  public static Section charted(
      String title, String text, Table table, Chart chart, List<Reason> rules) {
    return new Section(title, text, table, Optional.of(chart), rules);
  }
}
