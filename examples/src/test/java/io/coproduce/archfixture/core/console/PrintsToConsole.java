package io.coproduce.archfixture.core.console;

import java.util.List;

/** Violations: console output from library code, one kind per method. */
public final class PrintsToConsole {

  void out() {
    System.out.println("out");
  }

  void err() {
    System.err.println("err");
  }

  void trace(IllegalStateException problem) {
    problem.printStackTrace();
  }

  void traceThrowable(Throwable problem) {
    problem.printStackTrace();
  }

  void traceEach(List<Exception> problems) {
    problems.forEach(Exception::printStackTrace);
  }
}
