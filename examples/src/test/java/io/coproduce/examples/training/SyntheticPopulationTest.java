package io.coproduce.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Response;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.reach.ReferencePopulation;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

  private final ReferencePopulation population = SyntheticPopulation.coalition();

  @Test
  void saysItIsSyntheticAndNotCensusFigures() {
    assertThat(population.source()).isEqualTo(SyntheticPopulation.SOURCE);
    assertThat(population.source().kind()).isEqualTo(RuleSource.Kind.ORGANISATION_POLICY);
    assertThat(population.source().citation()).contains("synthetic", "not census figures");
  }

  @Test
  void everyAgeBandOfTheRemitAndEveryNationHasAShareAndTheyAddUpToOne() {
    double ages = 0;
    for (AgeBand band : AgeBand.values()) {
      if (band != AgeBand.ADULT_26_PLUS) {
        assertThat(population.share(Dimension.AGE_BAND, band)).as(band.name()).isPresent();
        ages += population.share(Dimension.AGE_BAND, band).getAsDouble();
      }
    }
    double nations = 0;
    for (Jurisdiction j : Jurisdiction.values()) {
      nations += population.share(Dimension.JURISDICTION, j).orElseThrow();
    }
    assertThat(ages).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(nations).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(population.share(Dimension.AGE_BAND, AgeBand.ADULT_26_PLUS)).isEmpty();
  }

  @Test
  void monitoringSharesAreKeyedByAnsweredResponses() {
    assertThat(population.share(Dimension.GENDER, Response.answered(Gender.GIRL_OR_WOMAN))).hasValue(0.49);
    assertThat(population.share(Dimension.DEPRIVATION_DECILE, Response.answered(1))).hasValue(0.1);
    assertThat(population.share(Dimension.GENDER, Response.preferNotToSay())).isEmpty();
    assertThat(population.groups(Dimension.ETHNICITY)).isEmpty();
  }
}
