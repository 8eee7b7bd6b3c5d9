package io.coproduce.participation.forum;

/**
 * Why a term (of a membership or a representation link) ended before its planned last day. A
 * closed list on purpose: the library holds no free text about a person, and none of these
 * reasons says anything about a person's health, conduct or circumstances beyond the fact
 * itself.
 */
public enum TermEndReason {
  /** The person chose to step down. */
  STEPPED_DOWN("stepped down"),
  /** The person left the age range the forum is for (for example the 0-25 remit). */
  AGED_OUT("aged out of the forum's age range"),
  /** The person moved out of the area the forum covers. */
  MOVED_AWAY("moved out of the area"),
  /** The person no longer works for, or uses, the organisation that holds the seat. */
  LEFT_ORGANISATION("left the organisation"),
  /** The person took another role in the same forum (a new membership follows). */
  CHANGED_ROLE("changed role"),
  /** The forum closed or merged into another. */
  FORUM_CLOSED("forum closed"),
  /** The seat was reorganised: the forum or link was restructured. */
  RESTRUCTURED("restructured"),
  /** No reason was recorded, or the person preferred not to give one. */
  NOT_STATED("not stated");

  private final String label;

  TermEndReason(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "stepped down"}. */
  public String label() {
    return label;
  }
}
