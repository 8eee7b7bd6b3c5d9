package io.coproduce.reporting.disclosure;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.util.List;
import java.util.Objects;

/**
 * What disclosure control did to one table: whether the table may be published, under which
 * policy and rules, and how many cells were suppressed (primary, secondary, derived) or rounded.
 * Every released table carries one, and every renderer shows it. Immutable.
 *
 * @param forPublication false only for tables released by the explicitly named internal call
 * @param policy the policy's name (for example {@code "NHS England small-number rule"})
 * @param rules the rules applied, each with its source
 * @param primary the number of cells suppressed because they were small
 * @param secondary the number of cells suppressed to protect others
 * @param derived the number of percentages, measures and flags suppressed
 * @param rounded the number of counts shown rounded
 */
public record DisclosureStatement(
    boolean forPublication,
    String policy,
    List<Reason> rules,
    int primary,
    int secondary,
    int derived,
    int rounded) {

  /** Validates the statement. */
  public DisclosureStatement {
    Objects.requireNonNull(policy, "policy");
    rules = List.copyOf(rules);
    if (policy.isBlank()) {
      throw InvalidInputException.of("disclosureStatement.policy", "must not be blank", policy);
    }
    if (primary < 0 || secondary < 0 || derived < 0 || rounded < 0) {
      throw InvalidInputException.of(
          "disclosureStatement", "cell tallies must not be negative", null);
    }
    if (forPublication && rules.isEmpty()) {
      throw InvalidInputException.of(
          "disclosureStatement.rules", "a table for publication names the rules applied", policy);
    }
  }

  /** The total number of suppressed cells. */
  public int suppressed() {
    return primary + secondary + derived;
  }
}
