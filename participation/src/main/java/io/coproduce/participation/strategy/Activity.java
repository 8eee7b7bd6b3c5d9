package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of work a member records against a strategic plan (a campaign, a service, a research
 * project), the days it runs and the aims and objectives it serves. Both ends are inclusive; an
 * activity with no end is ongoing. The title describes the work, never a person. Immutable and
 * thread-safe.
 *
 * @param id the activity's id
 * @param member the member organisation doing the work
 * @param title what the work is, in a few words (at most {@value #MAX_TITLE} characters)
 * @param start the first day of the work
 * @param end the last day, or {@code null} while it is ongoing
 * @param aims the aims it is tagged to directly, in id order
 * @param objectives the objectives it is tagged to, in id order; an activity tagged to an
 *     objective also serves that objective's aim. At least one aim or objective in all.
 */
public record Activity(ActivityId id, OrganisationId member, String title, LocalDate start,
    LocalDate end, Set<AimId> aims, Set<ObjectiveId> objectives) {

  /** The longest title accepted. */
  public static final int MAX_TITLE = 200;

  /** Validates the activity and puts its tags in id order. */
  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Texts.require("activity.title", title, MAX_TITLE);
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw InvalidInputException.of("activity.end", "must not be before activity.start (" + start + ")", end);
    }
    aims = ImmutableSortedSet.copyOf(Comparator.comparing(AimId::value), aims);
    objectives = ImmutableSortedSet.copyOf(Comparator.comparing(ObjectiveId::value), objectives);
    if (aims.isEmpty() && objectives.isEmpty()) {
      throw InvalidInputException.of("activity.objectives",
          "must tag the activity to at least one aim or objective", null);
    }
  }

  /** An activity from {@code start} to {@code end} (both included). */
  public static Activity during(ActivityId id, OrganisationId member, String title, LocalDate start,
      LocalDate end, Collection<AimId> aims, Collection<ObjectiveId> objectives) {
    return new Activity(id, member, title, start, Objects.requireNonNull(end, "end"),
        Set.copyOf(aims), Set.copyOf(objectives));
  }

  /** An ongoing activity from {@code start}. */
  public static Activity ongoingFrom(ActivityId id, OrganisationId member, String title,
      LocalDate start, Collection<AimId> aims, Collection<ObjectiveId> objectives) {
    return new Activity(id, member, title, start, null, Set.copyOf(aims), Set.copyOf(objectives));
  }

  /** Returns the last day, or empty while the work is ongoing. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(end);
  }

  /** Returns whether the activity runs on at least one day from {@code from} to {@code to} (both included). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return !start.isAfter(to) && (end == null || !end.isBefore(from));
  }
}
