package io.coproduce.examples.scenario;

import io.coproduce.participation.safeguarding.SessionChecker;
import java.util.Set;

/**
 * A safeguarding fault the generator plants in a session plan on purpose, for trainees to find,
 * with the session-check rules (blockers) the fault must produce and nothing else. The rules come
 * from {@link SessionChecker}: NSPCC ratios and the two-adult minimum, the DBS rule on unchecked
 * adults alone with children, mixed-age groups, online staffing and platform minimum ages.
 */
public enum SessionFault {
  /** Too few adults for the NSPCC ratio of the youngest child present (two staff, a toddler and older children). */
  TOO_FEW_ADULTS_FOR_RATIO(Set.of(SessionChecker.RATIO_RULE)),
  /** A guest with no vetting check whom the plan may leave alone with children. */
  UNVETTED_ADULT_ALONE(Set.of(SessionChecker.ALONE_RULE)),
  /**
   * One staff member plus a young adult who is a participant, as if the young adult were the
   * second supervisor: participants never count, so the two-adult minimum is missed.
   */
  YOUNG_ADULT_PARTICIPANT_AS_SUPERVISOR(Set.of(SessionChecker.TWO_ADULTS_RULE)),
  /** Under-18s with participants aged 18-25 and no recorded decision on how they are safeguarded. */
  MIXED_AGES_WITHOUT_DECISION(Set.of(SessionChecker.MIXED_AGES_RULE)),
  /** An online session on a platform whose own minimum age (16) is above some attendees' ages. */
  PLATFORM_BELOW_MINIMUM_AGE(Set.of(SessionChecker.PLATFORM_AGE_RULE)),
  /** A live online session with children and only one member of staff. */
  ONLINE_WITH_ONE_STAFF(Set.of(SessionChecker.ONLINE_STAFF_RULE, SessionChecker.TWO_ADULTS_RULE));

  private final Set<String> rules;

  SessionFault(Set<String> rules) {
    this.rules = rules;
  }

  /** Returns the rules whose blockers the session check must report for this fault, and no others. */
  public Set<String> expectedBlockingRules() {
    return rules;
  }
}
