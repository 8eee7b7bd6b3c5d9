package io.coproduce.participation.finding;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One thing a check found: how serious it is, the rule with what it found and the rule's source,
 * and the people it is about, by pseudonymous id only (the explanation names them by id too).
 * Session checks, forum-network queries and feedback queries all answer with findings, so a host
 * can show and sort them alike. Immutable and thread-safe.
 *
 * @param severity how much it matters
 * @param reason the rule, what it found, and the rule's source
 * @param about the people it is about, in a stable order; may be empty
 */
public record Finding(Severity severity, Reason reason, List<PersonId> about) {

  /** Validates the finding and makes {@code about} immutable. */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
    about = ImmutableList.copyOf(about);
  }

  /** A finding about the given people. */
  public static Finding of(Severity severity, Reason reason, Collection<PersonId> about) {
    return new Finding(severity, reason, ImmutableList.copyOf(about));
  }

  /** A finding about no one in particular (a forum, a plan as a whole). */
  public static Finding of(Severity severity, Reason reason) {
    return new Finding(severity, reason, ImmutableList.of());
  }

  /** A finding built from its parts. */
  public static Finding of(Severity severity, String rule, String explanation, RuleSource source,
      Collection<PersonId> about) {
    return of(severity, Reason.of(rule, explanation, source), about);
  }

  /** Returns the rule's stable name, for example {@code "supervision.ratio"}. */
  public String rule() {
    return reason.rule();
  }

  /** Returns whether this finding stops the thing going ahead. */
  public boolean blocks() {
    return severity == Severity.BLOCKER;
  }

  @Override
  public String toString() {
    return severity + " " + reason;
  }
}
