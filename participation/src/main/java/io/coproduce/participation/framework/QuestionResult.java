package io.coproduce.participation.framework;

import io.coproduce.core.rule.Reason;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one question of an assessment came out on a given day: the latest declared and the latest
 * computed answer, the one that counts and why, its score, and whether the computed answer is
 * lower than the declared one. Built by {@link Assessment#result}; immutable and thread-safe.
 */
public final class QuestionResult {

  private final QuestionId question;
  private final ElementId element;
  private final Answer declared;
  private final Answer computed;
  private final Integer declaredScore;
  private final Integer computedScore;
  private final int maximum;
  private final Reason reason;

  QuestionResult(QuestionId question, ElementId element, Answer declared, Integer declaredScore,
      Answer computed, Integer computedScore, int maximum, Reason reason) {
    this.question = question;
    this.element = element;
    this.declared = declared;
    this.declaredScore = declaredScore;
    this.computed = computed;
    this.computedScore = computedScore;
    this.maximum = maximum;
    this.reason = reason;
  }

  /** Returns the question. */
  public QuestionId question() {
    return question;
  }

  /** Returns the element the question belongs to. */
  public ElementId element() {
    return element;
  }

  /** Returns the declared answer that would count without a computed one, if any was given. */
  public Optional<Answer> declared() {
    return Optional.ofNullable(declared);
  }

  /** Returns the computed answer that counts, if any was given. */
  public Optional<Answer> computed() {
    return Optional.ofNullable(computed);
  }

  /** Returns the answer that counts: the computed one if there is one, else the declared one. */
  public Optional<Answer> counted() {
    return Optional.ofNullable(computed != null ? computed : declared);
  }

  /** Returns the score of the answer that counts, or empty when the question is unanswered. */
  public OptionalInt score() {
    Integer s = computed != null ? computedScore : declaredScore;
    return s == null ? OptionalInt.empty() : OptionalInt.of(s);
  }

  /** Returns the most the question can score (the top of its scale). */
  public int maximum() {
    return maximum;
  }

  /** Returns why the answer that counts is the one it is, or why there is none. */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns whether both a computed and a declared answer were given and the computed one (which
   * counts) scores lower: the facts show less than was declared.
   */
  public boolean computedBelowDeclared() {
    return computed != null && declared != null && computedScore < declaredScore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuestionResult r && question.equals(r.question) && element.equals(r.element)
        && Objects.equals(declared, r.declared) && Objects.equals(computed, r.computed)
        && Objects.equals(declaredScore, r.declaredScore) && Objects.equals(computedScore, r.computedScore)
        && maximum == r.maximum && reason.equals(r.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, element, declared, computed, maximum, reason);
  }

  /** Returns the question, its score and the rule that decided it. */
  @Override
  public String toString() {
    return question + " " + (score().isPresent() ? score().getAsInt() : "-") + "/" + maximum + " ("
        + reason.rule() + ")";
  }
}
