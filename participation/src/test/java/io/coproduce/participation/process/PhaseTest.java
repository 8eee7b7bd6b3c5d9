package io.coproduce.participation.process;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhaseTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate END = LocalDate.of(2026, 2, 27);

  @Test
  void isPlannedOnEveryDayOfItsWindowBothEndsIncluded() {
    Phase phase = Phase.of("discovery", START, END, ParticipationLevel.CO_DESIGN);
    assertThat(phase.plannedOn(START)).isTrue();
    assertThat(phase.plannedOn(END)).isTrue();
    assertThat(phase.plannedOn(START.minusDays(1))).isFalse();
    assertThat(phase.plannedOn(END.plusDays(1))).isFalse();
    assertThat(phase.aim()).isEqualTo(ParticipationLevel.CO_DESIGN);
  }

  @Test
  void mayLastOneDay() {
    Phase phase = Phase.of("launch", START, START, ParticipationLevel.INFORM);
    assertThat(phase.plannedOn(START)).isTrue();
    assertThat(phase.plannedOn(START.plusDays(1))).isFalse();
  }

  @Test
  void acceptsTheLongestLabel() {
    assertThat(Phase.of("x".repeat(Phase.MAX_LABEL_LENGTH), START, END, ParticipationLevel.ENGAGE).label())
        .hasSize(Phase.MAX_LABEL_LENGTH);
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("", START, END, "phase.label", "must not be blank"),
        Arguments.of(" ", START, END, "phase.label", "must not be blank"),
        Arguments.of("x".repeat(Phase.MAX_LABEL_LENGTH + 1), START, END, "phase.label", "at most 80 characters"),
        Arguments.of("discovery\r\n", START, END, "phase.label", "control characters"),
        Arguments.of("discovery", START, START.minusDays(1), "phase.plannedEnd",
            "must not be before phase.plannedStart (2026-01-05) of phase 'discovery'"));
  }

  @ParameterizedTest
  @MethodSource("rejections")
  void refusesAnInvalidPhase(String label, LocalDate start, LocalDate end, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> Phase.of(label, start, end, ParticipationLevel.CONSULT));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }
}
