package io.coproduce.consent.fhir;

import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.util.Objects;

/**
 * The law a consent decision rests on, as the URI exported in FHIR {@code Consent.policy.uri}:
 * a section on legislation.gov.uk, or for Gillick competence the House of Lords judgment on
 * BAILII. Chosen by the authority the decision was made on and the UK nation whose law applied;
 * the citations match those the consent policy names in its reasons. Stateless and thread-safe.
 */
final class LegalBasis {

  /** UK GDPR Art 7, conditions for consent: the basis of a request, which is not yet a decision. */
  static final String CONDITIONS_FOR_CONSENT = "https://www.legislation.gov.uk/eur/2016/679/article/7";

  private static final String LEGISLATION = "https://www.legislation.gov.uk/";

  private LegalBasis() {}

  /**
   * Returns the URI of the law a decision on {@code authority} rests on in {@code nation}, or
   * {@link #CONDITIONS_FOR_CONSENT} when there is no authority (a request).
   */
  static String uri(DecisionAuthority authority, Jurisdiction nation) {
    Objects.requireNonNull(nation, "nation");
    if (authority == null) {
      return CONDITIONS_FOR_CONSENT;
    }
    boolean scotland = nation == Jurisdiction.SCOTLAND;
    boolean northernIreland = nation == Jurisdiction.NORTHERN_IRELAND;
    return switch (authority) {
      // Family Law Reform Act 1969 s.1; Age of Legal Capacity (Scotland) Act 1991 s.1;
      // Age of Majority Act (Northern Ireland) 1969 s.1.
      case SELF_ADULT -> scotland ? LEGISLATION + "ukpga/1991/50/section/1"
          : northernIreland ? LEGISLATION + "apni/1969/28/section/1"
          : LEGISLATION + "ukpga/1969/46/section/1";
      // Mental Capacity Act 2005 s.1; 1991 Act s.1; Mental Capacity Act (Northern Ireland) 2016 s.1.
      case SELF_AGED_16_OR_OVER -> scotland ? LEGISLATION + "ukpga/1991/50/section/1"
          : northernIreland ? LEGISLATION + "nia/2016/18/section/1"
          : LEGISLATION + "ukpga/2005/9/section/1";
      // Age of Legal Capacity (Scotland) Act 1991 s.2(4); elsewhere Gillick v West Norfolk and
      // Wisbech AHA [1986] AC 112, [1985] UKHL 7.
      case SELF_ASSESSED_CAPABLE -> scotland ? LEGISLATION + "ukpga/1991/50/section/2"
          : "https://www.bailii.org/uk/cases/UKHL/1985/7.html";
      // Data Protection Act 2018 s.208.
      case SELF_SCOTLAND_12_OR_OVER_DATA -> LEGISLATION + "ukpga/2018/12/section/208";
      // UK GDPR Art 8 (the age itself is set by Data Protection Act 2018 s.9).
      case SELF_ONLINE_CONSENT_AGE -> LEGISLATION + "eur/2016/679/article/8";
      // Children Act 1989 s.3; Children (Scotland) Act 1995 s.2; Children (NI) Order 1995 art.6.
      case PARENTAL_RESPONSIBILITY -> scotland ? LEGISLATION + "ukpga/1995/36/section/2"
          : northernIreland ? LEGISLATION + "nisi/1995/755/article/6"
          : LEGISLATION + "ukpga/1989/41/section/3";
      // Children Act 1989 s.33(3); Adoption and Children (Scotland) Act 2007 s.80 (permanence
      // orders); Children (NI) Order 1995 art.52.
      case LOCAL_AUTHORITY_CARE_ORDER -> scotland ? LEGISLATION + "asp/2007/4/section/80"
          : northernIreland ? LEGISLATION + "nisi/1995/755/article/52"
          : LEGISLATION + "ukpga/1989/41/section/33";
      // Children Act 1989 s.8; Children (Scotland) Act 1995 s.11; Children (NI) Order 1995 art.8.
      case COURT -> scotland ? LEGISLATION + "ukpga/1995/36/section/11"
          : northernIreland ? LEGISLATION + "nisi/1995/755/article/8"
          : LEGISLATION + "ukpga/1989/41/section/8";
      // Medicines for Human Use (Clinical Trials) Regulations 2004 Sch 1 (UK-wide).
      case LEGAL_REPRESENTATIVE -> LEGISLATION + "uksi/2004/1031/schedule/1";
    };
  }
}
