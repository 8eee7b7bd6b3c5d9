package io.coproduce.participation.forum;

/**
 * What kind of group a forum is. The kind does not say whether young people sit on it: that is
 * read from the forum's members on a date (see {@link ForumNetwork#isYoungPeoplesForum}).
 */
public enum ForumKind {
  /** A group of young people who advise a service or organisation. */
  YOUTH_ADVISORY_GROUP("youth advisory group"),
  /** A group that steers a partnership, programme or coalition. */
  STEERING_GROUP("steering group"),
  /** A panel (a recruitment, grants or scrutiny panel, say). */
  PANEL("panel"),
  /** A board (of trustees, a partnership board, an integrated care board). */
  BOARD("board"),
  /** A group consulted for reference on a piece of work. */
  REFERENCE_GROUP("reference group");

  private final String label;

  ForumKind(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "steering group"}. */
  public String label() {
    return label;
  }
}
