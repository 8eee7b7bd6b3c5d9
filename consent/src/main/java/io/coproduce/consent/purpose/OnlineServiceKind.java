package io.coproduce.consent.purpose;

/** What kind of online service a platform is, which decides whether UK GDPR Art 8 applies. */
public enum OnlineServiceKind {
  /**
   * An information society service offered directly to a child: UK GDPR Art 8 applies, so
   * below the online consent age a parental-responsibility holder must give or authorise consent.
   */
  INFORMATION_SOCIETY_SERVICE,
  /**
   * A preventive or counselling service offered directly to a child: Art 8 does not apply
   * (UK GDPR recital 38; Data Protection Act 2018 s.9(b)), so the general capacity rules do.
   */
  PREVENTIVE_OR_COUNSELLING_SERVICE
}
