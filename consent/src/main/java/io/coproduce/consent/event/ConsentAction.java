package io.coproduce.consent.event;

/**
 * What a consent event records. Consent actions change a consent's status; {@link #ASSENTED}
 * and {@link #DISSENTED} record the child's own view beside someone else's consent.
 */
public enum ConsentAction {
  /** Consent was asked for; no decision yet. */
  REQUESTED(ConsentStatus.REQUESTED),
  /** The decider asked for more time. */
  DEFERRED(ConsentStatus.DEFERRED),
  /** Consent was given. */
  GIVEN(ConsentStatus.GIVEN),
  /** Consent was confirmed again (for example at a review date or after a birthday). */
  RENEWED(ConsentStatus.RENEWED),
  /** Consent was refused: recorded as carefully as a grant. */
  REFUSED(ConsentStatus.REFUSED),
  /** The young person withdrew consent. Takes effect at the instant it is recorded. */
  WITHDRAWN(ConsentStatus.WITHDRAWN),
  /** Someone other than the young person (the parent who gave it) revoked consent. */
  REVOKED(ConsentStatus.REVOKED),
  /** The consent ran out (recorded by the organisation; expiry by date needs no event). */
  EXPIRED(ConsentStatus.EXPIRED),
  /** An authority, or a change in what the consent rested on, made the consent invalid. */
  INVALIDATED(ConsentStatus.INVALIDATED),
  /** The child agreed, beside the consent of someone with parental responsibility. */
  ASSENTED(null),
  /** The child objected. Blocks taking part, whatever the adults decided. */
  DISSENTED(null);

  private final ConsentStatus status;

  ConsentAction(ConsentStatus status) {
    this.status = status;
  }

  /** Returns whether this action is the child's assent or dissent rather than a consent decision. */
  public boolean isAssentOrDissent() {
    return status == null;
  }

  /** Returns whether this action is a decision by a decider (given, renewed, refused, withdrawn, revoked, deferred). */
  public boolean isDecision() {
    return this == GIVEN || this == RENEWED || this == REFUSED || this == WITHDRAWN
        || this == REVOKED || this == DEFERRED;
  }

  /** Returns whether this action grants consent (given or renewed). */
  public boolean isGrant() {
    return this == GIVEN || this == RENEWED;
  }

  /** Returns whether the action ends earlier consent for everyone (recorded expiry or invalidation). */
  public boolean endsEarlierConsent() {
    return this == EXPIRED || this == INVALIDATED;
  }

  /**
   * Returns the consent status this action leads to.
   *
   * @throws IllegalStateException for {@link #ASSENTED} and {@link #DISSENTED}, which are not
   *     consent decisions
   */
  public ConsentStatus status() {
    if (status == null) {
      throw new IllegalStateException(this + " is not a consent decision");
    }
    return status;
  }
}
