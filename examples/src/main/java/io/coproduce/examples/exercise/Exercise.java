package io.coproduce.examples.exercise;

/**
 * A guided exercise: a small, made-up situation a trainee reads, then the library's answer to
 * one question about it, computed live by the library with every reason and its source. Nothing
 * in an answer is written by the exercise itself: it builds the situation, asks the library, and
 * prints what the library says. Implementations are immutable and thread-safe; every run prints
 * the same text.
 */
public interface Exercise {

  /** Returns the exercise's name on the command line, lower case with hyphens ({@code photograph-consent}). */
  String name();

  /** Returns the question the exercise asks, as a trainee reads it. */
  String question();

  /** Prints the situation and then the library's answer to {@code transcript}. */
  void run(Transcript transcript);
}
