package io.coproduce.core.jurisdiction;

import io.coproduce.core.error.InvalidInputException;

/**
 * A UK nation: the law that applies to a person. Consent, capacity and parental-responsibility
 * rules differ between them (Scotland most of all). Text form: the ISO 3166-2 subdivision code
 * ({@code GB-ENG}, {@code GB-WLS}, {@code GB-SCT}, {@code GB-NIR}).
 */
public enum Jurisdiction {
  /** England. */
  ENGLAND("GB-ENG", "England"),
  /** Wales. */
  WALES("GB-WLS", "Wales"),
  /** Scotland. */
  SCOTLAND("GB-SCT", "Scotland"),
  /** Northern Ireland. */
  NORTHERN_IRELAND("GB-NIR", "Northern Ireland");

  private final String code;
  private final String label;

  Jurisdiction(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the ISO 3166-2 code, for example {@code GB-SCT}. */
  public String code() {
    return code;
  }

  /** Returns the nation's name in English. */
  public String label() {
    return label;
  }

  /** Returns whether the law of England and Wales applies (the two share most family law). */
  public boolean isEnglandOrWales() {
    return this == ENGLAND || this == WALES;
  }

  /**
   * Parses an ISO 3166-2 code ({@code GB-ENG}), a constant name ({@code NORTHERN_IRELAND}) or a
   * label ({@code Northern Ireland}), ignoring ASCII case and surrounding spaces. Only ASCII is
   * accepted, so look-alike letters (a Turkish dotless i, a long s) are rejected, not folded.
   *
   * @throws InvalidInputException naming the field {@code jurisdiction} when unknown
   */
  public static Jurisdiction parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("jurisdiction", "must not be null", null);
    }
    String stripped = text.strip();
    if (!stripped.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw InvalidInputException.of(
          "jurisdiction", "must be one of GB-ENG, GB-WLS, GB-SCT, GB-NIR (ASCII only)", text);
    }
    for (Jurisdiction j : values()) {
      if (j.code.equalsIgnoreCase(stripped) || j.name().equalsIgnoreCase(stripped)
          || j.label.equalsIgnoreCase(stripped)) {
        return j;
      }
    }
    throw InvalidInputException.of(
        "jurisdiction", "must be one of GB-ENG, GB-WLS, GB-SCT, GB-NIR", text);
  }

  /** Returns the ISO 3166-2 code. */
  @Override
  public String toString() {
    return code;
  }
}
