package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.O3;
import static io.coproduce.participation.workmap.WorkMapWorld.ON;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectiveGapTest {

  @Test
  void isAWarningNamingTheObjectiveTheAreasAndTheCaveat() {
    ObjectiveGap gap = new ObjectiveGap(O3, Region.UK_WIDE, Set.of(Region.WALES, Region.LONDON), ON);
    assertThat(gap.areas()).containsExactly(Region.LONDON, Region.WALES);
    Finding f = gap.finding();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.rule()).isEqualTo(WorkMapRules.OBJECTIVE_GAP);
    assertThat(f.reason().source()).isEqualTo(WorkMapRules.GAP_SOURCE);
    assertThat(f.reason().explanation()).isEqualTo("No member's active workstream serves objective aim-3.obj-1 in"
        + " London, Wales on 2026-03-01 (asked about UK-wide). The map knows only the work members have declared,"
        + " so this may be a gap in the map rather than in the work.");
  }

  @Test
  void refusesNoAreasOrAreasOutsideTheRegionAskedAbout() {
    assertThat(rejectionOf(() -> new ObjectiveGap(O3, Region.ENGLAND, Set.of(), ON)).field())
        .isEqualTo("objectiveGap.areas");
    var outside = rejectionOf(() -> new ObjectiveGap(O3, Region.ENGLAND, Set.of(Region.WALES), ON));
    assertThat(outside.field()).isEqualTo("objectiveGap.areas");
    assertThat(outside.offendingValue()).contains("WALES");
    assertThat(rejectionOf(() -> new ObjectiveGap(O3, Region.UK_WIDE, Set.of(Region.ENGLAND), ON)).field())
        .as("areas, not wider reaches").isEqualTo("objectiveGap.areas");
  }
}
