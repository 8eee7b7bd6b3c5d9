package io.coproduce.consent.capacity;

/**
 * What an assessor checks when deciding whether a child under 16 is competent to make one
 * particular decision (Gillick v West Norfolk and Wisbech AHA [1986] AC 112), in the terms the
 * Mental Capacity Act 2005 s.3 uses for anyone 16 or over. All must be met for the child to
 * decide for themself.
 */
public enum CapacityCriterion {
  /** Understands what is proposed. */
  UNDERSTANDS_WHAT_IS_PROPOSED,
  /** Understands its consequences, including of saying no. */
  UNDERSTANDS_CONSEQUENCES,
  /** Understands the alternatives. */
  UNDERSTANDS_ALTERNATIVES,
  /** Can retain the information long enough to decide. */
  RETAINS_INFORMATION,
  /** Can use and weigh the information. */
  WEIGHS_INFORMATION,
  /** Can communicate the decision, by any means. */
  COMMUNICATES_DECISION
}
