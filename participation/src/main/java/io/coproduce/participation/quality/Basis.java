package io.coproduce.participation.quality;

/**
 * What an element's status rests on: the facts the library holds, a person's declaration with
 * evidence, or neither. Computed answers override declared ones; a declared shortfall the facts
 * cannot see is kept (see {@link ElementAssessment}).
 */
public enum Basis {
  /** Computed from the facts; no declaration was made, or the one made agrees. */
  COMPUTED,
  /**
   * Computed from the facts, which show less than a person declared: the computed status
   * overrides the declaration, and the assessment says so with a warning.
   */
  COMPUTED_OVER_DECLARATION,
  /** The facts cannot answer, so the declared status stands; it is marked as declared. */
  DECLARED,
  /**
   * A person declared less than the facts show (a shortfall the records cannot see, such as
   * young people not feeling free to decline): the lower, declared status is kept.
   */
  DECLARED_SHORTFALL,
  /** The facts cannot answer and no one declared: read as not met (the protective reading). */
  NO_EVIDENCE;

  /**
   * Returns whether the status was computed from the facts ({@link #COMPUTED} or {@link
   * #COMPUTED_OVER_DECLARATION}).
   */
  public boolean isComputed() {
    return this == COMPUTED || this == COMPUTED_OVER_DECLARATION;
  }

  /** Returns whether the status is a person's declaration ({@link #DECLARED} or {@link #DECLARED_SHORTFALL}). */
  public boolean isDeclared() {
    return this == DECLARED || this == DECLARED_SHORTFALL;
  }
}
