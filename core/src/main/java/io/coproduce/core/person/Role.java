package io.coproduce.core.person;

/** The part a person plays in co-production. A person may hold several roles. */
public enum Role {
  /** A child or young person (0-25) taking part. */
  YOUNG_PERSON,
  /** A parent or carer, taking part or deciding for a child. */
  PARENT_OR_CARER,
  /** A practitioner in a service (clinician, teacher, youth worker). */
  PRACTITIONER,
  /** Someone who runs sessions. */
  FACILITATOR,
  /** The person responsible for safeguarding at a session or in an organisation. */
  SAFEGUARDING_LEAD,
  /** Someone with power to act on young people's views (a commissioner, a board member). */
  DECISION_MAKER
}
