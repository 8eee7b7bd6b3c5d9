package io.coproduce.participation.engagement;

/** How far parents or carers must be involved when children of an age band take part. */
public enum ParentInvolvement {
  /** Not needed beyond consent where consent is theirs to give. */
  NOT_NEEDED,
  /** Good practice: invite a parent or carer to join or to stay close. */
  RECOMMENDED,
  /** Children this young take part through a parent or carer, who must be there. */
  REQUIRED;

  /** Returns whether this is at least as demanding as {@code other}. */
  public boolean isAtLeast(ParentInvolvement other) {
    return compareTo(other) >= 0;
  }
}
