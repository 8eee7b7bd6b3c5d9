package io.coproduce.consent.event;

/** Why a consent was invalidated. */
public enum InvalidationGround {
  /** A court or other authority decided it no longer stands. */
  AUTHORITY_DECISION,
  /** What it rested on changed (the activity, the partner, the risks). */
  INFORMATION_CHANGED,
  /** It was recorded for the wrong person or purpose. */
  RECORDED_IN_ERROR,
  /** The person who gave it had no authority to do so. */
  DECIDER_WITHOUT_AUTHORITY
}
