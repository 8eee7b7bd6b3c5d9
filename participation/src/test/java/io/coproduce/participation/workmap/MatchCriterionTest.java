package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchCriterionTest {

  @ParameterizedTest
  @CsvSource({"OBJECTIVE, 4, objective, workmap.partner.objective", "AGE_BAND, 2, age band, workmap.partner.age-band",
      "REGION, 2, region, workmap.partner.region", "LAYER, 1, layer, workmap.partner.layer",
      "METHOD, 1, method, workmap.partner.method"})
  void eachCriterionIsWorthItsPoints(MatchCriterion criterion, int points, String label, String rule) {
    assertThat(criterion.points()).isEqualTo(points);
    assertThat(criterion.label()).isEqualTo(label);
    assertThat(criterion.rule()).isEqualTo(rule);
  }

  @Test
  void ruleNamesAreDistinctAndTheSourceStatesThePoints() {
    assertThat(Arrays.stream(MatchCriterion.values()).map(MatchCriterion::rule)).doesNotHaveDuplicates();
    for (MatchCriterion criterion : MatchCriterion.values()) {
      assertThat(WorkMapRules.PARTNER_SOURCE.citation())
          .contains(criterion.points() + (criterion.points() == 4 ? " points per bid " : " per ") + criterion.label());
    }
  }
}
