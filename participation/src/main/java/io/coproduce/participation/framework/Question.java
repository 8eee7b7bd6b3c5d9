package io.coproduce.participation.framework;

import io.coproduce.participation.internal.Texts;
import java.util.Objects;

/**
 * One question of a framework, answered on one of the framework's scales. Immutable and
 * thread-safe.
 *
 * @param id the question's id, unique within its framework
 * @param text the question, in the framework's own words (at most {@value #MAX_TEXT} characters)
 * @param scale the id of the scale it is answered on, one of its framework's scales
 */
public record Question(QuestionId id, String text, ScaleId scale) {

  /** The longest question text accepted. */
  public static final int MAX_TEXT = 1000;

  /** Validates the question. */
  public Question {
    Objects.requireNonNull(id, "id");
    Texts.require("question.text", text, MAX_TEXT);
    Objects.requireNonNull(scale, "scale");
  }

  /** A question with the given id text, text and scale id text. */
  public static Question of(String id, String text, String scale) {
    return new Question(QuestionId.parse(id), text, ScaleId.parse(scale));
  }
}
