package io.coproduce.participation.strategy;

import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.PLAN;
import static io.coproduce.participation.strategy.PlanFixtures.POLICIES;
import static io.coproduce.participation.strategy.PlanFixtures.SCHOOLS;
import static io.coproduce.participation.strategy.PlanFixtures.WAITS;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static io.coproduce.participation.strategy.PlanFixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.rule.RuleSource.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

  static final PlanProgress P = PlanProgress.of(PLAN)
      .withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
      .withMeasurement(measured(POLICIES, CHARITY, day(3, 1), "4"))
      .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("2.5")))
      .withTarget(Target.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("4")));

  @Test
  void theTargetRuleNamesItsSource() {
    assertThat(IndicatorProgress.TARGET_SOURCE.kind()).isEqualTo(Kind.LIBRARY_DEFAULT);
    assertThat(IndicatorProgress.TARGET_SOURCE.citation())
        .contains("at or above", "at or below", "latest set on or before", "not yet known");
    assertThat(IndicatorProgress.TARGET_RULE).isEqualTo("strategy.target");
  }

  @Test
  void theChangeFromBaselineIsSignedAndWithoutTrailingZeros() {
    assertThat(P.progress(POLICIES, CHARITY, day(3, 1)).changeFromBaseline()).contains(new BigDecimal("1.5"));
    assertThat(P.progress(POLICIES, CHARITY, day(2, 1)).changeFromBaseline()).contains(new BigDecimal("0.5"));
    assertThat(P.progress(POLICIES, CHARITY, day(1, 1)).changeFromBaseline()).as("nothing measured yet").isEmpty();
    PlanProgress same = PlanProgress.of(PLAN).withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "2.50"))
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("2.5")));
    assertThat(same.progress(POLICIES, CHARITY, day(2, 1)).changeFromBaseline()).contains(BigDecimal.ZERO);
  }

  @Test
  void theChangeBetweenTheLargestValuesIsExact() {
    String big = "9".repeat(22) + "." + "9".repeat(12);
    PlanProgress p = PlanProgress.of(PLAN).withMeasurement(measured(POLICIES, CHARITY, day(2, 1), big))
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("-" + big)));
    assertThat(p.progress(POLICIES, CHARITY, day(2, 1)).changeFromBaseline())
        .contains(new BigDecimal(big).multiply(BigDecimal.valueOf(2)));
    PlanProgress fell = PlanProgress.of(PLAN).withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "100"))
        .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("200")));
    assertThat(fell.progress(POLICIES, CHARITY, day(2, 1)).changeFromBaseline()).map(BigDecimal::toString).contains("-100");
  }

  @Test
  void saysWhatItFoundInShort() {
    assertThat(P.progress(POLICIES, CHARITY, day(3, 1)).toString())
        .isEqualTo("a1.i1 org-charity as of 2026-03-01: 4, MET");
    assertThat(P.progress(POLICIES, CHARITY, day(1, 1)).toString())
        .isEqualTo("a1.i1 org-charity as of 2026-01-01: no value, NOT_MEASURED");
  }

  @Test
  void equalWhenItKnowsTheSame() {
    new EqualsTester()
        .addEqualityGroup(P.progress(POLICIES, CHARITY, day(3, 1)), P.progress(POLICIES, CHARITY, day(3, 1)))
        .addEqualityGroup(P.progress(POLICIES, CHARITY, day(3, 2)))
        .addEqualityGroup(P.progress(POLICIES, CHARITY, day(2, 1)))
        .addEqualityGroup(P.progress(POLICIES, SCHOOLS, day(3, 1)))
        .addEqualityGroup(P.progress(WAITS, CHARITY, day(3, 1)))
        .addEqualityGroup(PlanProgress.of(PLAN).withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
            .withMeasurement(measured(POLICIES, CHARITY, day(3, 1), "4"))
            .withTarget(Target.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("4")))
            .progress(POLICIES, CHARITY, day(3, 1)))
        .addEqualityGroup(PlanProgress.of(PLAN).withMeasurement(measured(POLICIES, CHARITY, day(2, 1), "3"))
            .withMeasurement(measured(POLICIES, CHARITY, day(3, 1), "4"))
            .withBaseline(Baseline.of(POLICIES, CHARITY, day(1, 1), new BigDecimal("2.5")))
            .progress(POLICIES, CHARITY, day(3, 1)))
        .testEquals();
  }
}
