package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.participation.Examples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TermPropertiesTest {

  static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  /** Any valid term within a few hundred days of {@link #BASE}: open-ended or not, ended early or not. */
  static Gen<Term> terms() {
    Gen<Integer> start = SourceDSL.integers().between(0, 400);
    Gen<Integer> length = SourceDSL.integers().between(-1, 200);
    Gen<Integer> early = SourceDSL.integers().between(-1, 200);
    Gen<TermEndReason> reasons = SourceDSL.arbitrary().enumValues(TermEndReason.class);
    return start.zip(length, early, (s, len, e) -> new int[] {s, len, e}).zip(reasons, (a, reason) -> {
      LocalDate from = BASE.plusDays(a[0]);
      Term term = a[1] < 0 ? Term.from(from) : Term.between(from, from.plusDays(a[1]));
      if (a[2] >= 0 && (a[1] < 0 || a[2] < a[1])) {
        term = term.endedEarly(from.plusDays(a[2]), reason);
      }
      return term;
    });
  }

  @Test
  void activityIsConsistentAtTheBoundaries() {
    qt().withFixedSeed(20260301L).withExamples(Examples.atMost(1000)).forAll(terms()).checkAssert(term -> {
      assertThat(term.activeOn(term.from())).isTrue();
      assertThat(term.activeOn(term.from().minusDays(1))).isFalse();
      term.lastDay().ifPresentOrElse(last -> {
        assertThat(term.activeOn(last)).isTrue();
        assertThat(term.activeOn(last.plusDays(1))).isFalse();
        assertThat(last).isAfterOrEqualTo(term.from());
      }, () -> assertThat(term.activeOn(term.from().plusYears(100))).isTrue());
    });
  }

  @Test
  void aTermIsActiveOnOneUnbrokenRunOfDays() {
    qt().withFixedSeed(20260302L).withExamples(Examples.atMost(300)).forAll(terms()).checkAssert(term -> {
      int changes = 0;
      boolean before = false;
      for (LocalDate d = BASE.minusDays(1); d.isBefore(BASE.plusDays(700)); d = d.plusDays(1)) {
        boolean now = term.activeOn(d);
        if (now != before) {
          changes++;
        }
        before = now;
      }
      assertThat(changes).isEqualTo(term.lastDay().isPresent() ? 2 : 1);
    });
  }

  @Test
  void overlapsExactlyWhenSomeDayIsActiveInBoth() {
    qt().withFixedSeed(20260303L).withExamples(Examples.atMost(300)).forAll(terms(), terms()).checkAssert((a, b) -> {
      boolean shared = false;
      for (LocalDate d = BASE; d.isBefore(BASE.plusDays(700)) && !shared; d = d.plusDays(1)) {
        shared = a.activeOn(d) && b.activeOn(d);
      }
      assertThat(a.overlaps(b)).isEqualTo(shared).isEqualTo(b.overlaps(a));
    });
  }

  @Test
  void textFormRoundTrips() {
    qt().withFixedSeed(20260304L).withExamples(Examples.atMost(1000)).forAll(terms())
        .checkAssert(term -> assertThat(Term.parse(term.toString())).isEqualTo(term));
  }
}
