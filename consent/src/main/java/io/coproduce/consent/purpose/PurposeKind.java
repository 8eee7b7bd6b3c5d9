package io.coproduce.consent.purpose;

/**
 * The kinds of thing a child or young person may be asked to agree to, each a separate,
 * time-limited decision. Some kinds take a qualifier (see {@link Purpose}). The set is closed;
 * an organisation adds its own purposes with {@link #ORGANISATION_DEFINED}.
 *
 * <p>{@link #isPersonalDataDecision()} says whether the decision is about processing the young
 * person's personal data (a photograph, a quote, sharing with a partner). It matters in
 * Scotland, where a child of 12 or over is presumed capable of exercising data-protection
 * rights (Data Protection Act 2018 s.208).
 */
public enum PurposeKind {
  /** Taking part in the activity itself. */
  TAKING_PART(false, "taking part in the activity"),
  /** Being contacted afterwards (invitations, feedback). */
  CONTACT(true, "being contacted"),
  /** Being photographed. */
  PHOTOGRAPHY(true, "being photographed"),
  /** Being filmed. */
  VIDEO(true, "being filmed"),
  /** Being audio-recorded. */
  AUDIO_RECORDING(true, "being audio-recorded"),
  /** Being quoted; qualified by a {@link QuoteAttribution}. */
  QUOTATION(true, "being quoted"),
  /** Being named or credited publicly. */
  PUBLIC_CREDIT(true, "being named or credited publicly"),
  /** Publication of what the young person contributed. */
  PUBLICATION(true, "publication of their contributions"),
  /** Sharing with a named partner, commissioner or funder; qualified by the organisation's id. */
  SHARING(true, "sharing with a named partner"),
  /** Research use; qualified by a {@link ResearchKind}. */
  RESEARCH(false, "research use"),
  /** Receiving payment or vouchers. */
  PAYMENT(false, "receiving payment or vouchers"),
  /** Using an online platform; qualified by an {@link OnlineServiceKind}. */
  ONLINE_SERVICE(true, "using an online platform"),
  /**
   * A purpose the organisation defines, qualified by its own code. Treated as not a
   * personal-data decision, the reading that keeps a parent involved where the law is unclear.
   */
  ORGANISATION_DEFINED(false, "an organisation-defined purpose");

  private final boolean personalDataDecision;
  private final String description;

  PurposeKind(boolean personalDataDecision, String description) {
    this.personalDataDecision = personalDataDecision;
    this.description = description;
  }

  /** Returns whether the decision is about processing the young person's personal data. */
  public boolean isPersonalDataDecision() {
    return personalDataDecision;
  }

  /** Returns a short description, for explanations ("being photographed"). */
  public String description() {
    return description;
  }

  /** Returns whether purposes of this kind carry a qualifier. */
  public boolean isQualified() {
    return this == QUOTATION || this == SHARING || this == RESEARCH || this == ONLINE_SERVICE
        || this == ORGANISATION_DEFINED;
  }
}
