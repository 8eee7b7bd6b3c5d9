package io.coproduce.reporting.safeguarding;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.WorkWithChildren;
import java.util.List;
import java.util.Objects;

/**
 * What the safeguarding report needs to know about one supervising adult: their id (used only to
 * refuse duplicates, never shown), the vetting check they hold, and their work with children, past
 * and planned, as the Disclosure and Barring Service's frequency test reads it. Immutable.
 *
 * @param adult the adult, by pseudonymous id
 * @param check the check they hold ({@link VettingCheck#none()} when they hold none)
 * @param work their periods of work with children, past and planned; may be empty
 */
public record AdultVetting(PersonId adult, VettingCheck check, List<WorkWithChildren> work) {

  /** Validates the record and copies {@code work}. */
  public AdultVetting {
    Objects.requireNonNull(adult, "adult");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(work, "work");
    work.forEach(w -> Objects.requireNonNull(w, "work"));
    work = List.copyOf(work);
  }

  /** An adult's vetting facts. */
  public static AdultVetting of(PersonId adult, VettingCheck check, List<WorkWithChildren> work) {
    return new AdultVetting(adult, check, work);
  }
}
