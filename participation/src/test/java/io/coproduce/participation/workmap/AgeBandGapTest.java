package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.ON;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgeBandGapTest {

  @Test
  void isAWarningNamingTheBandTheAreasAndTheCaveat() {
    AgeBandGap gap = new AgeBandGap(AgeBand.AGE_6_TO_9, Region.ENGLAND, Region.ENGLAND.areas(), ON);
    Finding f = gap.finding();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.rule()).isEqualTo(WorkMapRules.AGE_BAND_GAP);
    assertThat(f.reason().source()).isEqualTo(WorkMapRules.GAP_SOURCE);
    assertThat(f.reason().explanation()).isEqualTo("No member's active workstream is for ages 6-9 in England on"
        + " 2026-03-01 (asked about England). The map knows only the work members have declared, so this may be"
        + " a gap in the map rather than in the work.");
  }

  @Test
  void refusesNoAreasOrAreasOutsideTheRegionAskedAbout() {
    assertThat(rejectionOf(() -> new AgeBandGap(AgeBand.AGE_6_TO_9, Region.LONDON, Set.of(), ON)).field())
        .isEqualTo("ageBandGap.areas");
    assertThat(rejectionOf(() -> new AgeBandGap(AgeBand.AGE_6_TO_9, Region.LONDON, Set.of(Region.SOUTH_EAST), ON))
        .field()).isEqualTo("ageBandGap.areas");
  }
}
