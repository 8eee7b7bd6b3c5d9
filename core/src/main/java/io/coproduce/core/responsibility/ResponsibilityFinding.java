package io.coproduce.core.responsibility;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "does {@code holder} hold parental responsibility for {@code child} on {@code
 * date}, and why". Immutable and thread-safe.
 *
 * @param holder who was asked about
 * @param child the child
 * @param date the day asked about
 * @param holds whether the holder has parental responsibility that day
 * @param basis the basis on which they hold it, when they do
 * @param reasons every rule that decided the answer, with its source
 */
public record ResponsibilityFinding(
    PartyId holder, PersonId child, LocalDate date, boolean holds, ResponsibilityBasis basis,
    List<Reason> reasons) {

  /** Validates the finding: a basis exactly when responsibility is held, and at least one reason. */
  public ResponsibilityFinding {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(date, "date");
    reasons = ImmutableList.copyOf(reasons);
    if (holds != (basis != null)) {
      throw new IllegalArgumentException("a basis is given exactly when responsibility is held");
    }
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a finding needs at least one reason");
    }
  }

  /** Returns the basis, when responsibility is held. */
  public Optional<ResponsibilityBasis> heldOn() {
    return Optional.ofNullable(basis);
  }
}
