package io.coproduce.participation.strategy;

import io.coproduce.core.id.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value a member's measurement of an indicator starts from, and the day it applies to:
 * progress is the change from it. One per member and indicator; it counts only from its day on.
 * Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param member the member whose series it starts
 * @param on the day the value applies to
 * @param value the value, within the limits of {@link Measurement} (in its canonical form)
 */
public record Baseline(IndicatorId indicator, OrganisationId member, LocalDate on, BigDecimal value) {

  /** Validates the baseline and puts {@code value} in its canonical form. */
  public Baseline {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(on, "on");
    value = Measurement.checked("baseline.value", value);
  }

  /** A baseline for {@code member}'s series of {@code indicator}. */
  public static Baseline of(IndicatorId indicator, OrganisationId member, LocalDate on, BigDecimal value) {
    return new Baseline(indicator, member, on, value);
  }
}
