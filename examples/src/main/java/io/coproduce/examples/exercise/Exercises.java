package io.coproduce.examples.exercise;

import java.util.List;
import java.util.Optional;

/** The guided exercises, in the order a trainee meets them. Immutable. */
public final class Exercises {

  private static final List<Exercise> ALL = List.of(
      new PhotographConsentExercise(),
      new SessionSafetyExercise(),
      new VoiceReachExercise(),
      new OverdueFeedbackExercise(),
      new PublishTableExercise());

  private Exercises() {}

  /** Returns every exercise, in order. */
  public static List<Exercise> all() {
    return ALL;
  }

  /** Returns the exercise with this name, if there is one. */
  public static Optional<Exercise> named(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
