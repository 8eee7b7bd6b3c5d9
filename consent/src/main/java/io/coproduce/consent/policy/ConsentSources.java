package io.coproduce.consent.policy;

import io.coproduce.core.rule.RuleSource;

/**
 * The sources the consent rules cite in more than one place, defined once so that a policy's
 * reasons, a gate's findings and a ledger's statuses name a rule in the same words.
 */
public final class ConsentSources {

  /** Why a child's assent is sought beside someone else's consent, and not under 5. */
  public static final RuleSource ASSENT = RuleSource.guidance(
      "UN Convention on the Rights of the Child Art 12; MRC Ethics Guide, Medical research involving"
          + " children (assent commonly not sought under 5)");

  /** Why a child's dissent blocks, whatever the adults decided. */
  public static final RuleSource DISSENT_BLOCKS = RuleSource.libraryDefault(
      "A child's dissent blocks participation; organisations may not override it for non-essential"
          + " activities (UN Convention on the Rights of the Child Art 12)");

  /** Why one holder of parental responsibility may consent alone. */
  public static final RuleSource ONE_HOLDER = RuleSource.law(
      "Children Act 1989 s.2(7) (each holder may act alone); Children (Northern Ireland) Order 1995"
          + " art.5(6); Children (Scotland) Act 1995 s.2(2)");

  /** What a consent's status means: the W3C Data Privacy Vocabulary's terms. */
  public static final RuleSource DPV_STATUS = RuleSource.guidance(
      "W3C Data Privacy Vocabulary (DPV) consent status; the status is derived from the recorded history");

  /** Why a new major version of the information a consent rested on needs consent again. */
  public static final RuleSource MATERIAL_CHANGE = RuleSource.libraryDefault(
      "A new major version of the information a consent rested on is a material change"
          + " (UK GDPR Art 4(11), Art 7: consent must be informed)");

  /** Why a withdrawal takes effect at once. */
  public static final RuleSource WITHDRAWAL = RuleSource.law(
      "UK GDPR Art 7(3) (consent may be withdrawn at any time; effective from then)");

  private ConsentSources() {}
}
