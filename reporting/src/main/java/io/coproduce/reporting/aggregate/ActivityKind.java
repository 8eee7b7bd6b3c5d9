package io.coproduce.reporting.aggregate;

/** What a person did in an activity event; every group counts each kind separately. */
public enum ActivityKind {
  /** Took part (attended a session or a forum meeting, answered a survey). */
  TOOK_PART,
  /** Made a contribution (an idea, a priority, feedback on a service). */
  CONTRIBUTED,
  /** Heard back: received feedback on what happened to their contribution. */
  HEARD_BACK;

  /** The number of kinds. */
  public static final int COUNT = values().length;
}
