package io.coproduce.participation.forum;

import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HopTest {

  private static final RepresentationLink LINK =
      RepresentationLink.of(YP_1, ForumId.parse("f-a"), ForumId.parse("f-b"), Term.from(LocalDate.of(2025, 9, 1)));

  @Test
  void namesTheLinksPeopleAndForums() {
    Hop hop = Hop.of(LINK, Layer.SERVICE, Layer.REGION);
    assertThat(hop.member()).isEqualTo(YP_1);
    assertThat(hop.from()).isEqualTo(ForumId.parse("f-a"));
    assertThat(hop.to()).isEqualTo(ForumId.parse("f-b"));
    assertThat(hop.link()).isEqualTo(LINK);
    assertThat(hop).hasToString("yp-1: f-a (SERVICE) -> f-b (REGION)");
  }

  @Test
  void tellsWhetherItCrossesLayersAndWhichWay() {
    assertThat(Hop.of(LINK, Layer.SERVICE, Layer.REGION).crossesLayers()).isTrue();
    assertThat(Hop.of(LINK, Layer.SERVICE, Layer.REGION).goesUp()).isTrue();
    assertThat(Hop.of(LINK, Layer.REGION, Layer.SERVICE).crossesLayers()).isTrue();
    assertThat(Hop.of(LINK, Layer.REGION, Layer.SERVICE).goesUp()).isFalse();
    assertThat(Hop.of(LINK, Layer.ORGANISATION, Layer.ORGANISATION).crossesLayers()).isFalse();
    assertThat(Hop.of(LINK, Layer.ORGANISATION, Layer.ORGANISATION).goesUp()).isFalse();
  }
}
