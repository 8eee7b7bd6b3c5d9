package io.coproduce.archfixture.core.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Compliant: time comes from a clock the caller passed. */
public final class PassesClockExplicitly {

  LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }

  Instant instant(Clock clock) {
    return Instant.now(clock);
  }

  ZonedDateTime zoned(Clock clock) {
    return ZonedDateTime.now(clock);
  }

  Clock fixed() {
    return Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
  }

  Clock later(Clock clock) {
    return Clock.offset(Clock.tick(clock, Duration.ofSeconds(1)), Duration.ofDays(1));
  }
}
