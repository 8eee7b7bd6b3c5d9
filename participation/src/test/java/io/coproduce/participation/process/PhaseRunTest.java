package io.coproduce.participation.process;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhaseRunTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant CLOSE = Instant.parse("2026-02-27T17:00:00Z");

  @Test
  void isActiveFromItsStartUntilJustBeforeItsClose() {
    PhaseRun run = PhaseRun.between(START, CLOSE);
    assertThat(run.activeAt(START.minusNanos(1))).isFalse();
    assertThat(run.activeAt(START)).isTrue();
    assertThat(run.activeAt(CLOSE.minusNanos(1))).isTrue();
    assertThat(run.activeAt(CLOSE)).isFalse();
    assertThat(run.isOpen()).isFalse();
    assertThat(run.end()).contains(CLOSE);
  }

  @Test
  void anOpenRunIsActiveFromItsStartOn() {
    PhaseRun run = PhaseRun.startedAt(START);
    assertThat(run.isOpen()).isTrue();
    assertThat(run.end()).isEmpty();
    assertThat(run.activeAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    assertThat(run.activeAt(START.minusNanos(1))).isFalse();
    assertThat(run.closedAt(CLOSE)).isEqualTo(PhaseRun.between(START, CLOSE));
  }

  @Test
  void closesAfterItStartsAndOnlyOnce() {
    assertThat(rejectionOf(() -> PhaseRun.between(START, START)).field()).isEqualTo("phaseRun.closed");
    assertThat(rejectionOf(() -> PhaseRun.between(START, START.minusSeconds(1))).rule())
        .contains("must be after phaseRun.started");
    assertThat(rejectionOf(() -> PhaseRun.startedAt(START).closedAt(START)).field()).isEqualTo("phaseRun.closed");
    assertThat(rejectionOf(() -> PhaseRun.between(START, CLOSE).closedAt(CLOSE.plusSeconds(1))).rule())
        .contains("already set");
    assertThat(PhaseRun.between(START, START.plusNanos(1)).activeAt(START)).isTrue();
  }
}
