package io.coproduce.participation.quality;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * A session in the scope of an assessment: its plan and, when it was checked, the result of the
 * session check ({@link io.coproduce.participation.safeguarding.SessionChecker}). The library
 * holds no attendance register, so the young people the plan names are read as those who took
 * part once the session has started. Immutable (as its plan and check are).
 *
 * <p>Two held sessions are equal when they hold the same plan object and equal checks (a plan
 * has no value equality).
 *
 * @param plan the session's plan
 * @param check the check of that plan, or {@code null} when it was not checked
 */
public record HeldSession(SessionPlan plan, SessionCheck check) {

  /**
   * Validates the session.
   *
   * @throws InvalidInputException naming {@code heldSession.check} when the check is of another
   *     session
   */
  public HeldSession {
    Objects.requireNonNull(plan, "plan");
    if (check != null && !check.session().equals(plan.id())) {
      throw InvalidInputException.of("heldSession.check",
          "must be the check of session " + plan.id(), check.session());
    }
  }

  /** A session that was checked. */
  public static HeldSession checked(SessionPlan plan, SessionCheck check) {
    return new HeldSession(plan, Objects.requireNonNull(check, "check"));
  }

  /** A session that was not checked. */
  public static HeldSession unchecked(SessionPlan plan) {
    return new HeldSession(plan, null);
  }

  /** Returns the session's id. */
  public SessionId id() {
    return plan.id();
  }

  /** Returns the check, if the session was checked. */
  public Optional<SessionCheck> checkResult() {
    return Optional.ofNullable(check);
  }

  /** Returns whether the session was checked and the check found nothing that blocks it. */
  public boolean isClear() {
    return check != null && !check.blocks();
  }

  /** Returns whether the session was checked and the check found something that blocks it. */
  public boolean isBlocked() {
    return check != null && check.blocks();
  }
}
