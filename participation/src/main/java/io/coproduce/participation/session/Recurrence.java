package io.coproduce.participation.session;

/**
 * Whether a session is a one-off or one of a regular series. A weekly series meets the DBS
 * "once a week or more" frequency test for the adults who work in it from its first session.
 */
public enum Recurrence {
  /** A single session. */
  ONE_OFF,
  /** One of a series held every week or more often. */
  WEEKLY,
  /** One of a series held every two weeks. */
  FORTNIGHTLY,
  /** One of a series held every month or less often. */
  MONTHLY
}
