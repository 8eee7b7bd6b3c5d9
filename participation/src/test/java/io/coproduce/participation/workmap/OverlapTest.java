package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.ANNA;
import static io.coproduce.participation.workmap.WorkMapWorld.BRIGHT;
import static io.coproduce.participation.workmap.WorkMapWorld.CEDAR;
import static io.coproduce.participation.workmap.WorkMapWorld.O1;
import static io.coproduce.participation.workmap.WorkMapWorld.ON;
import static io.coproduce.participation.workmap.WorkMapWorld.wid;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OverlapTest {

  private static SortedMap<Region, Set<AgeBand>> shared(Map<Region, Set<AgeBand>> map) {
    return new TreeMap<>(map);
  }

  private static final Overlap OVERLAP = new Overlap(O1, Set.of(BRIGHT, ANNA),
      shared(Map.of(Region.NORTH_WEST, Set.of(AgeBand.AGE_16_TO_17),
          Region.LONDON, Set.of(AgeBand.AGE_16_TO_17, AgeBand.AGE_13_TO_15),
          Region.WALES, Set.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17))),
      Set.of(wid("b1"), wid("a1")), ON);

  @Test
  void holdsMembersAreasAndBandsInOrder() {
    assertThat(OVERLAP.members()).containsExactly(ANNA, BRIGHT);
    assertThat(OVERLAP.regions()).containsExactly(Region.NORTH_WEST, Region.LONDON, Region.WALES);
    assertThat(OVERLAP.bands()).containsExactly(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17);
    assertThat(OVERLAP.shared().get(Region.LONDON)).containsExactly(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17);
    assertThat(OVERLAP.workstreams()).containsExactly(wid("a1"), wid("b1"));
  }

  @Test
  void coversExactlyTheSharedCells() {
    assertThat(OVERLAP.covers(Region.LONDON, AgeBand.AGE_13_TO_15)).isTrue();
    assertThat(OVERLAP.covers(Region.NORTH_WEST, AgeBand.AGE_13_TO_15)).isFalse();
    assertThat(OVERLAP.covers(Region.SCOTLAND, AgeBand.AGE_16_TO_17)).isFalse();
  }

  @Test
  void isAdviceNamingMembersObjectiveBandsByAreaAndWorkstreams() {
    Finding f = OVERLAP.finding();
    assertThat(f.severity()).isEqualTo(Severity.ADVICE);
    assertThat(f.rule()).isEqualTo(WorkMapRules.OVERLAP);
    assertThat(f.reason().source()).isEqualTo(WorkMapRules.OVERLAP_SOURCE);
    assertThat(f.about()).isEmpty();
    assertThat(f.reason().explanation()).isEqualTo("Members org-anna, org-bright all serve objective aim-1.obj-1 on"
        + " 2026-03-01 for the same ages in the same places: 16-17 in North West; 13-15, 16-17 in London, Wales"
        + " (workstreams a1, b1). They may want to coordinate so that effort is not duplicated.");
  }

  @Test
  void refusesFewerThanTwoMembers() {
    assertThat(rejectionOf(() -> new Overlap(O1, Set.of(ANNA), shared(Map.of(Region.LONDON,
        Set.of(AgeBand.AGE_6_TO_9))), Set.of(wid("a1"), wid("a2")), ON)).field()).isEqualTo("overlap.members");
  }

  @Test
  void refusesFewerThanTwoWorkstreams() {
    assertThat(rejectionOf(() -> new Overlap(O1, Set.of(ANNA, CEDAR), shared(Map.of(Region.LONDON,
        Set.of(AgeBand.AGE_6_TO_9))), Set.of(wid("a1")), ON)).field()).isEqualTo("overlap.workstreams");
  }

  @Test
  void refusesNoPlaceAWiderReachOrAnAreaWithoutBands() {
    Set<OrganisationId> two = Set.of(ANNA, CEDAR);
    Set<WorkstreamId> streams = Set.of(wid("a1"), wid("c1"));
    assertThat(rejectionOf(() -> new Overlap(O1, two, shared(Map.of()), streams, ON)).field())
        .isEqualTo("overlap.shared");
    var wide = rejectionOf(() -> new Overlap(O1, two, shared(Map.of(Region.ENGLAND, Set.of(AgeBand.AGE_6_TO_9))),
        streams, ON));
    assertThat(wide.field()).isEqualTo("overlap.shared");
    assertThat(wide.offendingValue()).contains("ENGLAND");
    var bare = rejectionOf(() -> new Overlap(O1, two, shared(Map.of(Region.WALES, Set.of())), streams, ON));
    assertThat(bare.field()).isEqualTo("overlap.shared");
    assertThat(bare.offendingValue()).contains("WALES");
  }
}
