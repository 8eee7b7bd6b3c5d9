package io.coproduce.core.error;

import java.util.Objects;

/**
 * Thrown when an organisation's policy would be laxer than the legal minimum or the recognised
 * guidance the library ships (a supervision ratio looser than the NSPCC's, an online-consent age
 * below 13). Organisations may make policies stricter, never laxer.
 */
public final class PolicyRefusedException extends CoproduceException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String source;

  private PolicyRefusedException(String setting, String rule, String source, String value) {
    super(
        "policy setting " + setting + " refused: " + rule + " (source: " + source + ")"
            + (value == null ? "" : "; was " + value),
        rule,
        null);
    this.setting = setting;
    this.source = source;
  }

  /**
   * A refused policy setting.
   *
   * @param setting the setting (for example {@code "onlineConsentAge"})
   * @param rule the minimum it broke (for example {@code "must be 13 to 16"})
   * @param source where the minimum comes from (for example {@code "UK GDPR Art 8"})
   * @param value the value offered, which is policy data and never personal
   */
  public static PolicyRefusedException of(String setting, String rule, String source, Object value) {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(source, "source");
    return new PolicyRefusedException(setting, rule, source, value == null ? null : String.valueOf(value));
  }

  /** Returns the policy setting that was refused. */
  public String setting() {
    return setting;
  }

  /** Returns where the minimum that was broken comes from. */
  public String source() {
    return source;
  }
}
