package io.coproduce.participation.workmap;

import io.coproduce.core.rule.RuleSource;

/**
 * The seven principles of a whole-system approach to children and young people's mental
 * health, which a workstream may say it serves. A closed list, so that members' declarations
 * can be compared; the wording of each label is ours.
 */
public enum WholeSystemPrinciple {
  /** Acting early, before difficulties grow: prevention and early help. */
  PREVENTATIVE("preventative"),
  /** Working across services and sectors, led through partnership. */
  INTEGRATED_AND_PARTNERSHIP_LED("integrated and partnership-led"),
  /** Designed and delivered with children, young people and families. */
  CO_PRODUCED("co-produced"),
  /** Open about what is done and answerable for its results. */
  ACCOUNTABLE("accountable"),
  /** Offered in ways that carry no stigma for those who use it. */
  NON_STIGMATISING("non-stigmatising"),
  /** Covering the whole range of need, with resources that last. */
  COMPREHENSIVE_AND_SUSTAINABLY_RESOURCED("comprehensive and sustainably resourced"),
  /** Grounded in evidence, and using data to plan and to learn. */
  EVIDENCE_BASED_AND_DATA_DRIVEN("evidence-based and data-driven");

  /** Where the seven principles come from. */
  public static final RuleSource SOURCE = RuleSource.guidance(
      "Rethink Mental Illness (2024), Closing the treatment gap: the seven key principles of a"
          + " whole-system approach to children and young people's mental health");

  private final String label;

  WholeSystemPrinciple(String label) {
    this.label = label;
  }

  /** Returns the principle as a person would say it, for example {@code "non-stigmatising"}. */
  public String label() {
    return label;
  }
}
