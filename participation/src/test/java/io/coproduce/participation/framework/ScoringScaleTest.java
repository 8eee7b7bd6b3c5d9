package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringScaleTest {

  static final ScoreLevel NO = ScoreLevel.of("no", "No", 0);
  static final ScoreLevel SOME = ScoreLevel.of("some", "Some", 1);
  static final ScoreLevel YES = ScoreLevel.of("yes", "Yes", 2);

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(List.of(), "scoringScale.levels", "must hold 2 to 20 levels, lowest first"),
        Arguments.of(List.of(YES), "scoringScale.levels", "must hold 2 to 20 levels, lowest first"),
        Arguments.of(IntStream.range(0, 21).mapToObj(i -> ScoreLevel.of("l" + i, "L" + i, i)).toList(),
            "scoringScale.levels", "must hold 2 to 20 levels, lowest first"),
        Arguments.of(List.of(NO, ScoreLevel.of("no", "Nope", 1)), "scoringScale.levels[1].id",
            "must not repeat the id of levels[0]"),
        Arguments.of(List.of(NO, ScoreLevel.of("nope", "No", 1)), "scoringScale.levels[1].label",
            "must not repeat the label of levels[0]"),
        Arguments.of(List.of(NO, YES, SOME), "scoringScale.levels[2].score",
            "must be higher than the score of the level before it (2): levels run from the lowest to the highest"),
        Arguments.of(List.of(NO, ScoreLevel.of("zero", "Zero", 0)), "scoringScale.levels[1].score",
            "must be higher than the score of the level before it (0): levels run from the lowest to the highest"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesScalesThatAreNotStrictlyIncreasing(List<ScoreLevel> levels, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> ScoringScale.of("s", levels));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }

  @Test
  void acceptsTwentyLevelsAndGapsBetweenScores() {
    List<ScoreLevel> twenty = IntStream.range(0, 20).mapToObj(i -> ScoreLevel.of("l" + i, "L" + i, i * 7)).toList();
    ScoringScale s = ScoringScale.of("s", twenty);
    assertThat(s.highest().score()).isEqualTo(133);
    assertThat(ScoringScale.of("s", List.of(ScoreLevel.of("one", "One", 1), ScoreLevel.of("four", "Four", 4)))
        .lowest().score()).isEqualTo(1);
  }

  @Test
  void findsLevelsAndItsEnds() {
    ScoringScale s = ScoringScale.of("s", List.of(NO, SOME, YES));
    assertThat(s.id()).isEqualTo(ScaleId.parse("s"));
    assertThat(s.level(LevelId.parse("some"))).contains(SOME);
    assertThat(s.level(LevelId.parse("maybe"))).isEmpty();
    assertThat(s.lowest()).isEqualTo(NO);
    assertThat(s.highest()).isEqualTo(YES);
    assertThat(s.levelNames()).isEqualTo("no, some, yes");
  }

  @Test
  void keepsItsOwnCopyOfTheLevels() {
    List<ScoreLevel> levels = new java.util.ArrayList<>(List.of(NO, YES));
    ScoringScale s = ScoringScale.of("s", levels);
    Collections.reverse(levels);
    assertThat(s.levels()).containsExactly(NO, YES);
  }
}
