package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreLevelTest {

  @ParameterizedTest
  @ValueSource(ints = {-1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void refusesScoresOutsideZeroToAThousand(int score) {
    InvalidInputException e = rejectionOf(() -> ScoreLevel.of("l", "L", score));
    assertThat(e.field()).isEqualTo("scoreLevel.score");
    assertThat(e.rule()).isEqualTo("must be a whole number from 0 to 1000");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1000})
  void acceptsScoresFromZeroToAThousand(int score) {
    assertThat(ScoreLevel.of("l", "L", score).score()).isEqualTo(score);
  }

  @Test
  void refusesBadLabels() {
    assertThat(rejectionOf(() -> ScoreLevel.of("l", "", 0)).rule()).isEqualTo("must not be blank");
    assertThat(rejectionOf(() -> ScoreLevel.of("l", null, 0)).rule()).isEqualTo("must not be null");
    InvalidInputException tooLong = rejectionOf(() -> ScoreLevel.of("l", "x".repeat(101), 0));
    assertThat(tooLong.field()).isEqualTo("scoreLevel.label");
    assertThat(tooLong.rule()).isEqualTo("must be at most 100 characters");
    assertThat(rejectionOf(() -> ScoreLevel.of("l", "bell\u0007", 0)).rule())
        .isEqualTo("must not contain control characters");
    assertThat(ScoreLevel.of("l", "x".repeat(100), 0).label()).hasSize(100);
  }

  @Test
  void acceptsLineBreaksAndTabsInTexts() {
    assertThat(ScoreLevel.of("l", "Met\tin full\n(all of it)", 2).label()).contains("\n");
  }
}
