package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.strategy.PlanFixtures.A1;
import static io.coproduce.participation.strategy.PlanFixtures.A2;
import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.O11;
import static io.coproduce.participation.strategy.PlanFixtures.O12;
import static io.coproduce.participation.strategy.PlanFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ActivityTest {

  static final ActivityId ID = ActivityId.parse("act-1");

  @Test
  void runsBetweenTwoDaysOrIsOngoing() {
    Activity during = Activity.during(ID, CHARITY, "Campaign", day(1, 1), day(3, 31), List.of(A1), List.of());
    assertThat(during.lastDay()).contains(day(3, 31));
    assertThat(during.member()).isEqualTo(CHARITY);
    assertThat(during.title()).isEqualTo("Campaign");
    Activity ongoing = Activity.ongoingFrom(ID, CHARITY, "Service", day(1, 1), List.of(), List.of(O11));
    assertThat(ongoing.lastDay()).isEmpty();
    assertThat(ongoing.end()).isNull();
    assertThat(Activity.during(ID, CHARITY, "One day", day(1, 1), day(1, 1), List.of(A1), List.of()).lastDay())
        .contains(day(1, 1));
  }

  @Test
  void keepsItsTagsInIdOrder() {
    Activity a = Activity.during(ID, CHARITY, "Campaign", day(1, 1), day(3, 31), List.of(A2, A1), List.of(O12, O11));
    assertThat(a.aims()).containsExactly(A1, A2);
    assertThat(a.objectives()).containsExactly(O11, O12);
    assertThat(a).isEqualTo(new Activity(ID, CHARITY, "Campaign", day(1, 1), day(3, 31), Set.of(A1, A2), Set.of(O12, O11)));
  }

  static Stream<Arguments> overlaps() {
    return Stream.of(
        Arguments.of(day(1, 1), day(1, 31), true),
        Arguments.of(day(12, 1).minusYears(1), day(1, 1), true),
        Arguments.of(day(3, 31), day(4, 30), true),
        Arguments.of(day(4, 1), day(4, 30), false),
        Arguments.of(day(12, 1).minusYears(1), day(12, 31).minusYears(1), false),
        Arguments.of(day(2, 1), day(2, 1), true));
  }

  @ParameterizedTest
  @MethodSource("overlaps")
  void overlapsAPeriodWhenItRunsOnAnyOfItsDays(LocalDate from, LocalDate to, boolean overlaps) {
    Activity a = Activity.during(ID, CHARITY, "Campaign", day(1, 1), day(3, 31), List.of(A1), List.of());
    assertThat(a.overlaps(from, to)).isEqualTo(overlaps);
    Activity ongoing = Activity.ongoingFrom(ID, CHARITY, "Service", day(1, 1), List.of(A1), List.of());
    assertThat(ongoing.overlaps(from, to)).isEqualTo(!to.isBefore(day(1, 1)));
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    InvalidInputException e = rejectionOf(() -> Activity.during(ID, CHARITY, "x", day(2, 1), day(1, 31), List.of(A1), List.of()));
    assertThat(e.field()).isEqualTo("activity.end");
    assertThat(e.rule()).isEqualTo("must not be before activity.start (2026-02-01)");
  }

  @Test
  void refusesAnActivityTaggedToNothing() {
    InvalidInputException e = rejectionOf(() -> Activity.ongoingFrom(ID, CHARITY, "x", day(2, 1), List.of(), List.of()));
    assertThat(e.field()).isEqualTo("activity.objectives");
    assertThat(e.rule()).isEqualTo("must tag the activity to at least one aim or objective");
  }

  @Test
  void refusesABadTitle() {
    assertThat(rejectionOf(() -> Activity.ongoingFrom(ID, CHARITY, "", day(2, 1), List.of(A1), List.of())).field())
        .isEqualTo("activity.title");
    assertThat(rejectionOf(() -> Activity.ongoingFrom(ID, CHARITY, "x".repeat(201), day(2, 1), List.of(A1), List.of()))
        .rule()).isEqualTo("must be at most 200 characters");
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    new EqualsTester()
        .addEqualityGroup(Activity.during(ID, CHARITY, "x", day(1, 1), day(2, 1), List.of(A1), List.of()),
            Activity.during(ID, CHARITY, "x", day(1, 1), day(2, 1), List.of(A1, A1), List.of()))
        .addEqualityGroup(Activity.ongoingFrom(ID, CHARITY, "x", day(1, 1), List.of(A1), List.of()))
        .addEqualityGroup(Activity.during(ID, CHARITY, "x", day(1, 1), day(2, 1), List.of(A1), List.of(O11)))
        .testEquals();
  }
}
