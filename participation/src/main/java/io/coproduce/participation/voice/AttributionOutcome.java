package io.coproduce.participation.voice;

/** What an {@link AttributionCheck} allows, from most to least of what the contributor asked for. */
public enum AttributionOutcome {
  /** The contributor may be attributed as they prefer. */
  AS_PREFERRED,
  /** Their preferred attribution may not be used, but an anonymous quote may. */
  ANONYMOUS_FALLBACK,
  /** They may not be quoted at all. */
  NOT_QUOTABLE
}
