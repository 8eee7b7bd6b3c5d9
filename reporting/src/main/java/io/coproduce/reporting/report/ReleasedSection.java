package io.coproduce.reporting.report;

import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.disclosure.ReleasedTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Section} whose table has been released. Immutable.
 *
 * @param title the heading
 * @param text what the section shows (may be empty)
 * @param table the released figures
 * @param chart how to draw them, if at all
 * @param rules the rules behind the section's flags and measures, with their sources
 */
public record ReleasedSection(
    String title, String text, ReleasedTable table, Optional<Chart> chart, List<Reason> rules) {

  /** Validates the section. */
  public ReleasedSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(chart, "chart");
    rules = List.copyOf(rules);
  }
}
