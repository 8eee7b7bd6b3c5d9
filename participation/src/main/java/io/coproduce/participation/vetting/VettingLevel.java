package io.coproduce.participation.vetting;

/**
 * The level of a criminal-records check from the Disclosure and Barring Service (or, in Scotland,
 * Disclosure Scotland's equivalents), weakest first.
 */
public enum VettingLevel {
  /** No check. */
  NONE,
  /** A basic check: unspent convictions only. */
  BASIC,
  /** A standard check: spent and unspent convictions, cautions. */
  STANDARD,
  /** An enhanced check: as standard, plus information held by local police. */
  ENHANCED,
  /** An enhanced check with a check of the Children's Barred List: needed for regulated activity. */
  ENHANCED_WITH_CHILDRENS_BARRED_LIST;

  /** Returns whether this level is at least {@code other}. */
  public boolean isAtLeast(VettingLevel other) {
    return compareTo(other) >= 0;
  }
}
