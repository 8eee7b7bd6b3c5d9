package io.coproduce.reporting.reach;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquityPolicyTest {

  @Test
  void theDefaultIsTheLibrarysOwnFourFifthsPolicy() {
    EquityPolicy p = EquityPolicy.defaults();
    assertThat(p.threshold()).isEqualTo(0.8).isEqualTo(EquityPolicy.DEFAULT_THRESHOLD);
    assertThat(p.source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(p.isUnderServed(0.7999)).isTrue();
    assertThat(p.isUnderServed(0.8)).isFalse();
  }

  @Test
  void anOrganisationMaySetItsOwn() {
    EquityPolicy p = EquityPolicy.organisation(1.0, "Equity plan");
    assertThat(p.source()).isEqualTo(RuleSource.organisationPolicy("Equity plan"));
    assertThat(p.isUnderServed(0.99)).isTrue();
    assertThat(EquityPolicy.organisation(0.01, "x").threshold()).isEqualTo(0.01);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.1, 1.0001, Double.NaN, Double.POSITIVE_INFINITY})
  void refusesThresholdsOutsideZeroToOne(double threshold) {
    assertThat(rejectionOf(() -> EquityPolicy.organisation(threshold, "x")).field())
        .isEqualTo("equityPolicy.threshold");
  }
}
