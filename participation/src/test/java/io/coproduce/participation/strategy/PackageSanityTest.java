package io.coproduce.participation.strategy;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.RuleSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Ids and texts are outside input, so a null one is reported as
 * an {@link io.coproduce.core.error.InvalidInputException} (covered by each type's test), and the
 * factories and constructors taking them are left out here; the nullable end of an ongoing
 * {@link Activity} is covered by {@link ActivityTest}.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(PlanId.class, PlanId.parse("p"))
      .setDefault(AimId.class, PlanFixtures.A1)
      .setDefault(ObjectiveId.class, PlanFixtures.O11)
      .setDefault(IndicatorId.class, PlanFixtures.POLICIES)
      .setDefault(ActivityId.class, ActivityId.parse("act-1"))
      .setDefault(OrganisationId.class, PlanFixtures.CHARITY)
      .setDefault(LocalDate.class, PlanFixtures.day(2, 1))
      .setDefault(BigDecimal.class, BigDecimal.ONE)
      .setDefault(RuleSource.class, PlanFixtures.SOURCE)
      .setDefault(StrategicPlan.class, PlanFixtures.PLAN)
      .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
      .setDefault(List.class, List.of());

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(Measurement.class);
    tester.testAllPublicStaticMethods(Baseline.class);
    tester.testAllPublicStaticMethods(Target.class);
    tester.testAllPublicStaticMethods(PlanProgress.class);
    tester.testAllPublicStaticMethods(StrategicPlans.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    PlanProgress p = PlanProgress.of(PlanFixtures.PLAN)
        .withMeasurement(PlanFixtures.measured(PlanFixtures.POLICIES, PlanFixtures.CHARITY, PlanFixtures.day(2, 1), "3"));
    tester.testAllPublicInstanceMethods(p);
    tester.testAllPublicInstanceMethods(PlanFixtures.PLAN);
    tester.testAllPublicInstanceMethods(p.progress(PlanFixtures.POLICIES, PlanFixtures.CHARITY, PlanFixtures.day(2, 1)));
    tester.testAllPublicInstanceMethods(Direction.INCREASE);
    tester.testAllPublicInstanceMethods(Activity.ongoingFrom(ActivityId.parse("act-1"), PlanFixtures.CHARITY, "x",
        PlanFixtures.day(2, 1), List.of(PlanFixtures.A1), List.of()));
  }

  @Test
  void constructorsRejectNull() {
    tester.testAllPublicConstructors(Measurement.class);
    tester.testAllPublicConstructors(Baseline.class);
    tester.testAllPublicConstructors(Target.class);
  }
}
