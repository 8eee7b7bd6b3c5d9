package io.coproduce.participation.strategy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of an indicator, measured by a member on a day. Values are kept in a canonical form
 * (no trailing zeros after the point, no exponent), so {@code 12.50} and {@code 12.5} are the same
 * measurement, as are {@code 1E+1} and {@code 10}. Immutable and thread-safe.
 *
 * @param indicator the indicator measured
 * @param member the member organisation that measured it
 * @param on the day the value applies to
 * @param value the value: at most {@value #MAX_DIGITS} significant digits, at most {@value
 *     #MAX_SCALE} of them after the point, and at most {@value #MAX_DIGITS} digits before it
 */
public record Measurement(IndicatorId indicator, OrganisationId member, LocalDate on, BigDecimal value) {

  /** The most significant digits a value may have. */
  public static final int MAX_DIGITS = 34;

  /** The most digits after the point a value may have. */
  public static final int MAX_SCALE = 12;

  /** Validates the measurement and puts {@code value} in its canonical form. */
  public Measurement {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(on, "on");
    value = checked("measurement.value", value);
  }

  /** A measurement of {@code indicator} by {@code member} on {@code on}. */
  public static Measurement of(IndicatorId indicator, OrganisationId member, LocalDate on, BigDecimal value) {
    return new Measurement(indicator, member, on, value);
  }

  /**
   * Returns {@code value} in its canonical form, when it is within the limits above: no trailing
   * zeros after the point and no exponent ({@code 12.50} becomes {@code 12.5}, {@code 1E+1}
   * becomes {@code 10}), so equal numbers give equal values.
   */
  static BigDecimal checked(String field, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal v = value.stripTrailingZeros();
    // Digits before the point: precision - scale (1E+33 has 34), so no value reaches 10^34.
    if (v.precision() > MAX_DIGITS || v.scale() > MAX_SCALE || (long) v.precision() - v.scale() > MAX_DIGITS) {
      throw InvalidInputException.of(field, "must have at most " + MAX_DIGITS + " significant digits, at most "
          + MAX_SCALE + " of them after the point, and at most " + MAX_DIGITS + " digits before it", value);
    }
    return canonical(v);
  }

  /** Returns {@code value} without trailing zeros after the point and without an exponent. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
