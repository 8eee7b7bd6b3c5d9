package io.coproduce.consent.gate;

import io.coproduce.consent.policy.ConsentSources;
import io.coproduce.core.rule.RuleSource;

/**
 * What a consent check found about one purpose. Each kind has a stable rule name, a {@link Role}
 * (does it satisfy, block, offer another way, or only explain) and the source of the rule.
 */
public enum FindingKind {
  /** The young person's own consent stands. */
  OWN_CONSENT(Role.SATISFIES, "consent.gate.own-consent", Sources.DECIDES),
  /** A parental-responsibility holder's (or local authority's, court's, legal representative's) consent stands. */
  SURROGATE_CONSENT(Role.SATISFIES, "consent.gate.surrogate-consent", Sources.ONE_HOLDER),
  /** The child's assent stands beside someone else's consent. */
  ASSENT(Role.SATISFIES, "consent.gate.assent", Sources.ASSENT),
  /** The young person's own consent is needed. */
  NEEDS_OWN_CONSENT(Role.BLOCKS, "consent.gate.needs-own-consent", Sources.DECIDES),
  /** Consent from a person with parental responsibility (or the local authority, a court) is needed. */
  NEEDS_SURROGATE_CONSENT(Role.BLOCKS, "consent.gate.needs-surrogate-consent", Sources.ONE_HOLDER),
  /** The child's assent is needed beside someone else's consent. */
  NEEDS_ASSENT(Role.BLOCKS, "consent.gate.needs-assent", Sources.ASSENT),
  /** A capacity assessment for this decision would let the young person decide for themself. */
  NEEDS_CAPACITY_ASSESSMENT(Role.ALTERNATIVE, "consent.gate.needs-capacity-assessment", Sources.GILLICK),
  /** The child dissented. */
  DISSENTED(Role.BLOCKS, "consent.gate.dissented", Sources.DISSENT),
  /** The young person refused. */
  REFUSED_BY_YOUNG_PERSON(Role.BLOCKS, "consent.gate.refused-by-young-person", Sources.DECIDES),
  /** Someone with authority for the young person refused. */
  REFUSED_BY_SURROGATE(Role.BLOCKS, "consent.gate.refused-by-surrogate", Sources.ONE_HOLDER),
  /** The young person withdrew consent. */
  WITHDRAWN(Role.BLOCKS, "consent.gate.withdrawn", Sources.WITHDRAWAL),
  /** Someone else revoked the consent they gave. */
  REVOKED(Role.BLOCKS, "consent.gate.revoked", Sources.WITHDRAWAL),
  /** The consent's validity ended. */
  EXPIRED(Role.BLOCKS, "consent.gate.expired", Sources.EXPIRY),
  /** The organisation or an authority invalidated the consent. */
  INVALIDATED(Role.BLOCKS, "consent.gate.invalidated", Sources.DPV),
  /** The consent applies only from a later instant. */
  NOT_YET_VALID(Role.BLOCKS, "consent.gate.not-yet-valid", Sources.EXPIRY),
  /** The decider postponed the decision. */
  DEFERRED(Role.BLOCKS, "consent.gate.deferred", Sources.DPV),
  /** Someone else's consent no longer suffices since a birthday: the young person must re-confirm it. */
  RECONSENT_AFTER_AGE_TRANSITION(Role.BLOCKS, "consent.gate.reconsent-after-birthday", Sources.DECIDES),
  /** The information the consent rested on changed materially: consent must be sought again. */
  RECONSENT_AFTER_MATERIAL_CHANGE(Role.BLOCKS, "consent.gate.reconsent-after-material-change", Sources.MATERIAL),
  /** People with parental responsibility disagree: one consented, another refused. */
  HOLDERS_DISAGREE(Role.BLOCKS, "consent.gate.holders-disagree", Sources.DISAGREEMENT),
  /** A capable young person's own decision stands over a parent's refusal. */
  OVERRIDES_PARENTAL_REFUSAL(Role.NOTE, "consent.gate.capable-overrides-refusal", Sources.GILLICK),
  /** The local authority's decision under a care order prevails over a parent's. */
  LOCAL_AUTHORITY_PREVAILS(Role.NOTE, "consent.gate.local-authority-prevails", Sources.CARE_ORDER),
  /** A recorded decision does not count: the decider had no authority for it then. */
  DECIDER_WITHOUT_AUTHORITY(Role.NOTE, "consent.gate.decider-without-authority", Sources.ONE_HOLDER),
  /** The young person's own recorded decision does not count for this purpose at their age. */
  OWN_DECISION_NOT_COUNTED(Role.NOTE, "consent.gate.own-decision-not-counted", Sources.DECIDES),
  /** The latest capacity assessment found the young person not capable of this decision. */
  ASSESSED_NOT_CAPABLE(Role.NOTE, "consent.gate.assessed-not-capable", Sources.GILLICK),
  /** The latest capacity assessment is older than the organisation accepts. */
  ASSESSMENT_STALE(Role.NOTE, "consent.gate.assessment-stale", Sources.ORGANISATION);

  /** What a finding does to the answer. */
  public enum Role {
    /** Part of what makes the purpose allowed. */
    SATISFIES,
    /** Stops the purpose being allowed. */
    BLOCKS,
    /** Another way the purpose could become allowed. */
    ALTERNATIVE,
    /** Explains a fact the check used. */
    NOTE
  }

  private final Role role;
  private final String rule;
  private final RuleSource source;

  FindingKind(Role role, String rule, RuleSource source) {
    this.role = role;
    this.rule = rule;
    this.source = source;
  }

  /** Returns what the finding does to the answer. */
  public Role role() {
    return role;
  }

  /** Returns the stable rule name, for example {@code consent.gate.withdrawn}. */
  public String rule() {
    return rule;
  }

  /** Returns where the rule comes from. */
  public RuleSource source() {
    return source;
  }

  /** Returns whether the finding names something missing (it blocks, or is another way). */
  public boolean isGap() {
    return role == Role.BLOCKS || role == Role.ALTERNATIVE;
  }

  private static final class Sources {
    static final RuleSource DECIDES = RuleSource.law(
        "Mental Capacity Act 2005 s.1(2); Family Law Reform Act 1969 s.8; Age of Legal Capacity"
            + " (Scotland) Act 1991 ss.1-2; Gillick v West Norfolk and Wisbech AHA [1986] AC 112");
    static final RuleSource ONE_HOLDER = ConsentSources.ONE_HOLDER;
    static final RuleSource ASSENT = ConsentSources.ASSENT;
    static final RuleSource GILLICK = RuleSource.law(
        "Gillick v West Norfolk and Wisbech AHA [1986] AC 112; Age of Legal Capacity (Scotland) Act 1991 s.2(4)");
    static final RuleSource DISSENT = ConsentSources.DISSENT_BLOCKS;
    static final RuleSource WITHDRAWAL = ConsentSources.WITHDRAWAL;
    static final RuleSource EXPIRY = RuleSource.libraryDefault(
        "Consent given for a period applies only within it");
    static final RuleSource DPV = ConsentSources.DPV_STATUS;
    static final RuleSource MATERIAL = ConsentSources.MATERIAL_CHANGE;
    static final RuleSource DISAGREEMENT = RuleSource.libraryDefault(
        "Where holders of parental responsibility disagree, the protective reading: no consent until"
            + " they agree or a court decides (Children Act 1989 s.8 specific issue order)");
    static final RuleSource CARE_ORDER = RuleSource.law(
        "Children Act 1989 s.33(3)(b) (the local authority may determine how parents exercise"
            + " parental responsibility)");
    static final RuleSource ORGANISATION = RuleSource.organisationPolicy(
        "The organisation's own consent policy (how long a capacity assessment stays current)");

    private Sources() {}
  }
}
