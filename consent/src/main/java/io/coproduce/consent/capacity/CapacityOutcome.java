package io.coproduce.consent.capacity;

/** The outcome of a capacity assessment for one decision. */
public enum CapacityOutcome {
  /** Every criterion was met: the young person can make this decision themself. */
  CAPABLE,
  /** At least one criterion was not met: someone with parental responsibility decides, with the child's assent. */
  NOT_CAPABLE
}
