package io.coproduce.participation.process;

import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a phase actually ran: the instant it started and, once it has, the instant it closed. It
 * is active from its start (included) to its close (not included). Immutable and thread-safe.
 *
 * @param started when the phase started
 * @param closed when it closed, after {@code started}; {@code null} while it is still open
 */
public record PhaseRun(Instant started, Instant closed) {

  /** Validates the run. */
  public PhaseRun {
    Objects.requireNonNull(started, "started");
    if (closed != null && !closed.isAfter(started)) {
      throw InvalidInputException.of("phaseRun.closed", "must be after phaseRun.started (" + started + ")", closed);
    }
  }

  /** A run that started at {@code started} and is still open. */
  public static PhaseRun startedAt(Instant started) {
    return new PhaseRun(started, null);
  }

  /** A run from {@code started} to {@code closed}. */
  public static PhaseRun between(Instant started, Instant closed) {
    return new PhaseRun(started, Objects.requireNonNull(closed, "closed"));
  }

  /**
   * Returns this run closed at {@code at}.
   *
   * @throws InvalidInputException naming {@code phaseRun.closed} when it has already closed or
   *     {@code at} is not after the start
   */
  public PhaseRun closedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    if (closed != null) {
      throw InvalidInputException.of("phaseRun.closed", "is already set: the run closed at " + closed, at);
    }
    return new PhaseRun(started, at);
  }

  /** Returns whether the run has not closed. */
  public boolean isOpen() {
    return closed == null;
  }

  /** Returns when it closed, if it has. */
  public Optional<Instant> end() {
    return Optional.ofNullable(closed);
  }

  /** Returns whether the phase was active at {@code instant}: at or after the start and before the close. */
  public boolean activeAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(started) && (closed == null || instant.isBefore(closed));
  }
}
