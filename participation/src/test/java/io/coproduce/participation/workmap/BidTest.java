package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.ANNA;
import static io.coproduce.participation.workmap.WorkMapWorld.BRIGHT;
import static io.coproduce.participation.workmap.WorkMapWorld.O1;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.participation.layer.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BidTest {

  private static final Bid BID = Bid.of(List.of(O1), List.of(AgeBand.AGE_16_TO_17, AgeBand.AGE_13_TO_15),
      List.of(Region.WALES, Region.ENGLAND), List.of(), List.of());

  @Test
  void layersAndMethodsMayBeLeftOpen() {
    assertThat(BID.layers()).isEmpty();
    assertThat(BID.methods()).isEmpty();
    assertThat(BID.excluding()).isEmpty();
    assertThat(BID.ageBands()).containsExactly(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17);
    assertThat(BID.areas()).hasSize(10).contains(Region.WALES, Region.LONDON).doesNotContain(Region.SCOTLAND);
  }

  @Test
  void refusesABidWithoutObjectivesAgeBandsOrRegions() {
    assertThat(rejectionOf(() -> Bid.of(List.of(), List.of(AgeBand.AGE_6_TO_9), List.of(Region.WALES), List.of(),
        List.of())).field()).isEqualTo("bid.objectives");
    assertThat(rejectionOf(() -> Bid.of(List.of(O1), List.of(), List.of(Region.WALES), List.of(),
        List.of())).field()).isEqualTo("bid.ageBands");
    assertThat(rejectionOf(() -> Bid.of(List.of(O1), List.of(AgeBand.AGE_6_TO_9), List.of(), List.of(),
        List.of())).field()).isEqualTo("bid.regions");
  }

  @Test
  void excludingAddsToTheMembersNeverSuggested() {
    Bid one = BID.excluding(List.of(BRIGHT));
    assertThat(one.excluding()).containsExactly(BRIGHT);
    Bid two = one.excluding(List.of(ANNA));
    assertThat(two.excluding()).containsExactly(ANNA, BRIGHT);
    assertThat(two.excluding(Set.of(ANNA))).isSameAs(two);
    assertThat(two.objectives()).isEqualTo(BID.objectives());
    assertThat(two.regions()).isEqualTo(BID.regions());
  }

  @Test
  void equalBidsWhateverTheOrderGiven() {
    assertThat(Bid.of(List.of(O1), List.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17),
        List.of(Region.ENGLAND, Region.WALES), List.of(), List.of())).isEqualTo(BID);
    assertThat(Bid.of(List.of(O1), List.of(AgeBand.AGE_13_TO_15), List.of(Region.ENGLAND), List.of(Layer.NATION),
        List.of(WorkstreamMethod.RESEARCH)).layers()).containsExactly(Layer.NATION);
  }
}
