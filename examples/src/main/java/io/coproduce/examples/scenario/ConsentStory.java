package io.coproduce.examples.scenario;

import io.coproduce.consent.gate.FindingKind;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import java.util.Objects;

/**
 * A consent history the generator plants for one young person, with what the consent gate must
 * answer for the story's purpose at the scenario's reference instant: allowed or not, and the
 * finding that explains it. Every story appears at least once in every scenario; young people
 * without a story hold ordinary valid consents.
 */
public enum ConsentStory {
  /** A young person of 16 or over refused photographs. */
  REFUSED_BY_YOUNG_PERSON(false, FindingKind.REFUSED_BY_YOUNG_PERSON),
  /** A parent refused photographs of a child under 12. */
  REFUSED_BY_PARENT(false, FindingKind.REFUSED_BY_SURROGATE),
  /** A parent consented but the child (5 or over) dissented. */
  CHILD_DISSENTED(false, FindingKind.DISSENTED),
  /** A young person of 16 or over consented and later withdrew. */
  WITHDRAWN(false, FindingKind.WITHDRAWN),
  /** A parent consented, the child assented, and the parent later revoked the consent. */
  REVOKED_BY_PARENT(false, FindingKind.REVOKED),
  /** Consent given for three months, which ran out before the reference date. */
  EXPIRED(false, FindingKind.EXPIRED),
  /** Consent rested on version 1.0 of the main information sheet; version 2.0 has since been published. */
  INFORMATION_SHEET_CHANGED(false, FindingKind.RECONSENT_AFTER_MATERIAL_CHANGE),
  /** Consent rested on version 1.0 of the photo sheet; only a correction (1.1) followed, so it stands. */
  INFORMATION_SHEET_CORRECTED(true, FindingKind.OWN_CONSENT),
  /** A parent consented before the young person's 16th birthday, which fell inside the window. */
  TURNED_16(false, FindingKind.RECONSENT_AFTER_AGE_TRANSITION),
  /** In Scotland, a parent consented to a data decision before the child turned 12 inside the window. */
  TURNED_12_IN_SCOTLAND(false, FindingKind.RECONSENT_AFTER_AGE_TRANSITION),
  /** A parent consented to an online platform before the child turned 13 inside the window. */
  TURNED_13_ONLINE(false, FindingKind.RECONSENT_AFTER_AGE_TRANSITION,
      Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE)),
  /** A parent refused; the child under 16 was assessed Gillick-competent and consented for themself. */
  GILLICK_COMPETENT_OVERRIDES_PARENT(true, FindingKind.OVERRIDES_PARENTAL_REFUSAL),
  /** The child was assessed not capable of the decision; a parent consented and the child assented. */
  ASSESSED_NOT_CAPABLE(true, FindingKind.ASSESSED_NOT_CAPABLE),
  /** Consent was asked for and nobody has decided yet. */
  NO_DECISION_YET(false, FindingKind.NEEDS_SURROGATE_CONSENT),
  /** A young person of 16 or over put off deciding. */
  DEFERRED(false, FindingKind.DEFERRED),
  /** A looked-after child under a care order: the parent refused, the local authority consented. */
  LOOKED_AFTER_AUTHORITY_DECIDES(true, FindingKind.LOCAL_AUTHORITY_PREVAILS);

  private final boolean allowed;
  private final FindingKind finding;
  private final Purpose purpose;

  ConsentStory(boolean allowed, FindingKind finding) {
    this(allowed, finding, Purpose.photography());
  }

  ConsentStory(boolean allowed, FindingKind finding, Purpose purpose) {
    this.allowed = allowed;
    this.finding = Objects.requireNonNull(finding);
    this.purpose = purpose;
  }

  /** Returns whether the gate must allow the story's purpose at the reference instant. */
  public boolean expectedAllowed() {
    return allowed;
  }

  /** Returns the finding the gate's decision must hold at the reference instant. */
  public FindingKind expectedFinding() {
    return finding;
  }

  /** Returns the purpose the story is about (photographs, or an online platform). */
  public Purpose purpose() {
    return purpose;
  }
}
