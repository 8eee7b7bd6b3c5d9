package io.coproduce.archfixture.consent.clock;

import java.time.Instant;

/** Violation: the consent module reads the system clock. */
public final class ConsentReadsSystemClock {

  Instant recordedAt() {
    return Instant.now();
  }
}
