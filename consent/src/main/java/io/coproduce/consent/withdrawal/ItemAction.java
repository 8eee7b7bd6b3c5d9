package io.coproduce.consent.withdrawal;

/** What must happen to a collected item after a withdrawal or revocation. */
public enum ItemAction {
  /** Keep it as it is. */
  KEEP,
  /** Anonymise it: remove anything that identifies the young person. */
  ANONYMISE,
  /** Remove it: it has not been published. */
  REMOVE,
  /** It was already published before the withdrawal: stop using it further, but it cannot be recalled. */
  ALREADY_PUBLISHED
}
