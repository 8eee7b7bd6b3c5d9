package io.coproduce.consent.event;

/**
 * A way the young person (or whoever consented) was told they can withdraw. Withdrawing must be
 * as easy as consenting (UK GDPR Art 7(3)), so every grant records at least one route.
 */
public enum WithdrawalRoute {
  /** Telling a facilitator or worker in person. */
  IN_PERSON,
  /** By phone or a spoken message. */
  VERBAL,
  /** In writing. */
  WRITTEN,
  /** Through an online form or the app. */
  ONLINE_FORM,
  /** By email or text message. */
  MESSAGE,
  /** Through a trusted adult (a parent, carer, teacher or advocate). */
  THROUGH_TRUSTED_ADULT
}
