package io.coproduce.consent.event;

/**
 * On what authority a decision was made. The young person decides for themself on one of the
 * {@code SELF_} authorities; everyone else on one of the others.
 */
public enum DecisionAuthority {
  /** The young person, 18 or over: an adult. */
  SELF_ADULT(true),
  /** The young person, 16 or 17: capacity presumed (Mental Capacity Act 2005 s.1(2); Age of Legal Capacity (Scotland) Act 1991 s.1). */
  SELF_AGED_16_OR_OVER(true),
  /** The young person under 16, assessed capable of this decision (Gillick; Age of Legal Capacity (Scotland) Act 1991 s.2(4)). */
  SELF_ASSESSED_CAPABLE(true),
  /** The young person in Scotland, 12 or over, presumed capable of a data-protection decision (Data Protection Act 2018 s.208). */
  SELF_SCOTLAND_12_OR_OVER_DATA(true),
  /** The young person at or over the online consent age for an information society service (UK GDPR Art 8). */
  SELF_ONLINE_CONSENT_AGE(true),
  /** A person with parental responsibility. */
  PARENTAL_RESPONSIBILITY(false),
  /** The local authority, holding parental responsibility under a care order. */
  LOCAL_AUTHORITY_CARE_ORDER(false),
  /** A court. */
  COURT(false),
  /** A legal representative (for a clinical trial of a medicine where no parent is available). */
  LEGAL_REPRESENTATIVE(false);

  private final boolean self;

  DecisionAuthority(boolean self) {
    this.self = self;
  }

  /** Returns whether the young person decided for themself. */
  public boolean isSelf() {
    return self;
  }
}
