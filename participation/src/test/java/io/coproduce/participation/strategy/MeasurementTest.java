package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.POLICIES;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {

  static Measurement of(String value) {
    return Measurement.of(POLICIES, CHARITY, day(2, 1), new BigDecimal(value));
  }

  @Test
  void keepsValuesWithoutTrailingZeros() {
    assertThat(of("12.50").value()).isEqualTo(new BigDecimal("12.5"));
    assertThat(of("0.000").value()).isEqualTo(BigDecimal.ZERO);
    assertThat(of("1E+1").value()).isEqualTo(new BigDecimal("10"));
    assertThat(of("1E+1").value().toString()).isEqualTo("10");
    new EqualsTester()
        .addEqualityGroup(of("12.50"), of("12.5"), of("1.25E+1"))
        .addEqualityGroup(of("12.51"))
        .addEqualityGroup(Measurement.of(POLICIES, CHARITY, day(2, 2), new BigDecimal("12.5")))
        .addEqualityGroup(Measurement.of(PlanFixtures.WAITS, CHARITY, day(2, 1), new BigDecimal("12.5")))
        .addEqualityGroup(Measurement.of(POLICIES, PlanFixtures.SCHOOLS, day(2, 1), new BigDecimal("12.5")))
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0000000000001", "1E+34", "1234567890123456789012345678901234.5", "1E-13",
      "1E+2147483647", "12345678901234567890123456789012345"})
  void refusesValuesBeyondItsLimits(String value) {
    InvalidInputException e = rejectionOf(() -> of(value));
    assertThat(e.field()).isEqualTo("measurement.value");
    assertThat(e.rule()).isEqualTo("must have at most 34 significant digits, at most 12 of them after the point,"
        + " and at most 34 digits before it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.000000000001", "1E+33", "1234567890123456789012345678901234", "-99.5", "1E+12",
      "1000000000000000000000000000000000", "-9999999999999999999999.999999999999"})
  void acceptsValuesWithinItsLimits(String value) {
    assertThat(of(value).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void refusesAMissingValue() {
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> Measurement.of(POLICIES, CHARITY, day(2, 1), null));
  }
}
