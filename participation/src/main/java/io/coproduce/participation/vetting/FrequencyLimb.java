package io.coproduce.participation.vetting;

/** The parts of the Disclosure and Barring Service's test that make work with children regulated activity. */
public enum FrequencyLimb {
  /** Once a week or more often. */
  WEEKLY("once a week or more often"),
  /** On four or more days in any period of 30 days. */
  FOUR_DAYS_IN_THIRTY("on 4 or more days in a 30-day period"),
  /** Overnight, at any time between 2am and 6am. */
  OVERNIGHT("overnight between 2am and 6am"),
  /** Health or personal care, which counts even once. */
  PERSONAL_CARE("health or personal care, which counts even once");

  private final String description;

  FrequencyLimb(String description) {
    this.description = description;
  }

  /** Returns the limb in words. */
  public String description() {
    return description;
  }
}
