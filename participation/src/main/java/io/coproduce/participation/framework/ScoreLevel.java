package io.coproduce.participation.framework;

import io.coproduce.participation.internal.Texts;
import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One level of a {@link ScoringScale}: "partly met", say, or "2". Immutable and thread-safe.
 *
 * @param id the level's id, unique within its scale, for example {@code partly-met}
 * @param label what the level is called, for people (at most {@value #MAX_LABEL} characters)
 * @param score the level's numeric score, a whole number from 0 to {@value #MAX_SCORE} (to
 *     express halves, double every score of the scale)
 */
public record ScoreLevel(LevelId id, String label, int score) {

  /** The longest label accepted. */
  public static final int MAX_LABEL = 100;

  /** The highest score a level may have, so that sums over a framework never overflow. */
  public static final int MAX_SCORE = 1000;

  /** Validates the level. */
  public ScoreLevel {
    Objects.requireNonNull(id, "id");
    Texts.require("scoreLevel.label", label, MAX_LABEL);
    if (score < 0 || score > MAX_SCORE) {
      throw InvalidInputException.of("scoreLevel.score", "must be a whole number from 0 to " + MAX_SCORE, score);
    }
  }

  /** A level with the given id text, label and score. */
  public static ScoreLevel of(String id, String label, int score) {
    return new ScoreLevel(LevelId.parse(id), label, score);
  }
}
