package io.coproduce.participation.quality;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;

/**
 * The eight rungs of Hart's ladder of participation (Hart 1992, {@link
 * QualityRules#HART_SOURCE}), lowest first: the declaration order is the ladder's, so {@link
 * #isAtLeast(HartRung)} compares by it. The three lowest are non-participation; the five above
 * are degrees of participation.
 */
public enum HartRung {
  /** Adults use young people's voices for their own ends, and young people are not told. */
  MANIPULATION(1, "manipulation"),
  /** Young people are there to be seen (in pictures, on a stage), not heard. */
  DECORATION(2, "decoration"),
  /** Young people appear to have a say, but it changes nothing and they hear nothing back. */
  TOKENISM(3, "tokenism"),
  /** Adults assign young people a part and keep them informed. */
  ASSIGNED_BUT_INFORMED(4, "assigned but informed"),
  /** Adults run it, young people's views are asked and acted on, and they are told the outcome. */
  CONSULTED_AND_INFORMED(5, "consulted and informed"),
  /** Adults started it, and decisions are shared with young people. */
  ADULT_INITIATED_SHARED_DECISIONS(6, "adult-initiated, shared decisions with young people"),
  /** Young people started it and direct it. */
  CHILD_INITIATED_AND_DIRECTED(7, "initiated and directed by young people"),
  /** Young people started it and share decisions with adults. */
  CHILD_INITIATED_SHARED_DECISIONS(8, "initiated by young people, shared decisions with adults");

  private final int number;
  private final String label;

  HartRung(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /**
   * Returns the rung numbered {@code number}.
   *
   * @throws InvalidInputException naming {@code hartRung} when it is not 1 to 8
   */
  public static HartRung ofNumber(int number) {
    if (number < 1 || number > 8) {
      throw InvalidInputException.of("hartRung", "must be 1 to 8", number);
    }
    return values()[number - 1];
  }

  /** Returns the rung's number on the ladder, 1 to 8. */
  public int number() {
    return number;
  }

  /** Returns a short label a person can read, for example {@code "tokenism"}. */
  public String label() {
    return label;
  }

  /** Returns whether this rung is a degree of participation (4 or above), not non-participation. */
  public boolean isParticipation() {
    return number >= 4;
  }

  /** Returns whether this rung is at least as high as {@code other}. */
  public boolean isAtLeast(HartRung other) {
    return compareTo(other) >= 0;
  }

  /** Returns the source of the ladder, {@link QualityRules#HART_SOURCE}. */
  public RuleSource source() {
    return QualityRules.HART_SOURCE;
  }
}
