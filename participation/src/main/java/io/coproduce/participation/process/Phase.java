package io.coproduce.participation.process;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One planned phase of a co-production process: a label, a planned window of days (both ends
 * included) and the level of participation it aims for. When it actually starts and closes is
 * recorded by the process ({@link CoproductionProcess#startPhase}). Immutable and thread-safe.
 *
 * <p>The label is planning text ("discovery", "test and refine"), never a person's name; errors
 * name phases by index and label.
 *
 * @param label the phase's label: 1 to {@value #MAX_LABEL_LENGTH} characters, not blank, no line
 *     breaks or other control characters; unique within a process
 * @param plannedStart the first planned day
 * @param plannedEnd the last planned day, on or after {@code plannedStart}
 * @param aim the level of participation the phase aims for
 */
public record Phase(String label, LocalDate plannedStart, LocalDate plannedEnd, ParticipationLevel aim) {

  /** The longest label accepted. */
  public static final int MAX_LABEL_LENGTH = 80;

  /** Validates the phase. */
  public Phase {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedEnd, "plannedEnd");
    Objects.requireNonNull(aim, "aim");
    if (label.isBlank()) {
      throw InvalidInputException.of("phase.label", "must not be blank", null);
    }
    if (label.length() > MAX_LABEL_LENGTH) {
      throw InvalidInputException.of("phase.label", "must be at most " + MAX_LABEL_LENGTH + " characters", null);
    }
    if (label.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInputException.of("phase.label", "must not contain line breaks or other control characters", null);
    }
    if (plannedEnd.isBefore(plannedStart)) {
      throw InvalidInputException.of("phase.plannedEnd",
          "must not be before phase.plannedStart (" + plannedStart + ") of phase '" + label + "'", plannedEnd);
    }
  }

  /** A phase planned from {@code start} to {@code end} (both included), aiming for {@code aim}. */
  public static Phase of(String label, LocalDate start, LocalDate end, ParticipationLevel aim) {
    return new Phase(label, start, end, aim);
  }

  /** Returns whether {@code date} falls in the planned window. */
  public boolean plannedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(plannedStart) && !date.isAfter(plannedEnd);
  }
}
