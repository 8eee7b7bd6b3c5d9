package io.coproduce.participation.process;

import io.coproduce.core.rule.RuleSource;

/**
 * How far people share in a piece of work: the continuum of NHS England's statutory guidance,
 * "Working in partnership with people and communities" (2022), from telling people about a
 * decision to making it with them. The declaration order is the order of the continuum, so
 * {@link #isAtLeast(ParticipationLevel)} compares by it.
 */
public enum ParticipationLevel {
  /** People are told what is planned or decided and why. */
  INFORM("inform"),
  /** People's views are asked on proposals the organisation has drawn up. */
  CONSULT("consult"),
  /** People take part in discussion as the work develops, and their views shape options. */
  ENGAGE("engage"),
  /** People design the work with the organisation, on equal terms at the design stage. */
  CO_DESIGN("co-design"),
  /** People share power and responsibility for the work from start to finish. */
  CO_PRODUCE("co-produce");

  /** The source of the continuum. */
  public static final RuleSource SOURCE = RuleSource.statutoryGuidance(
      "NHS England, Working in partnership with people and communities: statutory guidance (2022),"
          + " continuum of involvement: inform, consult, engage, co-design, co-produce");

  private final String label;

  ParticipationLevel(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "co-design"}. */
  public String label() {
    return label;
  }

  /** Returns whether this level shares at least as much as {@code other}. */
  public boolean isAtLeast(ParticipationLevel other) {
    return compareTo(other) >= 0;
  }

  /** Returns where the continuum comes from ({@link #SOURCE}). */
  public RuleSource source() {
    return SOURCE;
  }
}
