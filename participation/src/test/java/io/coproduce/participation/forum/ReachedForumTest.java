package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static io.coproduce.participation.forum.ForumFixtures.YP_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReachedForumTest {

  static final ForumId A = ForumId.parse("f-a");
  static final ForumId B = ForumId.parse("f-b");
  static final ForumId C = ForumId.parse("f-c");
  static final Term TERM = Term.from(LocalDate.of(2025, 9, 1));
  static final Hop A_TO_B = Hop.of(RepresentationLink.of(YP_1, A, B, TERM), Layer.SERVICE, Layer.ORGANISATION);
  static final Hop B_TO_C = Hop.of(RepresentationLink.of(YP_2, B, C, TERM), Layer.ORGANISATION, Layer.NATION);

  @Test
  void describesThePath() {
    ReachedForum reached = new ReachedForum(C, Layer.NATION, List.of(A_TO_B, B_TO_C));
    assertThat(reached.distance()).isEqualTo(2);
    assertThat(reached.carriers()).containsExactly(YP_1, YP_2);
    assertThat(reached.layersOnPath()).containsExactly(Layer.SERVICE, Layer.ORGANISATION, Layer.NATION);
    assertThatThrownBy(() -> reached.path().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> badPaths() {
    Hop bToCFromWrongLayer = Hop.of(B_TO_C.link(), Layer.REGION, Layer.NATION);
    return Stream.of(
        Arguments.of("no hops", C, Layer.NATION, List.of(), "reachedForum.path", "at least one hop"),
        Arguments.of("hops that do not connect", C, Layer.NATION, List.of(B_TO_C, A_TO_B),
            "reachedForum.path[1]", "must leave the forum"),
        Arguments.of("a hop leaving from the wrong layer", C, Layer.NATION, List.of(A_TO_B, bToCFromWrongLayer),
            "reachedForum.path[1]", "must leave the forum"),
        Arguments.of("a path ending elsewhere", B, Layer.ORGANISATION, List.of(A_TO_B, B_TO_C),
            "reachedForum.path[1]", "must reach reachedForum.forum"),
        Arguments.of("a path reaching another layer", C, Layer.REGION, List.of(A_TO_B, B_TO_C),
            "reachedForum.path[1]", "must reach reachedForum.forum"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPaths")
  void refusesAPathThatDoesNotLeadToTheForum(String what, ForumId forum, Layer layer, List<Hop> path,
      String field, String rule) {
    InvalidInputException e = rejectionOf(() -> new ReachedForum(forum, layer, path));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }
}
