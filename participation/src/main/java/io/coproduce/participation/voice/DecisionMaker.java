package io.coproduce.participation.voice;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.participation.forum.ForumId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who took a decision: a forum (by {@link ForumId}), or a decision-making role named by a short,
 * non-personal code such as {@code commissioner}, {@code trust-board} or {@code icb-board}.
 * Exactly one of the two is present. Immutable and thread-safe.
 *
 * <p>A role is a role, never a person: the code follows {@link IdentifierSyntax} (which keeps out
 * spaces, email addresses and most free text), and an invalid code is withheld from the error,
 * as core withholds invalid ids, since it may be a name typed into the wrong field.
 *
 * @param forum the forum that decided, or {@code null} when a role decided
 * @param role the role's code, or {@code null} when a forum decided
 */
public record DecisionMaker(ForumId forum, String role) {

  /**
   * Validates the decision-maker.
   *
   * @throws InvalidInputException naming {@code decisionMaker} when both or neither are given, or
   *     {@code decisionMaker.role} when the code does not follow {@link IdentifierSyntax}
   */
  public DecisionMaker {
    if ((forum == null) == (role == null)) {
      throw InvalidInputException.of(
          "decisionMaker", "must be either a forum or a role, not both or neither", forum);
    }
    if (role != null && !IdentifierSyntax.isValid(role)) {
      throw InvalidInputException.personal("decisionMaker.role", IdentifierSyntax.RULE);
    }
  }

  /** A forum that decided. */
  public static DecisionMaker forum(ForumId forum) {
    return new DecisionMaker(Objects.requireNonNull(forum, "forum"), null);
  }

  /**
   * A decision-making role, by its code ({@code commissioner}, {@code trust-board}).
   *
   * @throws InvalidInputException naming {@code decisionMaker.role} when the code is invalid
   */
  public static DecisionMaker role(String code) {
    return new DecisionMaker(null, Objects.requireNonNull(code, "code"));
  }

  /** Returns the forum, when a forum decided. */
  public Optional<ForumId> forumId() {
    return Optional.ofNullable(forum);
  }

  /** Returns the role's code, when a role decided. */
  public Optional<String> roleCode() {
    return Optional.ofNullable(role);
  }

  /** Returns {@code "forum <id>"} or {@code "role <code>"}, for explanations. */
  @Override
  public String toString() {
    return forum != null ? "forum " + forum : "role " + role;
  }
}
