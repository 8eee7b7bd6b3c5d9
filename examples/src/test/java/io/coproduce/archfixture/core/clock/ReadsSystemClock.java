package io.coproduce.archfixture.core.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/** Violations: every way of reading the system clock that the rule bans, one per method. */
public final class ReadsSystemClock {

  Object localDate() {
    return LocalDate.now();
  }

  Object localDateInZone() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  Object localDateTime() {
    return LocalDateTime.now();
  }

  Object localTime() {
    return LocalTime.now();
  }

  Object instant() {
    return Instant.now();
  }

  Object zonedDateTime() {
    return ZonedDateTime.now();
  }

  Object offsetDateTime() {
    return OffsetDateTime.now();
  }

  Object offsetTime() {
    return OffsetTime.now();
  }

  Object yearMonth() {
    return YearMonth.now();
  }

  Object year() {
    return Year.now();
  }

  Object monthDay() {
    return MonthDay.now();
  }

  long millis() {
    return System.currentTimeMillis();
  }

  long nanos() {
    return System.nanoTime();
  }

  Clock utc() {
    return Clock.systemUTC();
  }

  Clock defaultZone() {
    return Clock.systemDefaultZone();
  }

  Clock inZone() {
    return Clock.system(ZoneOffset.UTC);
  }

  Clock ticking() {
    return Clock.tickSeconds(ZoneOffset.UTC);
  }

  InstantSource instantSource() {
    return InstantSource.system();
  }

  Supplier<Instant> reference() {
    return Instant::now;
  }
}
