package io.coproduce.participation.quality;

/**
 * Who started a piece of co-production: a fact the host supplies, since the records of sessions
 * and contributions cannot show it. It separates the top rungs of Hart's ladder (7 and 8 are
 * initiated by young people, 6 by adults).
 */
public enum Initiator {
  /** Young people proposed and started it. */
  YOUNG_PEOPLE("young people"),
  /** An adult or an organisation started it. */
  ADULTS("adults or an organisation"),
  /**
   * Not recorded: read as started by adults (the protective reading, {@link
   * QualityRules#UNKNOWN_INITIATOR_SOURCE}).
   */
  UNKNOWN("not recorded");

  private final String label;

  Initiator(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "young people"}. */
  public String label() {
    return label;
  }

  /** Returns whether young people are known to have started it (only {@link #YOUNG_PEOPLE}). */
  public boolean isYoungPeople() {
    return this == YOUNG_PEOPLE;
  }
}
