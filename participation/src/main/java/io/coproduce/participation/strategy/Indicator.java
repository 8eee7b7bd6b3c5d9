package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import java.util.Objects;

/**
 * One indicator under a strategic aim: something that can be measured over time to show whether
 * the aim is being reached, and which way it should move. Immutable and thread-safe.
 *
 * @param id the indicator's id, unique within its plan
 * @param text what is measured, in a sentence (at most {@value #MAX_TEXT} characters)
 * @param direction which way the measure should move
 */
public record Indicator(IndicatorId id, String text, Direction direction) {

  /** The longest text accepted. */
  public static final int MAX_TEXT = 500;

  /** Validates the indicator. */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Texts.require("indicator.text", text, MAX_TEXT);
    Objects.requireNonNull(direction, "direction");
  }

  /** An indicator with the given id text, text and direction. */
  public static Indicator of(String id, String text, Direction direction) {
    return new Indicator(IndicatorId.parse(id), text, direction);
  }
}
