package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.wid;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerMatchTest {

  @Test
  void theReasonNamesTheCriterionValueWorkstreamsAndPoints() {
    Reason one = new PartnerMatch(MatchCriterion.LAYER, "NATION", Set.of(wid("w1"))).reason();
    assertThat(one.rule()).isEqualTo("workmap.partner.layer");
    assertThat(one.source()).isEqualTo(WorkMapRules.PARTNER_SOURCE);
    assertThat(one.explanation()).isEqualTo("Shares the bid's layer NATION through workstream w1 (1 point)");
    Reason two = new PartnerMatch(MatchCriterion.OBJECTIVE, "aim-1.obj-1", Set.of(wid("w2"), wid("w1"))).reason();
    assertThat(two.explanation())
        .isEqualTo("Shares the bid's objective aim-1.obj-1 through workstreams w1, w2 (4 points)");
  }

  @Test
  void isWorthItsCriterionsPoints() {
    for (MatchCriterion c : MatchCriterion.values()) {
      assertThat(new PartnerMatch(c, "x", Set.of(wid("w1"))).points()).isEqualTo(c.points());
    }
  }

  @Test
  void refusesABlankValueOrNoWorkstream() {
    assertThat(rejectionOf(() -> new PartnerMatch(MatchCriterion.REGION, " ", Set.of(wid("w1")))).field())
        .isEqualTo("partnerMatch.value");
    assertThat(rejectionOf(() -> new PartnerMatch(MatchCriterion.REGION, "LONDON", Set.of())).field())
        .isEqualTo("partnerMatch.through");
  }
}
