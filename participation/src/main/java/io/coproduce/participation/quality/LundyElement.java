package io.coproduce.participation.quality;

/**
 * The four elements of the Lundy model of participation (Lundy 2007, {@link
 * QualityRules#LUNDY_SOURCE}), in the model's order: young people need a space to form a view,
 * a voice to express it, an audience that can act on it, and influence on what happens.
 */
public enum LundyElement {
  /** A safe, inclusive opportunity to form and express a view, offered early. */
  SPACE("space", QualityRules.LUNDY_SPACE),
  /** Being helped to express a view, in ways that suit them. */
  VOICE("voice", QualityRules.LUNDY_VOICE),
  /** The view is listened to by someone with the power to act on it. */
  AUDIENCE("audience", QualityRules.LUNDY_AUDIENCE),
  /** The view is acted on as appropriate, and feedback says what happened and why. */
  INFLUENCE("influence", QualityRules.LUNDY_INFLUENCE);

  private final String label;
  private final String rule;

  LundyElement(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  /** Returns a short label a person can read, for example {@code "audience"}. */
  public String label() {
    return label;
  }

  /** Returns the stable name of the rule that computes this element, for example {@code "quality.lundy.space"}. */
  public String rule() {
    return rule;
  }
}
