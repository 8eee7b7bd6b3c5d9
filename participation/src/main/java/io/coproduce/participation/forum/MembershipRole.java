package io.coproduce.participation.forum;

/**
 * The part a person plays in a forum. Roles that take part in the forum's discussion and
 * decisions {@linkplain #carriesVoice() carry voice}; a facilitator supports the forum and an
 * observer watches it, so neither counts when asking whether a forum has young people's
 * representation.
 */
public enum MembershipRole {
  /** An ordinary member. */
  MEMBER("member", true),
  /** The chair. */
  CHAIR("chair", true),
  /** One of two or more people who chair together (a young person and an adult, say). */
  CO_CHAIR("co-chair", true),
  /** A young person who holds a seat to speak for young people. */
  YOUTH_REPRESENTATIVE("youth representative", true),
  /** Someone who links this forum with a partner's forum. */
  LIAISON("liaison", true),
  /** Someone who runs the forum's meetings and supports its members; not a voice in it. */
  FACILITATOR("facilitator", false),
  /** Someone who attends to watch or learn, without a voice in the forum's decisions. */
  OBSERVER("observer", false);

  private final String label;
  private final boolean carriesVoice;

  MembershipRole(String label, boolean carriesVoice) {
    this.label = label;
    this.carriesVoice = carriesVoice;
  }

  /** Returns a short label a person can read, for example {@code "co-chair"}. */
  public String label() {
    return label;
  }

  /**
   * Returns whether someone in this role takes part in the forum's discussion and decisions, so
   * that a young person in it gives the forum young people's representation.
   */
  public boolean carriesVoice() {
    return carriesVoice;
  }
}
