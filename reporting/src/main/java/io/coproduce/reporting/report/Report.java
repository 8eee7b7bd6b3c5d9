package io.coproduce.reporting.report;

import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A standard report as a value, separate from how it is rendered: an id, a title, a fixed-wording
 * summary, the instant whose knowledge it reflects, and its sections. Its tables are raw; a
 * {@link Publication} releases them. Immutable.
 *
 * @param id the report's id
 * @param title the report's title
 * @param summary what the report is for, in fixed wording (figures belong in tables)
 * @param asOf what the library knew at which instant the report reflects
 * @param sections the sections, in order (at least one; table ids unique within the report)
 */
public record Report(ReportId id, String title, String summary, Instant asOf, List<Section> sections) {

  /** Validates the report. */
  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
    if (title.isBlank()) {
      throw InvalidInputException.of("report.title", "must not be blank", id);
    }
    if (sections.isEmpty()) {
      throw InvalidInputException.of("report.sections", "a report has at least one section", id);
    }
    Set<String> tableIds = new HashSet<>();
    for (Section s : sections) {
      if (!tableIds.add(s.table().id().value())) {
        throw InvalidInputException.of(
            "report.sections", "two sections hold tables with the same id", s.table().id());
      }
    }
  }

  /** A report. */
  public static Report of(ReportId id, String title, String summary, Instant asOf, List<Section> sections) {
    return new Report(id, title, summary, asOf, sections);
  }
}
