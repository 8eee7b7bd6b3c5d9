package io.coproduce.consent.policy;

/**
 * Whose decision a purpose needs, before any organisation's co-consent requirement (see {@link
 * WhoDecides#parentalCoConsent()}).
 */
public enum DecisionRoute {
  /** The young person decides (18 or over, 16 or over, or at the online consent age). */
  YOUNG_PERSON,
  /**
   * The young person decides unless an assessment found them not capable of this decision
   * (Scotland, 12 or over, a data-protection decision: Data Protection Act 2018 s.208).
   */
  YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE,
  /**
   * The young person decides if assessed capable of this decision (Gillick; in Scotland Age of
   * Legal Capacity (Scotland) Act 1991 s.2(4)); otherwise someone with parental responsibility,
   * with the child's assent.
   */
  YOUNG_PERSON_IF_ASSESSED_CAPABLE,
  /**
   * Someone with parental responsibility (or a legal representative, for a clinical trial)
   * decides, with the child's assent; the young person cannot consent for themself.
   */
  PARENTAL_RESPONSIBILITY_HOLDER
}
