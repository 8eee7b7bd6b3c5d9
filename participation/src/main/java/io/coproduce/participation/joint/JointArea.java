package io.coproduce.participation.joint;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An area of work two membership groups have agreed to share (the implementation of a policy, a
 * framework refresh, gathering evidence), optionally tied to strategic objectives, for a span of
 * days (both ends included). Immutable and thread-safe.
 *
 * <p>The label is the area's public name, never a person's; since it is free text, errors never
 * repeat it, and findings name the area by id.
 *
 * @param id the area's id
 * @param label its public name: 1 to {@value #MAX_LABEL_LENGTH} characters, not blank, no line
 *     breaks or other control characters
 * @param objectives the strategic objectives it serves, ordered by id; may be empty
 * @param from its first day
 * @param until its last day, or {@code null} when it has no planned end
 */
public record JointArea(JointAreaId id, String label, Set<ObjectiveId> objectives, LocalDate from, LocalDate until) {

  /** The longest label accepted. */
  public static final int MAX_LABEL_LENGTH = 120;

  /** Validates the area and makes {@code objectives} immutable and ordered. */
  public JointArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    objectives = ImmutableSortedSet.copyOf(Comparator.comparing(ObjectiveId::value), objectives);
    if (label.isBlank()) {
      throw InvalidInputException.of("jointArea.label", "must not be blank", id);
    }
    if (label.length() > MAX_LABEL_LENGTH) {
      throw InvalidInputException.of("jointArea.label", "must be at most " + MAX_LABEL_LENGTH + " characters", id);
    }
    if (label.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInputException.of("jointArea.label",
          "must not contain line breaks or other control characters", id);
    }
    if (until != null && until.isBefore(from)) {
      throw InvalidInputException.of("jointArea.until", "must not be before jointArea.from (" + from + ")", until);
    }
  }

  /** An area from {@code from} with no planned end. */
  public static JointArea from(JointAreaId id, String label, Collection<ObjectiveId> objectives, LocalDate from) {
    return new JointArea(id, label, Set.copyOf(objectives), from, null);
  }

  /** An area from {@code from} to {@code until}, both days included. */
  public static JointArea between(JointAreaId id, String label, Collection<ObjectiveId> objectives, LocalDate from,
      LocalDate until) {
    return new JointArea(id, label, Set.copyOf(objectives), from, Objects.requireNonNull(until, "until"));
  }

  /** Returns whether the area is active on {@code date}: on or after its first day and not after its last. */
  public boolean activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && (until == null || !date.isAfter(until));
  }

  /** Returns its last day, if it has a planned end. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(until);
  }

  /** Returns the id and dates; the label is left out, as errors and logs show ids only. */
  @Override
  public String toString() {
    return "JointArea[" + id + ", " + from + ".." + (until == null ? "" : until) + "]";
  }
}
