package io.coproduce.participation.finding;

/** How much a finding matters, most serious first. */
public enum Severity {
  /** The thing must not go ahead as planned until this is put right. */
  BLOCKER,
  /** It may go ahead, but someone responsible should look at this first. */
  WARNING,
  /** Good practice the plan does not follow; nothing is unsafe or unlawful. */
  ADVICE;

  /** Returns whether this severity is at least as serious as {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
