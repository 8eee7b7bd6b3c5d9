package io.coproduce.reporting.influence;

/** The names of the rules behind the influence report's measures, as they appear in its reasons. */
public final class InfluenceRules {
  /** The median days from a contribution to its first feedback. */
  public static final String MEDIAN_DAYS_TO_FEEDBACK = "influence.median-days-to-feedback";

  private InfluenceRules() {}
}
