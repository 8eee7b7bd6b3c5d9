package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.CHARITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.layer.Layer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForumTest {

  private static final ForumId ID = ForumId.parse("f-1");

  private static Forum labelled(String label) {
    return Forum.of(ID, CHARITY, ForumKind.PANEL, Layer.REGION, label);
  }

  @Test
  void holdsWhatItWasGiven() {
    Forum forum = labelled("Regional scrutiny panel");
    assertThat(forum.id()).isEqualTo(ID);
    assertThat(forum.organisation()).isEqualTo(CHARITY);
    assertThat(forum.kind()).isEqualTo(ForumKind.PANEL);
    assertThat(forum.layer()).isEqualTo(Layer.REGION);
    assertThat(forum.label()).isEqualTo("Regional scrutiny panel");
  }

  @Test
  void acceptsTheLongestLabelAndAnyScript() {
    assertThat(labelled("x".repeat(Forum.MAX_LABEL_LENGTH)).label()).hasSize(Forum.MAX_LABEL_LENGTH);
    assertThat(labelled("Grŵp cynghori ieuenctid").label()).isEqualTo("Grŵp cynghori ieuenctid");
  }

  static Stream<Arguments> badLabels() {
    return Stream.of(
        Arguments.of("", "must not be blank"),
        Arguments.of("  \t", "must not be blank"),
        Arguments.of("x".repeat(Forum.MAX_LABEL_LENGTH + 1), "at most 120 characters"),
        Arguments.of("Panel\nAlex Smith's notes", "control characters"),
        Arguments.of("Panel\u0007", "control characters"));
  }

  @ParameterizedTest
  @MethodSource("badLabels")
  void refusesALabelThatIsNotAShortOneLineNameAndNeverRepeatsIt(String label, String rule) {
    InvalidInputException e = rejectionOf(() -> labelled(label));
    assertThat(e.field()).isEqualTo("forum.label");
    assertThat(e.rule()).contains(rule);
    assertThat(e.offendingValue()).isEmpty();
  }

  @Test
  void toStringShowsIdsAndNotTheLabel() {
    assertThat(labelled("Regional scrutiny panel").toString())
        .contains("f-1", "org-charity", "PANEL", "REGION").doesNotContain("scrutiny");
  }
}
