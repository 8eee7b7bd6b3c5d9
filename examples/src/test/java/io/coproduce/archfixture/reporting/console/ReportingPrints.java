package io.coproduce.archfixture.reporting.console;

/** Violation: the reporting module prints. */
public final class ReportingPrints {

  void render() {
    System.out.print("report");
  }
}
