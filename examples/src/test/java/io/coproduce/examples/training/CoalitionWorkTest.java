package io.coproduce.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.examples.scenario.Organisation;
import io.coproduce.examples.scenario.OrganisationKind;
import io.coproduce.examples.scenario.Scenario;
import io.coproduce.examples.scenario.ScenarioSize;
import io.coproduce.participation.strategy.IndicatorProgress;
import io.coproduce.participation.strategy.ObjectiveId;
import io.coproduce.participation.strategy.PlanProgress;
import io.coproduce.participation.strategy.TargetStatus;
import io.coproduce.participation.workmap.Region;
import io.coproduce.participation.workmap.WorkMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoalitionWorkTest {

  private static final Scenario SCENARIO = Scenario.generate(2026, ScenarioSize.TINY);

  @Test
  void everyProcessIsAnActivityServingCoProduction() {
    PlanProgress progress = CoalitionWork.progress(SCENARIO);

    assertThat(progress.activities()).hasSize(SCENARIO.processes().size());
    assertThat(progress.activities()).allSatisfy(a ->
        assertThat(a.objectives()).containsExactly(ObjectiveId.parse(CoalitionWork.CO_PRODUCTION)));
  }

  @Test
  void everyLocalAuthorityReportsItsIndicatorsWithSomeTargetsMetAndSomeNot() {
    PlanProgress progress = CoalitionWork.progress(SCENARIO);
    List<Organisation> authorities = SCENARIO.organisations().stream()
        .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY).toList();
    Set<TargetStatus> statuses = EnumSet.noneOf(TargetStatus.class);

    for (Organisation la : authorities) {
      for (var indicator : CoalitionWork.REPORTED) {
        IndicatorProgress p = progress.progress(indicator, la.id(), SCENARIO.referenceDate());
        statuses.add(p.targetStatus());
      }
    }

    assertThat(progress.measurements()).hasSize(authorities.size() * CoalitionWork.REPORTED.size());
    assertThat(progress.baselines()).hasSameSizeAs(progress.measurements());
    assertThat(statuses).hasSizeGreaterThan(1);
  }

  @Test
  void everyMemberButTheMembershipGroupsHasOneWorkstreamInItsNationOrRegion() {
    WorkMap map = CoalitionWork.workMap(SCENARIO);
    long members = SCENARIO.organisations().stream().filter(o -> o.kind() != OrganisationKind.MEMBERSHIP_GROUP).count();

    assertThat(map.workstreams()).hasSize((int) members);
    for (Organisation o : SCENARIO.organisations()) {
      if (o.kind() == OrganisationKind.MEMBERSHIP_GROUP) {
        assertThat(map.workstreamsOf(o.id())).isEmpty();
        continue;
      }
      Set<Region> regions = map.workstreamsOf(o.id()).get(0).regions();
      switch (o.nation()) {
        case WALES -> assertThat(regions).containsExactly(Region.WALES);
        case SCOTLAND -> assertThat(regions).containsExactly(Region.SCOTLAND);
        case NORTHERN_IRELAND -> assertThat(regions).containsExactly(Region.NORTHERN_IRELAND);
        case ENGLAND -> assertThat(regions).allMatch(r -> r == Region.UK_WIDE || r.isEnglishRegion());
      }
    }
  }

  @Test
  void theMapShowsGapsSoTheReportHasSomethingToSay() {
    WorkMap map = CoalitionWork.workMap(SCENARIO);
    Set<ObjectiveId> objectives = CoalitionWork.progress(SCENARIO).plan().objectives().stream()
        .map(o -> o.id()).collect(Collectors.toSet());

    assertThat(map.gapsOn(SCENARIO.referenceDate(), Region.UK_WIDE, objectives).isEmpty()).isFalse();
    assertThat(map.activeOn(SCENARIO.referenceDate())).hasSameSizeAs(map.workstreams());
  }
}
