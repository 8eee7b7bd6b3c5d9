package io.coproduce.participation.strategy;

import io.coproduce.core.id.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value a member aims for in an indicator, set on a day: a floor for an indicator that should
 * {@linkplain Direction#INCREASE increase}, a ceiling for one that should decrease. A member may
 * revise a target by setting a new one on a later day; on any day the latest target set by then
 * is in force. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param member the member whose target it is
 * @param setOn the day the target was set, from which it is in force
 * @param value the value aimed for, within the limits of {@link Measurement} (in its canonical form)
 */
public record Target(IndicatorId indicator, OrganisationId member, LocalDate setOn, BigDecimal value) {

  /** Validates the target and puts {@code value} in its canonical form. */
  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(setOn, "setOn");
    value = Measurement.checked("target.value", value);
  }

  /** A target for {@code member}'s series of {@code indicator}, set on {@code setOn}. */
  public static Target of(IndicatorId indicator, OrganisationId member, LocalDate setOn, BigDecimal value) {
    return new Target(indicator, member, setOn, value);
  }
}
