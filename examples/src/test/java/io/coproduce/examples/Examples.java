package io.coproduce.examples;

/**
 * How many examples a property runs: the number the test asks for, capped by the system
 * property {@code QT_EXAMPLES} when set (mutation testing sets it to 100, since a mutant is
 * killed by the first failing example and the seeds are fixed).
 */
public final class Examples {

  private Examples() {}

  /** Returns {@code wanted}, or {@code QT_EXAMPLES} when that is set and smaller. */
  public static int atMost(int wanted) {
    return Math.min(wanted, Integer.getInteger("QT_EXAMPLES", wanted));
  }
}
