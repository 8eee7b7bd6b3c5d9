package io.coproduce.participation.workmap;

/** How a workstream is paid for, as its member declares it. */
public enum FundingStatus {
  /** Fully funded for its active dates. */
  FUNDED("funded"),
  /** Partly funded: some of the work still needs money. */
  PART_FUNDED("part-funded"),
  /** Not funded and not currently bidding: the member carries it from its own resources. */
  UNFUNDED("unfunded"),
  /** Not yet funded, and the member is seeking funding for it (a likely bid partner). */
  SEEKING_FUNDING("seeking funding");

  private final String label;

  FundingStatus(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "part-funded"}. */
  public String label() {
    return label;
  }

  /** Returns whether the work still needs money: part-funded, unfunded or seeking funding. */
  public boolean needsFunding() {
    return this != FUNDED;
  }
}
