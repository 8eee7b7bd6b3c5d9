package io.coproduce.reporting.report;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * How to draw a section's table: which dimension gives the categories, which count, percent or
 * measure columns give the values, and a text alternative for people who cannot see the chart.
 * Renderers draw from the released table, so suppressed values are shown as suppressed, never
 * drawn. Immutable.
 *
 * @param kind how to draw
 * @param categoryColumn the dimension column giving one bar per key (total rows are not drawn)
 * @param valueColumns the columns drawn (one or more)
 * @param altText what the chart shows, in words
 */
public record Chart(ChartKind kind, String categoryColumn, List<String> valueColumns, String altText) {

  /** Validates the chart; a {@link Section} checks the columns against its table. */
  public Chart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(categoryColumn, "categoryColumn");
    Objects.requireNonNull(altText, "altText");
    valueColumns = List.copyOf(valueColumns);
    if (valueColumns.isEmpty()) {
      throw InvalidInputException.of("chart.valueColumns", "a chart draws at least one column", null);
    }
    if (altText.isBlank()) {
      throw InvalidInputException.of("chart.altText", "a chart needs a text alternative", null);
    }
  }

  /** A bar chart of {@code valueColumns} by {@code categoryColumn}. */
  public static Chart bar(String categoryColumn, String altText, String... valueColumns) {
    return new Chart(ChartKind.BAR, categoryColumn, List.of(valueColumns), altText);
  }
}
