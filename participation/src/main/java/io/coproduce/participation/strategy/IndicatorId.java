package io.coproduce.participation.strategy;

import io.coproduce.core.id.IdentifierSyntax;

/**
 * The id of an indicator under a strategic aim, unique within its plan, for example {@code aim-2.ind-1}.
 * Immutable and thread-safe; {@link #toString()} gives the text that {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record IndicatorId(String value) {

  /** Validates the id. */
  public IndicatorId {
    IdentifierSyntax.requireValid("indicatorId", value);
  }

  /** Parses an id from its text form. */
  public static IndicatorId parse(String text) {
    return new IndicatorId(text);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
