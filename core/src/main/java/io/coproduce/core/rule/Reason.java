package io.coproduce.core.rule;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One reason behind a decision: the rule applied, what it found in plain language (people named
 * by pseudonymous id only), and the rule's source. Immutable and thread-safe.
 *
 * @param rule a stable, machine-readable rule name, for example {@code "pr.birth-mother"}
 * @param explanation what the rule found, in a sentence a facilitator can read
 * @param source where the rule comes from
 */
public record Reason(String rule, String explanation, RuleSource source) {

  /** Validates the reason. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(source, "source");
    if (rule.isBlank()) {
      throw InvalidInputException.of("reason.rule", "must not be blank", rule);
    }
    if (explanation.isBlank()) {
      throw InvalidInputException.of("reason.explanation", "must not be blank", explanation);
    }
  }

  /** Creates a reason. */
  public static Reason of(String rule, String explanation, RuleSource source) {
    return new Reason(rule, explanation, source);
  }

  @Override
  public String toString() {
    return rule + ": " + explanation + " (" + source + ")";
  }
}
