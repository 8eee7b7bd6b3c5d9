package io.coproduce.reporting.aggregate;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.coproduce.reporting.Examples;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {

  /** ISO-8601 weeks: Monday starts, and the week-based year of the Thursday names the week. */
  static Stream<Arguments> buckets() {
    return Stream.of(
        Arguments.of(PeriodUnit.WEEK, "2025-12-28", "2025-W52", "2025-12-22", "2025-12-28"),
        Arguments.of(PeriodUnit.WEEK, "2025-12-29", "2026-W01", "2025-12-29", "2026-01-04"),
        Arguments.of(PeriodUnit.WEEK, "2026-01-04", "2026-W01", "2025-12-29", "2026-01-04"),
        Arguments.of(PeriodUnit.WEEK, "2026-01-05", "2026-W02", "2026-01-05", "2026-01-11"),
        Arguments.of(PeriodUnit.WEEK, "2027-01-01", "2026-W53", "2026-12-28", "2027-01-03"),
        Arguments.of(PeriodUnit.WEEK, "2027-01-04", "2027-W01", "2027-01-04", "2027-01-10"),
        Arguments.of(PeriodUnit.WEEK, "2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"),
        Arguments.of(PeriodUnit.MONTH, "2024-02-29", "2024-02", "2024-02-01", "2024-02-29"),
        Arguments.of(PeriodUnit.MONTH, "2026-12-31", "2026-12", "2026-12-01", "2026-12-31"),
        Arguments.of(PeriodUnit.QUARTER, "2026-03-31", "2026-Q1", "2026-01-01", "2026-03-31"),
        Arguments.of(PeriodUnit.QUARTER, "2026-04-01", "2026-Q2", "2026-04-01", "2026-06-30"),
        Arguments.of(PeriodUnit.QUARTER, "2026-06-30", "2026-Q2", "2026-04-01", "2026-06-30"),
        Arguments.of(PeriodUnit.QUARTER, "2026-07-01", "2026-Q3", "2026-07-01", "2026-09-30"),
        Arguments.of(PeriodUnit.QUARTER, "2026-12-31", "2026-Q4", "2026-10-01", "2026-12-31"),
        Arguments.of(PeriodUnit.YEAR, "2026-12-31", "2026", "2026-01-01", "2026-12-31"),
        Arguments.of(PeriodUnit.YEAR, "2027-01-01", "2027", "2027-01-01", "2027-12-31"));
  }

  @ParameterizedTest
  @MethodSource("buckets")
  void bucketsDatesAtTheEdges(PeriodUnit unit, String date, String text, String start, String end) {
    Period period = Period.of(unit, LocalDate.parse(date));
    assertThat(period.toString()).isEqualTo(text);
    assertThat(period.start()).isEqualTo(LocalDate.parse(start));
    assertThat(period.end()).isEqualTo(LocalDate.parse(end));
    assertThat(Period.parse(text)).isEqualTo(period);
    assertThat(period.contains(LocalDate.parse(start))).isTrue();
    assertThat(period.contains(LocalDate.parse(end))).isTrue();
    assertThat(period.contains(LocalDate.parse(start).minusDays(1))).isFalse();
    assertThat(period.contains(LocalDate.parse(end).plusDays(1))).isFalse();
  }

  @Test
  void everyDateFallsInItsPeriodAndTheTextRoundTrips() {
    qt().withFixedSeed(5L).withExamples(Examples.atMost(1000))
        .forAll(integers().between(0, 365 * 40), integers().between(0, 3))
        .checkAssert((day, u) -> {
          LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
          Period period = Period.of(PeriodUnit.values()[u], date);
          assertThat(period.contains(date)).isTrue();
          assertThat(Period.parse(period.toString())).isEqualTo(period);
          assertThat(Period.of(period.unit(), period.end().plusDays(1)).start())
              .isEqualTo(period.end().plusDays(1));
        });
  }

  @Test
  void ordersByUnitThenStart() {
    Period w1 = Period.parse("2026-W01");
    Period w2 = Period.parse("2026-W02");
    assertThat(w1.compareTo(w2)).isNegative();
    assertThat(w2.compareTo(w1)).isPositive();
    assertThat(w1.compareTo(Period.parse("2026-W01"))).isZero();
    assertThat(Period.parse("2030-W01").compareTo(Period.parse("2020-01"))).isNegative();
  }

  @Test
  void refusesWhatIsNotAPeriod() {
    assertThat(rejectionOf(() -> new Period(PeriodUnit.MONTH, LocalDate.of(2026, 3, 2))).field())
        .isEqualTo("period.start");
    assertThat(rejectionOf(() -> new Period(PeriodUnit.WEEK, LocalDate.of(2026, 1, 1))).field())
        .isEqualTo("period.start");
    for (String bad : new String[] {"2026-W54", "2025-W53", "2026-W00", "2026-13", "2026-00", "2026-Q5",
        "26", "2026-1", "", "week 1"}) {
      assertThat(rejectionOf(() -> Period.parse(bad)).field()).as(bad).isEqualTo("period");
    }
    assertThat(rejectionOf(() -> Period.parse(null)).field()).isEqualTo("period");
    // 2026 has 53 ISO weeks (it starts on a Thursday); 2025 has 52.
    assertThat(Period.parse("2026-W53").start()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(Period.parse("2025-W52").start()).isEqualTo(LocalDate.of(2025, 12, 22));
  }
}
