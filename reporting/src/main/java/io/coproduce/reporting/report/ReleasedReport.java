package io.coproduce.reporting.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Report} whose tables have all been released, for publication or for internal use.
 * Immutable.
 *
 * @param id the report's id
 * @param title the report's title
 * @param summary what the report is for
 * @param asOf the instant whose knowledge the report reflects
 * @param sections the released sections, in order
 */
public record ReleasedReport(
    ReportId id, String title, String summary, Instant asOf, List<ReleasedSection> sections) {

  /** Validates the report. */
  public ReleasedReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
  }
}
