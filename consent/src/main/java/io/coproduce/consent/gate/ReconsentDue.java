package io.coproduce.consent.gate;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A young person who will need to re-confirm, themself, consents that rest on someone else's
 * authority, because they reach an age at which the decision becomes theirs. Immutable. The date
 * is derived from the date of birth: show it to the people who hold that, not in reports.
 *
 * @param subject the young person
 * @param purpose the purpose
 * @param age the age at which the decision becomes theirs
 * @param from the first date from which someone else's consent no longer suffices
 * @param consents the consents, by others, that will need re-confirming
 */
public record ReconsentDue(
    PersonId subject, Purpose purpose, int age, LocalDate from, List<ConsentEventId> consents) {

  /** Validates the entry. */
  public ReconsentDue {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(from, "from");
    consents = ImmutableList.copyOf(consents);
  }
}
