package io.coproduce.participation.quality;

/**
 * How far one element of a participation model is met, from least to most: the declaration
 * order is the order of the scale, so {@link #isAtLeast(ElementStatus)} and {@link
 * #compareTo(Enum)} compare by it.
 */
public enum ElementStatus {
  /** Not met: the facts show it is missing, or nothing shows it is there. */
  NOT_MET("not met"),
  /** Partly met: some of what it asks for is there, not all. */
  PARTLY_MET("partly met"),
  /** Met. */
  MET("met");

  private final String label;

  ElementStatus(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "partly met"}. */
  public String label() {
    return label;
  }

  /** Returns whether this status is at least as good as {@code other}. */
  public boolean isAtLeast(ElementStatus other) {
    return compareTo(other) >= 0;
  }

  /** Returns the lower (worse) of this status and {@code other}. */
  public ElementStatus min(ElementStatus other) {
    return isAtLeast(other) ? other : this;
  }
}
