package io.coproduce.participation.voice;

/**
 * What a decision did with the contributions that informed it. Every contribution is owed an
 * outcome and a plain-language reason for it.
 */
public enum DecisionOutcome {
  /** Taken up as proposed. */
  ADOPTED,
  /** Taken up in a changed form. */
  ADAPTED,
  /** Not decided yet: put off to a later decision. A deferral is an outcome the contributor is told of. */
  DEFERRED,
  /** Not taken up. */
  DECLINED
}
