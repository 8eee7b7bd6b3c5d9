package io.coproduce.reporting.table;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a table or a report: lower-case letters, digits and single hyphens, starting with a
 * letter, 1 to 64 characters (for example {@code reach-by-age-band}). Renderers use it as a file
 * name (CSV) and an HTML anchor, so it is deliberately narrow. Immutable.
 *
 * @param value the id text
 */
public record TableId(String value) {

  private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final String RULE =
      "must be 1 to 64 lower-case letters, digits and single hyphens, starting with a letter";

  /** Validates the id. */
  public TableId {
    Objects.requireNonNull(value, "value");
    if (value.length() > 64 || !SYNTAX.matcher(value).matches()) {
      throw InvalidInputException.of("tableId", RULE, value);
    }
  }

  /** Parses an id from its text form. */
  public static TableId of(String text) {
    return new TableId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
