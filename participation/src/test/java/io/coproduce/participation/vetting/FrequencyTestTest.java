package io.coproduce.participation.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.participation.Examples;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class FrequencyTestTest {

  private static final ZoneId UK = FrequencyTest.UK;

  /** Two hours from {@code hh:mm} London time on day {@code day} of June 2026. */
  private static WorkWithChildren at(int day, int hour, int minute, Duration length) {
    Instant start = ZonedDateTime.of(2026, 6, 1, hour, minute, 0, 0, UK).plusDays(day).toInstant();
    return WorkWithChildren.of(start, start.plus(length));
  }

  private static WorkWithChildren day(int day) {
    return at(day, 14, 0, Duration.ofHours(2));
  }

  @ParameterizedTest(name = "work on days {0}: 4 days in 30 met {1}")
  @CsvSource({
      "'0', false", "'0 1 2', false", "'0 1 2 3', true", "'0 10 20 29', true", "'0 10 20 30', false",
      "'0 0 0 0', false", "'0 7 14 21', true", "'0 15 40 55 60', false", "'0 15 40 55 60 64', true"})
  void countsDistinctDaysInAnyThirtyDayWindow(String days, boolean met) {
    List<WorkWithChildren> work = new ArrayList<>();
    for (String d : days.split(" ")) {
      work.add(day(Integer.parseInt(d)));
    }
    FrequencyTest t = FrequencyTest.of(work);

    assertThat(t.limbsMet().contains(FrequencyLimb.FOUR_DAYS_IN_THIRTY)).isEqualTo(met);
    assertThat(t.isRegulatedActivity()).isEqualTo(met);
  }

  @ParameterizedTest(name = "{0}:{1} for {2} min: overnight {3}")
  @CsvSource({
      "22, 0, 240, false", "22, 0, 241, true", "1, 0, 60, false", "1, 0, 61, true", "6, 0, 60, false", "5, 59, 60, true",
      "2, 0, 1, true", "14, 0, 120, false", "20, 0, 359, false", "20, 0, 361, true"})
  void overnightMeansAnyTimeBetweenTwoAndSixInTheMorning(int hour, int minute, int minutes, boolean met) {
    FrequencyTest t = FrequencyTest.of(List.of(at(0, hour, minute, Duration.ofMinutes(minutes))));

    assertThat(t.limbsMet().contains(FrequencyLimb.OVERNIGHT)).isEqualTo(met);
  }

  @Test
  void overnightIsReadOnTheUkClockInSummerTime() {
    // 01:30Z is 02:30 in London in June: overnight in the UK, not in UTC.
    Instant start = Instant.parse("2026-06-02T01:00:00Z");
    WorkWithChildren w = WorkWithChildren.of(start, start.plus(Duration.ofMinutes(30)));

    assertThat(FrequencyTest.of(List.of(w)).limbsMet()).contains(FrequencyLimb.OVERNIGHT);
    assertThat(FrequencyTest.of(List.of(w), ZoneId.of("UTC")).limbsMet()).doesNotContain(FrequencyLimb.OVERNIGHT);
  }

  @Test
  void aWeeklySeriesMeetsTheTestFromItsFirstSession() {
    FrequencyTest t = FrequencyTest.of(List.of(day(0).inWeeklySeries()));

    assertThat(t.limbsMet()).containsExactly(FrequencyLimb.WEEKLY);
    assertThat(t.reason().explanation()).contains("once a week or more often", "enhanced check with the Children's Barred List");
  }

  @Test
  void personalCareCountsEvenOnceAndEvenWhenSupervised() {
    FrequencyTest t = FrequencyTest.of(List.of(day(0).withPersonalCare().supervisedByCheckedPerson()));

    assertThat(t.limbsMet()).containsExactly(FrequencyLimb.PERSONAL_CARE);
  }

  @Test
  void supervisedWorkIsLeftOutAndTheExplanationSaysSo() {
    List<WorkWithChildren> work = List.of(day(0), day(1), day(2).supervisedByCheckedPerson(),
        day(3).supervisedByCheckedPerson(), at(4, 1, 0, Duration.ofHours(3)).supervisedByCheckedPerson());
    FrequencyTest t = FrequencyTest.of(work);

    assertThat(t.isRegulatedActivity()).isFalse();
    assertThat(t.countedPeriods()).isEqualTo(2);
    assertThat(t.supervisedPeriods()).isEqualTo(3);
    assertThat(t.reason().explanation()).contains("3 supervised period(s) left out", "not frequent enough");
  }

  @Test
  void aLongPeriodCountsEveryDayItTouches() {
    FrequencyTest t = FrequencyTest.of(List.of(at(0, 9, 0, Duration.ofDays(3).plusHours(1))));

    assertThat(t.limbsMet()).contains(FrequencyLimb.FOUR_DAYS_IN_THIRTY, FrequencyLimb.OVERNIGHT);
  }

  @Test
  void aPeriodEndingAtMidnightDoesNotTouchTheNextDay() {
    List<WorkWithChildren> work = List.of(at(0, 22, 0, Duration.ofHours(2)), at(2, 22, 0, Duration.ofHours(2)),
        at(4, 22, 0, Duration.ofHours(2)));

    assertThat(FrequencyTest.of(work).isRegulatedActivity()).isFalse();
  }

  @Test
  void namesItsSource() {
    assertThat(FrequencyTest.of(List.of()).reason().source()).isEqualTo(FrequencyTest.SOURCE);
    assertThat(FrequencyTest.SOURCE.citation()).contains("Safeguarding Vulnerable Groups Act 2006",
        "Disclosure and Barring Service", "4 or more days in a 30-day period", "2am and 6am");
    assertThat(FrequencyTest.of(List.of()).reason().rule()).isEqualTo("vetting.frequency-test");
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> FrequencyTest.of(null));
    assertThatNullPointerException().isThrownBy(() -> FrequencyTest.of(List.of(), null));
    List<WorkWithChildren> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatNullPointerException().isThrownBy(() -> FrequencyTest.of(withNull));
  }

  @Test
  void isAValue() {
    assertThat(FrequencyTest.of(List.of(day(0), day(1)))).isEqualTo(FrequencyTest.of(List.of(day(1), day(0))))
        .hasSameHashCodeAs(FrequencyTest.of(List.of(day(1), day(0))))
        .isNotEqualTo(FrequencyTest.of(List.of(day(0)))).isNotEqualTo("x");
    assertThat(FrequencyTest.of(List.of(day(0))).toString()).startsWith("vetting.frequency-test: ");
  }

  private static Gen<List<WorkWithChildren>> histories() {
    Gen<WorkWithChildren> one = SourceDSL.integers().between(0, 90).zip(SourceDSL.integers().between(0, 23),
        SourceDSL.integers().between(15, 600), SourceDSL.integers().between(0, 9),
        (d, h, m, flags) -> {
          WorkWithChildren w = at(d, h, 0, Duration.ofMinutes(m));
          w = flags == 1 ? w.supervisedByCheckedPerson() : w;
          w = flags == 2 ? w.inWeeklySeries() : w;
          return flags == 3 ? w.withPersonalCare() : w;
        });
    return SourceDSL.lists().of(one).ofSizeBetween(0, 12);
  }

  @Test
  void moreWorkNeverTakesAPatternOutOfRegulatedActivity() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(500))
        .forAll(histories(), histories())
        .checkAssert((before, more) -> {
          List<WorkWithChildren> all = new ArrayList<>(before);
          all.addAll(more);
          assertThat(FrequencyTest.of(all).limbsMet()).containsAll(FrequencyTest.of(before).limbsMet());
        });
  }

  @Test
  void theOrderOfTheHistoryDoesNotMatter() {
    qt().withFixedSeed(20261202L).withExamples(Examples.atMost(300))
        .forAll(histories(), SourceDSL.longs().all())
        .checkAssert((work, seed) -> {
          List<WorkWithChildren> shuffled = new ArrayList<>(work);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(FrequencyTest.of(shuffled)).isEqualTo(FrequencyTest.of(work));
        });
  }

  @Test
  void supervisionNeverAddsALimbOtherThanPersonalCare() {
    qt().withFixedSeed(20261203L).withExamples(Examples.atMost(300))
        .forAll(histories())
        .checkAssert(work -> {
          List<WorkWithChildren> supervised = work.stream().map(WorkWithChildren::supervisedByCheckedPerson).toList();
          assertThat(FrequencyTest.of(work).limbsMet()).containsAll(FrequencyTest.of(supervised).limbsMet());
          assertThat(FrequencyTest.of(supervised).limbsMet()).isSubsetOf(FrequencyLimb.PERSONAL_CARE);
        });
  }
}
