package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static io.coproduce.participation.forum.ForumFixtures.YP_2;
import static io.coproduce.participation.forum.ReachedForumTest.A;
import static io.coproduce.participation.forum.ReachedForumTest.A_TO_B;
import static io.coproduce.participation.forum.ReachedForumTest.B;
import static io.coproduce.participation.forum.ReachedForumTest.B_TO_C;
import static io.coproduce.participation.forum.ReachedForumTest.C;
import static io.coproduce.participation.forum.ReachedForumTest.TERM;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VoiceReachTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  private static final ReachedForum TO_B = new ReachedForum(B, Layer.ORGANISATION, List.of(A_TO_B));
  private static final ReachedForum TO_C = new ReachedForum(C, Layer.NATION, List.of(A_TO_B, B_TO_C));

  @Test
  void answersWhichForumsByWhomAndAtWhichLayers() {
    VoiceReach reach = new VoiceReach(A, Layer.SERVICE, ON, List.of(TO_B, TO_C));
    assertThat(reach.forums()).containsExactly(B, C);
    assertThat(reach.reaches(C)).isTrue();
    assertThat(reach.reaches(A)).as("the origin is not counted").isFalse();
    assertThat(reach.find(B)).contains(TO_B);
    assertThat(reach.pathTo(C)).contains(List.of(A_TO_B, B_TO_C));
    assertThat(reach.pathTo(ForumId.parse("f-z"))).isEmpty();
    assertThat(reach.carriers()).containsExactly(YP_1, YP_2);
    assertThat(reach.layersReached()).containsExactly(Layer.ORGANISATION, Layer.NATION);
    assertThat(reach.highestLayerReached()).contains(Layer.NATION);
    assertThat(reach.crossesLayers()).isTrue();
  }

  @Test
  void reachingNothingIsAnAnswerToo() {
    VoiceReach reach = new VoiceReach(A, Layer.SERVICE, ON, List.of());
    assertThat(reach.forums()).isEmpty();
    assertThat(reach.carriers()).isEmpty();
    assertThat(reach.layersReached()).isEmpty();
    assertThat(reach.highestLayerReached()).isEmpty();
    assertThat(reach.crossesLayers()).isFalse();
  }

  @Test
  void reachingOnlyTheOriginsLayerDoesNotCrossLayers() {
    Hop sideways = Hop.of(RepresentationLink.of(YP_1, A, B, TERM), Layer.ORGANISATION, Layer.ORGANISATION);
    VoiceReach reach = new VoiceReach(A, Layer.ORGANISATION, ON,
        List.of(new ReachedForum(B, Layer.ORGANISATION, List.of(sideways))));
    assertThat(reach.crossesLayers()).isFalse();
    assertThat(reach.layersReached()).containsExactly(Layer.ORGANISATION);
  }

  static Stream<Arguments> badAnswers() {
    ReachedForum backToA = new ReachedForum(A, Layer.SERVICE,
        List.of(A_TO_B, Hop.of(RepresentationLink.of(YP_2, B, A, TERM), Layer.ORGANISATION, Layer.SERVICE)));
    return Stream.of(
        Arguments.of("a path from elsewhere", B, Layer.ORGANISATION, List.of(TO_C),
            "voiceReach.reached[0].path", "must start at the origin"),
        Arguments.of("a path from the origin's id at another layer", A, Layer.REGION, List.of(TO_B),
            "voiceReach.reached[0].path", "must start at the origin"),
        Arguments.of("a forum twice", A, Layer.SERVICE, List.of(TO_B, TO_B),
            "voiceReach.reached[1].forum", "must be listed once"),
        Arguments.of("the origin itself", A, Layer.SERVICE, List.of(TO_B, backToA),
            "voiceReach.reached[1].forum", "must not be the origin"),
        Arguments.of("a farther forum first", A, Layer.SERVICE, List.of(TO_C, TO_B),
            "voiceReach.reached[1]", "nearest first"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void refusesAnInconsistentAnswer(String what, ForumId origin, Layer layer, List<ReachedForum> reached,
      String field, String rule) {
    InvalidInputException e = rejectionOf(() -> new VoiceReach(origin, layer, ON, reached));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }

  @Test
  void theQuestionIsLundysAudience() {
    assertThat(ForumSources.VOICE_REACH.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(ForumSources.VOICE_REACH.citation()).contains("Lundy", "2007", "audience");
  }
}
