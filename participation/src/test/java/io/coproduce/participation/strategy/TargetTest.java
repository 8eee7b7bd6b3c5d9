package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.WAITS;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void holdsTheValueAimedForWithoutTrailingZeros() {
    Target t = Target.of(WAITS, CHARITY, day(1, 1), new BigDecimal("12.00"));
    assertThat(t.value()).isEqualTo(new BigDecimal("12"));
    assertThat(t).isEqualTo(Target.of(WAITS, CHARITY, day(1, 1), new BigDecimal("12")));
    assertThat(t.setOn()).isEqualTo(day(1, 1));
  }

  @Test
  void refusesAValueBeyondTheLimitsNamingItsField() {
    assertThat(rejectionOf(() -> Target.of(WAITS, CHARITY, day(1, 1), new BigDecimal("1E+40"))).field())
        .isEqualTo("target.value");
  }
}
