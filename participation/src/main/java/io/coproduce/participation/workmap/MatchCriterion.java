package io.coproduce.participation.workmap;

/**
 * The parts of a bid a candidate partner's work can share, each worth a number of points
 * ({@link WorkMapRules#PARTNER_SOURCE}): objectives count most, since they say what the work is
 * for; then who it is for and where; then how and at which layer.
 */
public enum MatchCriterion {
  /** The partner's work serves one of the bid's objectives. */
  OBJECTIVE("workmap.partner.objective", "objective", 4),
  /** The partner's work is for one of the bid's age bands. */
  AGE_BAND("workmap.partner.age-band", "age band", 2),
  /** The partner's work is in one of the bid's regions (see {@link Region#meets}). */
  REGION("workmap.partner.region", "region", 2),
  /** The partner's work is at one of the bid's layers. */
  LAYER("workmap.partner.layer", "layer", 1),
  /** The partner's work uses one of the bid's methods. */
  METHOD("workmap.partner.method", "method", 1);

  private final String rule;
  private final String label;
  private final int points;

  MatchCriterion(String rule, String label, int points) {
    this.rule = rule;
    this.label = label;
    this.points = points;
  }

  /** Returns the stable rule name of a match on this criterion, for example {@code "workmap.partner.region"}. */
  public String rule() {
    return rule;
  }

  /** Returns a short label a person can read, for example {@code "age band"}. */
  public String label() {
    return label;
  }

  /** Returns the points one match on this criterion is worth. */
  public int points() {
    return points;
  }
}
