package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExercisesTest {

  @Test
  void holdsTheFiveExercisesInOrderWithDistinctNames() {
    assertThat(Exercises.all()).extracting(Exercise::name).containsExactly(
        "photograph-consent", "session-safety", "voice-reach", "overdue-feedback", "publish-table");
    assertThat(Exercises.all()).allSatisfy(e -> assertThat(e.name()).matches("[a-z]+(-[a-z]+)*"));
  }

  @Test
  void findsAnExerciseByItsExactName() {
    assertThat(Exercises.named("voice-reach")).containsInstanceOf(VoiceReachExercise.class);
    assertThat(Exercises.named("Voice-Reach")).isEmpty();
    assertThat(Exercises.named("")).isEmpty();
  }
}
