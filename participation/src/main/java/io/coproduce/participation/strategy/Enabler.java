package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import java.util.Objects;

/**
 * One enabler under a strategic aim: something that has to be in place for the aim's objectives
 * to be reached (a briefing, a partnership, better data). Immutable and thread-safe.
 *
 * @param id the enabler's id, unique within its plan
 * @param text what the enabler is, in a sentence (at most {@value #MAX_TEXT} characters)
 */
public record Enabler(EnablerId id, String text) {

  /** The longest text accepted. */
  public static final int MAX_TEXT = 500;

  /** Validates the enabler. */
  public Enabler {
    Objects.requireNonNull(id, "id");
    Texts.require("enabler.text", text, MAX_TEXT);
  }

  /** An enabler with the given id text and text. */
  public static Enabler of(String id, String text) {
    return new Enabler(EnablerId.parse(id), text);
  }
}
