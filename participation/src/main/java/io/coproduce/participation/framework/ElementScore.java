package io.coproduce.participation.framework;

import java.util.Objects;

/**
 * The score of one element of a framework in an assessment. Immutable and thread-safe.
 *
 * @param element the element
 * @param score the score over the element's questions
 */
public record ElementScore(ElementId element, Score score) {

  /** Validates the element score. */
  public ElementScore {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(score, "score");
  }
}
