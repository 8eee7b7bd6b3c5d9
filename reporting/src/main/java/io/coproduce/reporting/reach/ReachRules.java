package io.coproduce.reporting.reach;

/** The names of the rules the reach and equity report applies, as they appear in its reasons. */
public final class ReachRules {
  /** A group whose representation ratio is below the equity policy's threshold. */
  public static final String UNDER_SERVED = "reach.under-served";
  /** How the share of people in a group is computed. */
  public static final String SHARE_OF_PEOPLE = "reach.share-of-people";
  /** How the representation ratio is computed. */
  public static final String REPRESENTATION_RATIO = "reach.representation-ratio";

  private ReachRules() {}
}
