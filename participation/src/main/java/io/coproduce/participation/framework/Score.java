package io.coproduce.participation.framework;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A score over some questions: the points the answers that count earned, the most those
 * questions could earn (every question counted, answered or not), and how many were answered.
 * Immutable and thread-safe.
 *
 * @param points the sum of the scores of the answers that count, from 0 to {@code maximum}
 * @param maximum the sum of the top scores of all the questions' scales, at least 1
 * @param answered how many of the questions have an answer that counts, from 0 to {@code questions}
 * @param questions how many questions are scored, at least 1
 */
public record Score(int points, int maximum, int answered, int questions) {

  /** Validates the score. */
  public Score {
    if (questions < 1) {
      throw InvalidInputException.of("score.questions", "must be at least 1", questions);
    }
    if (answered < 0 || answered > questions) {
      throw InvalidInputException.of("score.answered", "must be from 0 to score.questions (" + questions + ")", answered);
    }
    if (maximum < 1) {
      throw InvalidInputException.of("score.maximum", "must be at least 1", maximum);
    }
    if (points < 0 || points > maximum) {
      throw InvalidInputException.of("score.points", "must be from 0 to score.maximum (" + maximum + ")", points);
    }
  }

  /** Returns the points as a share of the maximum, from 0 to 1. */
  public double fraction() {
    return (double) points / maximum;
  }

  /** Returns whether every question has an answer that counts. */
  public boolean complete() {
    return answered == questions;
  }

  /** Returns the score over both sets of questions. */
  public Score plus(Score other) {
    Objects.requireNonNull(other, "other");
    return new Score(points + other.points, maximum + other.maximum, answered + other.answered,
        questions + other.questions);
  }

  /** Returns the score as {@code points/maximum (answered of questions answered)}. */
  @Override
  public String toString() {
    return points + "/" + maximum + " (" + answered + " of " + questions + " answered)";
  }
}
