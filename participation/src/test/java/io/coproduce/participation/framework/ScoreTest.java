package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.coproduce.core.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreTest {

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(0, 1, 0, 0, "score.questions", "must be at least 1"),
        Arguments.of(0, 1, -1, 1, "score.answered", "must be from 0 to score.questions (1)"),
        Arguments.of(0, 1, 2, 1, "score.answered", "must be from 0 to score.questions (1)"),
        Arguments.of(0, 0, 0, 1, "score.maximum", "must be at least 1"),
        Arguments.of(-1, 2, 0, 1, "score.points", "must be from 0 to score.maximum (2)"),
        Arguments.of(3, 2, 1, 1, "score.points", "must be from 0 to score.maximum (2)"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesImpossibleScores(int points, int maximum, int answered, int questions, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> new Score(points, maximum, answered, questions));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }

  @Test
  void acceptsTheEdges() {
    assertThat(new Score(0, 1, 0, 1).fraction()).isZero();
    assertThat(new Score(2, 2, 1, 1).fraction()).isEqualTo(1.0);
  }

  @Test
  void saysHowMuchWasEarnedAndWhetherAllWasAnswered() {
    Score s = new Score(3, 8, 2, 4);
    assertThat(s.fraction()).isCloseTo(0.375, within(1e-12));
    assertThat(s.complete()).isFalse();
    assertThat(new Score(3, 8, 4, 4).complete()).isTrue();
    assertThat(s.toString()).isEqualTo("3/8 (2 of 4 answered)");
  }

  @Test
  void addsUp() {
    assertThat(new Score(3, 8, 2, 4).plus(new Score(1, 2, 1, 1))).isEqualTo(new Score(4, 10, 3, 5));
  }
}
