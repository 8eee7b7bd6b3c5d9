package io.coproduce.consent.policy;

/**
 * How much a decision depends on someone with parental responsibility, least first. For the same
 * purpose and nation, an older young person never needs more (a property the tests check).
 */
public enum ParentalInvolvement {
  /** None: the young person decides. */
  NONE,
  /** Only if an assessment finds the young person not capable. */
  UNLESS_ASSESSED_NOT_CAPABLE,
  /** Unless an assessment finds the young person capable. */
  UNLESS_ASSESSED_CAPABLE,
  /** Always alongside the young person's own consent (an organisation's co-consent policy). */
  ALONGSIDE_YOUNG_PERSON,
  /** Instead of the young person, who cannot consent for themself. */
  INSTEAD_OF_YOUNG_PERSON
}
