package io.coproduce.examples.training;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Response;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.reach.ReferencePopulation;

/**
 * The reference population the training run compares reach against: made-up shares for the
 * fictional coalition's 0-25 population by age band, nation, gender and home-area deprivation
 * decile. They are <em>synthetic</em>, chosen only to be plausible for a UK-wide coalition; they
 * are not census figures and must never be quoted as such. Stateless.
 */
public final class SyntheticPopulation {

  /** Where the figures come from: the training scenario itself, never a real statistic. */
  public static final RuleSource SOURCE = RuleSource.organisationPolicy(
      "Coproduce training scenario: a synthetic reference population for the fictional coalition"
          + " (made-up shares, not census figures)");

  private SyntheticPopulation() {}

  /** Returns the synthetic reference population. */
  public static ReferencePopulation coalition() {
    ReferencePopulation.Builder b = ReferencePopulation.builder(SOURCE)
        .share(Dimension.AGE_BAND, AgeBand.AGE_0_TO_5, 0.22)
        .share(Dimension.AGE_BAND, AgeBand.AGE_6_TO_9, 0.15)
        .share(Dimension.AGE_BAND, AgeBand.AGE_10_TO_12, 0.12)
        .share(Dimension.AGE_BAND, AgeBand.AGE_13_TO_15, 0.12)
        .share(Dimension.AGE_BAND, AgeBand.AGE_16_TO_17, 0.08)
        .share(Dimension.AGE_BAND, AgeBand.AGE_18_TO_25, 0.31)
        .share(Dimension.JURISDICTION, Jurisdiction.ENGLAND, 0.84)
        .share(Dimension.JURISDICTION, Jurisdiction.WALES, 0.05)
        .share(Dimension.JURISDICTION, Jurisdiction.SCOTLAND, 0.08)
        .share(Dimension.JURISDICTION, Jurisdiction.NORTHERN_IRELAND, 0.03)
        .share(Dimension.GENDER, Response.answered(Gender.GIRL_OR_WOMAN), 0.49)
        .share(Dimension.GENDER, Response.answered(Gender.BOY_OR_MAN), 0.49)
        .share(Dimension.GENDER, Response.answered(Gender.NON_BINARY), 0.01);
    for (int decile = 1; decile <= 10; decile++) {
      b.share(Dimension.DEPRIVATION_DECILE, Response.answered(decile), 0.1);
    }
    return b.build();
  }
}
