package io.coproduce.participation.framework;

import io.coproduce.core.rule.RuleSource;

/**
 * The rules by which an assessment picks the answer that counts for each question, their stable
 * names (as in {@link io.coproduce.core.rule.Reason#rule()} and {@link
 * io.coproduce.participation.finding.Finding#rule()}) and their sources, defined once so that
 * every explanation names a rule in the same words.
 */
public final class FrameworkRules {

  /** Only declared answers were given: the latest of them counts. */
  public static final String LATEST_DECLARED = "framework.answer.latest-declared";

  /** A computed answer was given: the latest of them counts, over any declared answer. */
  public static final String COMPUTED_COUNTS = "framework.answer.computed";

  /** No answer was given by the day asked about: the question scores nothing. */
  public static final String UNANSWERED = "framework.answer.none";

  /** The computed answer that counts is lower than the latest declared one. */
  public static final String COMPUTED_BELOW_DECLARED = "framework.answer.computed-below-declared";

  /**
   * Why the latest answer counts, why same-day answers resolve to the lower level, and why an
   * answer dated after the day asked about is left out.
   */
  public static final RuleSource LATEST_ANSWER_SOURCE = RuleSource.libraryDefault(
      "Of several answers of the same provenance to one question, the one given on the latest day"
          + " counts; of several given on that day, the lowest-scoring counts (the protective"
          + " reading, which never claims more than the weakest answer of the day); an answer"
          + " dated after the day asked about was not yet known and is left out");

  /**
   * Why an answer computed from facts outranks a self-assessment, and why a computed answer below
   * the declared one is flagged.
   */
  public static final RuleSource COMPUTED_OVERRIDES_SOURCE = RuleSource.libraryDefault(
      "An answer the library computes from recorded facts (contributions, decisions, feedback)"
          + " overrides a self-declared answer to the same question, whatever their dates, because"
          + " the participation models ask for evidence that views were heard and acted on, not a"
          + " claim that they were (Lundy 2007, audience and influence; NYA Hear by Right, evidence"
          + " of dialogue and evidence of change); where the facts show less than was declared,"
          + " the gap is reported");

  /** Why an unanswered question scores nothing yet still counts toward the maximum. */
  public static final RuleSource UNANSWERED_SOURCE = RuleSource.libraryDefault(
      "An unanswered question scores nothing and still counts toward the most an element could"
          + " score, so a partly answered assessment never looks better than it is");

  private FrameworkRules() {}
}
