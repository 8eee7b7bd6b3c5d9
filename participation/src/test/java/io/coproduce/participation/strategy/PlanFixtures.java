package io.coproduce.participation.strategy;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.RuleSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small plan of two aims, and members to record progress against it. */
final class PlanFixtures {

  private PlanFixtures() {}

  static final AimId A1 = AimId.parse("a1");
  static final AimId A2 = AimId.parse("a2");
  static final ObjectiveId O11 = ObjectiveId.parse("a1.o1");
  static final ObjectiveId O12 = ObjectiveId.parse("a1.o2");
  static final ObjectiveId O21 = ObjectiveId.parse("a2.o1");
  static final IndicatorId POLICIES = IndicatorId.parse("a1.i1");
  static final IndicatorId WAITS = IndicatorId.parse("a2.i1");
  static final RuleSource SOURCE = RuleSource.organisationPolicy("Our strategy 2026-2029");

  static final StrategicPlan PLAN = StrategicPlan.of(PlanId.parse("ours"), "Our plan", "1", SOURCE, List.of(
      Aim.of("a1", "Prevention everywhere", List.of(Objective.of("a1.o1", "Make the case"),
          Objective.of("a1.o2", "Shape policy")), List.of(Enabler.of("a1.e1", "Briefings")),
          List.of(Indicator.of("a1.i1", "Policies that mention young people's mental health", Direction.INCREASE))),
      Aim.of("a2", "Early help", List.of(Objective.of("a2.o1", "Join up services")), List.of(),
          List.of(Indicator.of("a2.i1", "Weeks waited for a first appointment", Direction.DECREASE)))));

  static final OrganisationId CHARITY = OrganisationId.parse("org-charity");
  static final OrganisationId SCHOOLS = OrganisationId.parse("org-schools");

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static Measurement measured(IndicatorId indicator, OrganisationId member, LocalDate on, String value) {
    return Measurement.of(indicator, member, on, new BigDecimal(value));
  }
}
