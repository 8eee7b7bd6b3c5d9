package io.coproduce.participation.session;

/**
 * Why an adult is at a session. Only {@link #STAFF} and {@link #VOLUNTEER} supervise: parents,
 * carers and guests are there for another reason and are never counted towards supervision
 * ratios (a protective reading; they may leave, and their attention is on their own child).
 */
public enum AdultRole {
  /** Paid staff of the organisation running the session (facilitators, youth workers). */
  STAFF(true),
  /** A volunteer helping to run the session. */
  VOLUNTEER(true),
  /** A parent or carer accompanying their own child. */
  PARENT_OR_CARER(false),
  /** A guest: a decision-maker, a speaker, an observer. */
  GUEST(false);

  private final boolean supervises;

  AdultRole(boolean supervises) {
    this.supervises = supervises;
  }

  /** Returns whether adults in this role supervise children and count towards ratios. */
  public boolean supervises() {
    return supervises;
  }
}
