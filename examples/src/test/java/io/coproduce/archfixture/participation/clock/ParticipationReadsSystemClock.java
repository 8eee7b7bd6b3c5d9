package io.coproduce.archfixture.participation.clock;

import java.time.LocalDate;

/** Violation: the participation module reads the system clock. */
public final class ParticipationReadsSystemClock {

  LocalDate sessionDay() {
    return LocalDate.now();
  }
}
