package io.coproduce.examples.training;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.examples.scenario.Organisation;
import io.coproduce.examples.scenario.OrganisationKind;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.strategy.Activity;
import io.coproduce.participation.strategy.ActivityId;
import io.coproduce.participation.strategy.Baseline;
import io.coproduce.participation.strategy.IndicatorId;
import io.coproduce.participation.strategy.Measurement;
import io.coproduce.participation.strategy.ObjectiveId;
import io.coproduce.participation.strategy.PlanProgress;
import io.coproduce.participation.strategy.StrategicPlan;
import io.coproduce.participation.strategy.StrategicPlans;
import io.coproduce.participation.strategy.Target;
import io.coproduce.participation.workmap.FundingStatus;
import io.coproduce.participation.workmap.Region;
import io.coproduce.participation.workmap.WholeSystemPrinciple;
import io.coproduce.participation.workmap.WorkMap;
import io.coproduce.participation.workmap.Workstream;
import io.coproduce.participation.workmap.WorkstreamId;
import io.coproduce.participation.workmap.WorkstreamMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fictional progress and work map of the scenario's member organisations against the
 * coalition's shipped strategic plan ({@link StrategicPlans#coalition()}). The scenario holds no
 * strategy data, so this class makes some up, deterministically from the scenario's
 * organisations and processes (no randomness):
 *
 * <ul>
 *   <li>each co-production process is an activity of its first owner, tagged to the objective on
 *       co-producing services with young people and families ({@value #CO_PRODUCTION});
 *   <li>each local authority reports three indicators (waiting times, treatment gaps, school
 *       exclusions: all "decrease" indicators) with a baseline on the first day of the scenario's
 *       window, a target set that day and a measurement ten months later; the figures are
 *       invented from the authority's local-system index, so some targets are met and some not;
 *   <li>every member organisation but the two membership groups declares one workstream whose
 *       objectives, age bands, layers and methods follow its kind (schools: prevention for 10-17;
 *       services: joint working for 13-25; local charities: co-production for 6-25; local
 *       authorities: joint working and the workforce plan for every age in the remit; the
 *       coalition: national policy, UK-wide), in the English region, or the nation, of its local
 *       system, so the report shows overlaps and gaps.
 * </ul>
 *
 * <p>None of it describes a real organisation's work. Stateless.
 */
public final class CoalitionWork {

  /** The objective the scenario's co-production processes serve. */
  public static final String CO_PRODUCTION = "aim-2.obj-3";

  /** The indicators each local authority reports, all of them "decrease" indicators. */
  static final List<IndicatorId> REPORTED = List.of(IndicatorId.parse("aim-3.ind-6"),
      IndicatorId.parse("aim-2.ind-1"), IndicatorId.parse("aim-2.ind-5"));

  private static final Region[] ENGLISH = {Region.NORTH_EAST, Region.NORTH_WEST, Region.YORKSHIRE_AND_THE_HUMBER,
      Region.EAST_MIDLANDS, Region.WEST_MIDLANDS, Region.EAST_OF_ENGLAND, Region.LONDON, Region.SOUTH_EAST,
      Region.SOUTH_WEST};

  private CoalitionWork() {}

  /** Returns the plan's progress: the processes as activities, and the local authorities' indicators. */
  public static PlanProgress progress(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    StrategicPlan plan = StrategicPlans.coalition();
    PlanProgress progress = PlanProgress.of(plan);
    for (CoproductionProcess p : scenario.processes()) {
      OrganisationId owner = p.owners().iterator().next();
      progress = progress.withActivity(Activity.ongoingFrom(ActivityId.parse("act-" + p.id().value()), owner,
          "Co-production process " + p.id().value(), p.plannedStart(), List.of(),
          List.of(ObjectiveId.parse(CO_PRODUCTION))));
    }
    LocalDate baselineDay = scenario.windowStart();
    LocalDate measuredDay = baselineDay.plusMonths(10);
    for (Organisation o : scenario.organisations()) {
      if (o.kind() != OrganisationKind.LOCAL_AUTHORITY) {
        continue;
      }
      int s = o.localSystem();
      for (int i = 0; i < REPORTED.size(); i++) {
        IndicatorId indicator = REPORTED.get(i);
        int baseline = 40 + 7 * ((s + 3 * i) % 5);
        int target = baseline - 6;
        int measured = baseline - 2 * ((s + i) % 6);
        progress = progress
            .withBaseline(Baseline.of(indicator, o.id(), baselineDay, BigDecimal.valueOf(baseline)))
            .withTarget(Target.of(indicator, o.id(), baselineDay, BigDecimal.valueOf(target)))
            .withMeasurement(Measurement.of(indicator, o.id(), measuredDay, BigDecimal.valueOf(measured)));
      }
    }
    return progress;
  }

  /** Returns the member work map: one workstream per member organisation (not the membership groups). */
  public static WorkMap workMap(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    List<Workstream> all = new ArrayList<>();
    for (Organisation o : scenario.organisations()) {
      Workstream.Builder b = Workstream.builder(WorkstreamId.parse("ws-" + o.id().value()), o.id())
          .regions(List.of(regionOf(o)))
          .activeFrom(scenario.windowStart());
      switch (o.kind()) {
        case NATIONAL_CHARITY -> b.objectives(objectives("aim-1.obj-2", CO_PRODUCTION))
            .ageBands(WorkMap.REMIT_BANDS).layers(List.of(Layer.NATION))
            .methods(List.of(WorkstreamMethod.POLICY_AND_CAMPAIGNING, WorkstreamMethod.CONVENING))
            .principles(List.of(WholeSystemPrinciple.CO_PRODUCED)).funding(FundingStatus.FUNDED)
            .regions(List.of(Region.UK_WIDE));
        case SCHOOL -> b.objectives(objectives("aim-1.obj-3"))
            .ageBands(List.of(AgeBand.AGE_10_TO_12, AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17))
            .layers(List.of(Layer.ORGANISATION)).methods(List.of(WorkstreamMethod.DIRECT_SUPPORT))
            .principles(List.of(WholeSystemPrinciple.PREVENTATIVE)).funding(FundingStatus.PART_FUNDED);
        case SERVICE -> b.objectives(objectives("aim-2.obj-1"))
            .ageBands(List.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17, AgeBand.AGE_18_TO_25))
            .layers(List.of(Layer.SERVICE)).methods(List.of(WorkstreamMethod.DIRECT_SUPPORT, WorkstreamMethod.CO_PRODUCTION))
            .principles(List.of(WholeSystemPrinciple.INTEGRATED_AND_PARTNERSHIP_LED)).funding(FundingStatus.FUNDED);
        case LOCAL_CHARITY -> b.objectives(objectives(CO_PRODUCTION))
            .ageBands(List.of(AgeBand.AGE_6_TO_9, AgeBand.AGE_10_TO_12, AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17,
                AgeBand.AGE_18_TO_25))
            .layers(List.of(Layer.ORGANISATION)).methods(List.of(WorkstreamMethod.PEER_SUPPORT, WorkstreamMethod.CO_PRODUCTION))
            .principles(List.of(WholeSystemPrinciple.CO_PRODUCED, WholeSystemPrinciple.NON_STIGMATISING))
            .funding(FundingStatus.SEEKING_FUNDING);
        case LOCAL_AUTHORITY -> b.objectives(objectives("aim-2.obj-1", "aim-3.obj-1"))
            .ageBands(WorkMap.REMIT_BANDS).layers(List.of(Layer.LOCAL_SYSTEM))
            .methods(List.of(WorkstreamMethod.CONVENING, WorkstreamMethod.TRAINING))
            .principles(List.of(WholeSystemPrinciple.INTEGRATED_AND_PARTNERSHIP_LED, WholeSystemPrinciple.ACCOUNTABLE))
            .funding(FundingStatus.FUNDED);
        default -> {
          continue;
        }
      }
      all.add(b.build());
    }
    return WorkMap.of(all);
  }

  /** Returns where an organisation works: its nation, or for England an English region chosen by its local system. */
  static Region regionOf(Organisation o) {
    return switch (o.nation()) {
      case WALES -> Region.WALES;
      case SCOTLAND -> Region.SCOTLAND;
      case NORTHERN_IRELAND -> Region.NORTHERN_IRELAND;
      case ENGLAND -> o.localSystem() < 0 ? Region.ENGLAND : ENGLISH[o.localSystem() % ENGLISH.length];
    };
  }

  private static List<ObjectiveId> objectives(String... ids) {
    List<ObjectiveId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(ObjectiveId.parse(id));
    }
    return out;
  }
}
