package io.coproduce.reporting.report;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.table.TableId;
import java.util.Objects;

/**
 * The id of a report, with the same syntax as a {@link TableId} (lower-case letters, digits and
 * single hyphens, starting with a letter, at most 64 characters). Immutable.
 *
 * @param value the id text
 */
public record ReportId(String value) {

  /** Validates the id. */
  public ReportId {
    Objects.requireNonNull(value, "value");
    try {
      TableId.of(value);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("reportId", e.rule(), value);
    }
  }

  /** Parses an id from its text form. */
  public static ReportId of(String text) {
    return new ReportId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
