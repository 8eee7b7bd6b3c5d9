package io.coproduce.examples.scenario;

/** What a young person did, in an {@link ActivityFact}. */
public enum ActivityKind {
  /** Attended a session. */
  ATTENDED_SESSION,
  /** Made a contribution (an idea, a priority, a concern, feedback). */
  CONTRIBUTED
}
