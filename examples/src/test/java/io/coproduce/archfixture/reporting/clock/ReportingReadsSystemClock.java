package io.coproduce.archfixture.reporting.clock;

/** Violation: the reporting module reads the system clock. */
public final class ReportingReadsSystemClock {

  long generatedAt() {
    return System.currentTimeMillis();
  }
}
