package io.coproduce.core.error;

import java.util.Objects;

/**
 * The root of every exception Coproduce throws. Unchecked, like {@link IllegalArgumentException}.
 *
 * <p>Every subtype names the field (or reference, or policy rule) involved and the rule that was
 * broken. Messages never contain personal data: people are referred to by pseudonymous id only,
 * and values that could identify someone (a date of birth, say) are withheld.
 */
public abstract class CoproduceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  /**
   * Creates an exception.
   *
   * @param message the complete message, free of personal data
   * @param rule the rule that was broken, in a few words
   * @param cause the underlying cause, or {@code null}
   */
  protected CoproduceException(String message, String rule, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** Returns the rule that was broken, in a few words (for example "must not be blank"). */
  public String rule() {
    return rule;
  }
}
