package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.WAITS;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BaselineTest {

  @Test
  void holdsTheStartingValueWithoutTrailingZeros() {
    Baseline b = Baseline.of(WAITS, CHARITY, day(1, 1), new BigDecimal("18.0"));
    assertThat(b.value()).isEqualTo(new BigDecimal("18"));
    assertThat(b).isEqualTo(Baseline.of(WAITS, CHARITY, day(1, 1), new BigDecimal("18")));
    assertThat(b.indicator()).isEqualTo(WAITS);
    assertThat(b.member()).isEqualTo(CHARITY);
    assertThat(b.on()).isEqualTo(day(1, 1));
  }

  @Test
  void refusesAValueBeyondTheLimitsNamingItsField() {
    assertThat(rejectionOf(() -> Baseline.of(WAITS, CHARITY, day(1, 1), new BigDecimal("1E-13"))).field())
        .isEqualTo("baseline.value");
  }
}
