package io.coproduce.examples.exercise;

import io.coproduce.core.rule.Reason;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an exercise prints: the same layout for every exercise (a title, each SITUATION with its
 * facts, then the LIBRARY'S ANSWER with its reasons, each naming its rule in brackets and its
 * source), and a record of the rule names shown so that tests can compare them with what the
 * library says. Not thread-safe: one transcript per run.
 */
public final class Transcript {

  private final PrintStream out;
  private final List<String> rulesShown = new ArrayList<>();

  private Transcript(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** A transcript printing to {@code out}. */
  public static Transcript to(PrintStream out) {
    return new Transcript(out);
  }

  /** Prints the exercise's title line and its question. */
  public void title(Exercise exercise) {
    out.println("== Exercise " + exercise.name() + ": " + exercise.question());
  }

  /** Starts a situation; {@code heading} says what is special about it. */
  public void situation(String heading) {
    out.println();
    out.println("SITUATION: " + heading);
  }

  /** Prints one fact of the situation. */
  public void fact(String text) {
    out.println("  - " + text);
  }

  /** Prints the question asked of the library in this situation. */
  public void asks(String question) {
    out.println("  ? " + question);
  }

  /** Starts the library's answer with its verdict. */
  public void answer(String verdict) {
    out.println("LIBRARY'S ANSWER: " + verdict);
  }

  /** Prints a line of the answer that is not a reason (a figure, a path, a cell). */
  public void detail(String text) {
    out.println("  " + text);
  }

  /** Prints one reason: its rule in brackets, its explanation, and its source. */
  public void reason(Reason reason) {
    rulesShown.add(reason.rule());
    out.println("  - [" + reason.rule() + "] " + reason.explanation());
    out.println("      source: " + reason.source());
  }

  /** Prints one reason headed by a label (a severity such as {@code BLOCKER}, a cell's place). */
  public void reason(String label, Reason reason) {
    rulesShown.add(reason.rule());
    out.println("  - " + label + " [" + reason.rule() + "] " + reason.explanation());
    out.println("      source: " + reason.source());
  }

  /** Prints every reason, in order. */
  public void reasons(List<Reason> reasons) {
    reasons.forEach(this::reason);
  }

  /** Ends the exercise with a blank line. */
  public void end() {
    out.println();
  }

  /** Returns the rule names of every reason printed so far, in order. */
  public List<String> rulesShown() {
    return List.copyOf(rulesShown);
  }
}
