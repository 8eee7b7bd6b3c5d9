package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.ANNA;
import static io.coproduce.participation.workmap.WorkMapWorld.BRIGHT;
import static io.coproduce.participation.workmap.WorkMapWorld.wid;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerCandidateTest {

  private static final PartnerMatch OBJECTIVE = new PartnerMatch(MatchCriterion.OBJECTIVE, "o1", Set.of(wid("w1")));
  private static final PartnerMatch BAND = new PartnerMatch(MatchCriterion.AGE_BAND, "6-9", Set.of(wid("w1")));
  private static final PartnerMatch METHOD = new PartnerMatch(MatchCriterion.METHOD, "TRAINING", Set.of(wid("w2")));

  private static PartnerCandidate candidate(OrganisationId member, PartnerMatch... matches) {
    return new PartnerCandidate(member, List.of(matches), Set.of(wid("w1"), wid("w2")));
  }

  @Test
  void scoresTheSumOfItsMatches() {
    assertThat(candidate(ANNA, OBJECTIVE, BAND, METHOD).score()).isEqualTo(7);
    assertThat(candidate(ANNA, METHOD).score()).isEqualTo(1);
  }

  @Test
  void ranksHigherScoresFirstThenByOrganisationId() {
    PartnerCandidate high = candidate(BRIGHT, OBJECTIVE, BAND);
    PartnerCandidate lowA = candidate(ANNA, METHOD);
    PartnerCandidate lowB = candidate(BRIGHT, METHOD);
    PartnerCandidate sameAsHigh = candidate(ANNA, OBJECTIVE, BAND);
    List<PartnerCandidate> all = new ArrayList<>(List.of(lowB, high, lowA, sameAsHigh));
    all.sort(PartnerCandidate.RANKING);
    assertThat(all).containsExactly(sameAsHigh, high, lowA, lowB);
  }

  @Test
  void listsMatchesByCriterionAndTheirReasons() {
    PartnerCandidate c = candidate(ANNA, OBJECTIVE, BAND, METHOD);
    assertThat(c.matchesOn(MatchCriterion.AGE_BAND)).containsExactly(BAND);
    assertThat(c.matchesOn(MatchCriterion.REGION)).isEmpty();
    assertThat(c.reasons()).extracting(Reason::rule)
        .containsExactly("workmap.partner.objective", "workmap.partner.age-band", "workmap.partner.method");
  }

  @Test
  void refusesNoMatchNoWorkstreamOrAMatchThroughAnotherWorkstream() {
    assertThat(rejectionOf(() -> new PartnerCandidate(ANNA, List.of(), Set.of(wid("w1")))).field())
        .isEqualTo("partnerCandidate.matches");
    assertThat(rejectionOf(() -> new PartnerCandidate(ANNA, List.of(OBJECTIVE), Set.of())).field())
        .isEqualTo("partnerCandidate.workstreams");
    var foreign = rejectionOf(() -> new PartnerCandidate(ANNA, List.of(OBJECTIVE, METHOD), Set.of(wid("w1"))));
    assertThat(foreign.field()).isEqualTo("partnerCandidate.matches");
    assertThat(foreign.offendingValue()).contains("w2");
  }
}
