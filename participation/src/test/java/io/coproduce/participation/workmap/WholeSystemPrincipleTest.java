package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WholeSystemPrincipleTest {

  @Test
  void thereAreSevenPrinciplesInTheirUsualOrder() {
    assertThat(Arrays.stream(WholeSystemPrinciple.values()).map(WholeSystemPrinciple::label)).containsExactly(
        "preventative", "integrated and partnership-led", "co-produced", "accountable", "non-stigmatising",
        "comprehensive and sustainably resourced", "evidence-based and data-driven");
  }

  @Test
  void citesWhereThePrinciplesComeFrom() {
    assertThat(WholeSystemPrinciple.SOURCE.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(WholeSystemPrinciple.SOURCE.citation()).contains("Rethink Mental Illness", "2024",
        "Closing the treatment gap");
  }
}
