package io.coproduce.participation.framework;

/** Where an answer in an assessment comes from. */
public enum Provenance {
  /** A person's own judgement: a self-assessment by someone in the organisation or forum. */
  DECLARED,
  /**
   * Derived by the library from facts it holds (contributions, decisions, feedback): it
   * overrides a declared answer to the same question (see {@link FrameworkRules}).
   */
  COMPUTED
}
