package io.coproduce.participation.safeguarding;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the check of one session plan found: every finding, most serious first and otherwise in
 * the order the rules ran, each naming its rule and source and the people it is about by id.
 * The session may run as planned only when nothing {@link #blocks()}. Immutable.
 *
 * @param session the session checked
 * @param at the instant the session starts, at which the rules were applied
 * @param findings what the check found
 */
public record SessionCheck(SessionId session, Instant at, List<Finding> findings) {

  /** Validates the check and orders the findings by severity, keeping the rules' order within each. */
  public SessionCheck {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(at, "at");
    findings = ImmutableList.sortedCopyOf(
        (a, b) -> a.severity().compareTo(b.severity()), findings);
  }

  /** Returns whether some finding is a blocker. */
  public boolean blocks() {
    return findings.stream().anyMatch(Finding::blocks);
  }

  /** Returns the findings of {@code severity}. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** Returns the findings of the rule named {@code rule}. */
  public List<Finding> byRule(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** Returns whether some finding of {@code rule} is about {@code person}. */
  public boolean hasFinding(String rule, PersonId person) {
    return findings.stream().anyMatch(f -> f.rule().equals(rule) && f.about().contains(person));
  }
}
