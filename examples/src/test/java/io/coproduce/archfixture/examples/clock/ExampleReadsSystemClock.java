package io.coproduce.archfixture.examples.clock;

import java.time.Instant;

/** Compliant: examples are programs, not library code, and may ask for the time. */
public final class ExampleReadsSystemClock {

  Instant startedAt() {
    return Instant.now();
  }
}
