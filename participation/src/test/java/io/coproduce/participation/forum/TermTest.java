package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {

  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
  private static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);
  private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);

  @Test
  void isActiveFromItsFirstDayToItsPlannedLastDayBothIncluded() {
    Term term = Term.between(SEP_1, AUG_31);
    assertThat(term.activeOn(SEP_1.minusDays(1))).isFalse();
    assertThat(term.activeOn(SEP_1)).isTrue();
    assertThat(term.activeOn(AUG_31)).isTrue();
    assertThat(term.activeOn(AUG_31.plusDays(1))).isFalse();
    assertThat(term.lastDay()).contains(AUG_31);
    assertThat(term.isOpenEnded()).isFalse();
  }

  @Test
  void aTermWithNoPlannedEndRunsOnForever() {
    Term term = Term.from(SEP_1);
    assertThat(term.activeOn(LocalDate.MAX)).isTrue();
    assertThat(term.activeOn(SEP_1.minusDays(1))).isFalse();
    assertThat(term.lastDay()).isEmpty();
    assertThat(term.isOpenEnded()).isTrue();
    assertThat(term.wasEndedEarly()).isFalse();
    assertThat(term.earlyEndReason()).isEmpty();
  }

  @Test
  void aOneDayTermIsActiveOnThatDayOnly() {
    Term term = Term.between(SEP_1, SEP_1);
    assertThat(term.activeOn(SEP_1)).isTrue();
    assertThat(term.activeOn(SEP_1.plusDays(1))).isFalse();
    assertThat(term.activeOn(SEP_1.minusDays(1))).isFalse();
  }

  @Test
  void endingEarlyMakesTheEndDayTheLastActiveDay() {
    Term term = Term.between(SEP_1, AUG_31).endedEarly(JAN_10, TermEndReason.MOVED_AWAY);
    assertThat(term.activeOn(JAN_10)).isTrue();
    assertThat(term.activeOn(JAN_10.plusDays(1))).isFalse();
    assertThat(term.lastDay()).contains(JAN_10);
    assertThat(term.wasEndedEarly()).isTrue();
    assertThat(term.isOpenEnded()).isFalse();
    assertThat(term.earlyEndReason()).contains(TermEndReason.MOVED_AWAY);
    assertThat(term.until()).isEqualTo(AUG_31);
  }

  @Test
  void anOpenEndedTermMayEndEarlyOnAnyDayFromItsStart() {
    Term term = Term.from(SEP_1).endedEarly(SEP_1, TermEndReason.NOT_STATED);
    assertThat(term.activeOn(SEP_1)).isTrue();
    assertThat(term.activeOn(SEP_1.plusDays(1))).isFalse();
    assertThat(term.isOpenEnded()).isFalse();
    assertThat(term.lastDay()).contains(SEP_1);
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("until before from", (Runnable) () -> Term.between(SEP_1, SEP_1.minusDays(1)),
            "term.until", "must not be before term.from"),
        Arguments.of("ended early without a reason", (Runnable) () -> new Term(SEP_1, AUG_31, JAN_10, null),
            "term.endReason", "must be given together with term.endedEarlyOn"),
        Arguments.of("a reason without an end", (Runnable) () -> new Term(SEP_1, AUG_31, null, TermEndReason.AGED_OUT),
            "term.endReason", "must be given together with term.endedEarlyOn"),
        Arguments.of("ended early before it began", (Runnable) () -> Term.from(SEP_1).endedEarly(SEP_1.minusDays(1),
            TermEndReason.STEPPED_DOWN), "term.endedEarlyOn", "must be on or after term.from"),
        Arguments.of("ended early on the planned last day", (Runnable) () -> Term.between(SEP_1, AUG_31)
            .endedEarly(AUG_31, TermEndReason.STEPPED_DOWN), "term.endedEarlyOn", "must be before term.until"),
        Arguments.of("ended early after the planned last day", (Runnable) () -> Term.between(SEP_1, AUG_31)
            .endedEarly(AUG_31.plusDays(1), TermEndReason.STEPPED_DOWN), "term.endedEarlyOn", "must be before term.until"),
        Arguments.of("ended early twice", (Runnable) () -> Term.from(SEP_1).endedEarly(AUG_31, TermEndReason.STEPPED_DOWN)
            .endedEarly(JAN_10, TermEndReason.AGED_OUT), "term.endedEarlyOn", "never overwritten"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void refusesInvalidTerms(String what, Runnable build, String field, String rule) {
    InvalidInputException e = rejectionOf(build::run);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }

  @Test
  void endingEarlyNeedsADayAndAReason() {
    Term term = Term.from(SEP_1);
    assertThatNullPointerException().isThrownBy(() -> term.endedEarly(null, TermEndReason.AGED_OUT));
    assertThatNullPointerException().isThrownBy(() -> term.endedEarly(JAN_10, null));
  }

  @Test
  void overlapsWhenTheTermsShareADay() {
    Term autumn = Term.between(SEP_1, LocalDate.of(2025, 12, 31));
    assertThat(autumn.overlaps(Term.between(LocalDate.of(2025, 12, 31), AUG_31))).isTrue();
    assertThat(autumn.overlaps(Term.between(LocalDate.of(2026, 1, 1), AUG_31))).isFalse();
    assertThat(autumn.overlaps(Term.from(LocalDate.of(2025, 1, 1)))).isTrue();
    assertThat(Term.from(LocalDate.of(2025, 1, 1)).overlaps(autumn)).isTrue();
    assertThat(autumn.overlaps(Term.between(LocalDate.of(2025, 1, 1), SEP_1.minusDays(1)))).isFalse();
    assertThat(Term.from(SEP_1).endedEarly(SEP_1, TermEndReason.STEPPED_DOWN).overlaps(Term.from(SEP_1.plusDays(1))))
        .isFalse();
  }

  @Test
  void textFormRoundTrips() {
    assertThat(Term.between(SEP_1, AUG_31)).hasToString("2025-09-01..2026-08-31");
    assertThat(Term.from(SEP_1)).hasToString("2025-09-01..");
    Term ended = Term.between(SEP_1, AUG_31).endedEarly(JAN_10, TermEndReason.STEPPED_DOWN);
    assertThat(ended).hasToString("2025-09-01..2026-08-31 ended 2026-01-10 STEPPED_DOWN");
    assertThat(Term.parse(ended.toString())).isEqualTo(ended);
    assertThat(Term.parse("2025-09-01..")).isEqualTo(Term.from(SEP_1));
    assertThat(Term.parse("2025-09-01.. ended 2026-01-10 AGED_OUT"))
        .isEqualTo(Term.from(SEP_1).endedEarly(JAN_10, TermEndReason.AGED_OUT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2025-09-01", "2025-09-01/2026-08-31", "2025-13-01..", "..2026-08-31",
      "2025-09-01..2026-08-31 ended 2026-01-10", "2025-09-01..2026-08-31 ended 2026-01-10 STEPPED_DOWN x",
      "2025-09-01..2026-08-31 ended 2026-01-10 stepped_down", "2025-09-01..2026-08-31 ended soon STEPPED_DOWN"})
  void parseRefusesOtherText(String text) {
    InvalidInputException e = rejectionOf(() -> Term.parse(text));
    assertThat(e.field()).startsWith("term");
  }

  @Test
  void parseNamesTheBrokenRuleOfAWellFormedButInvalidTerm() {
    assertThat(rejectionOf(() -> Term.parse("2026-01-01..2025-01-01")).field()).isEqualTo("term.until");
    assertThat(rejectionOf(() -> Term.parse(null)).rule()).isEqualTo("must not be null");
    assertThat(rejectionOf(() -> Term.parse("2025-09-01..2026-08-31 ended 2026-01-10 SOON")).field())
        .isEqualTo("term.endReason");
    assertThat(rejectionOf(() -> Term.parse("2025-09-01")).rule()).contains("2025-09-01..2026-08-31");
    assertThat(rejectionOf(() -> Term.parse("2025-x..")).rule()).contains("ISO dates");
    assertThat(rejectionOf(() -> Term.parse("2025-09-01.. ended 2026-01-10")).rule()).contains("ended");
    assertThat(rejectionOf(() -> Term.parse("2025-09-01.. ended 2026-01-10 AGED_OUT ended 2026-01-11 AGED_OUT")).rule())
        .contains("at most once");
    assertThat(rejectionOf(() -> Term.parse("..2026-08-31")).rule()).as("no first day").contains("ISO dates");
  }
}
