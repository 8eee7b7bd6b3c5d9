package io.coproduce.participation.vetting;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkWithChildrenTest {

  private static final Instant T = Instant.parse("2026-06-01T13:00:00Z");

  @Test
  void startsUnsupervisedOneOffAndWithoutPersonalCare() {
    WorkWithChildren w = WorkWithChildren.of(T, T.plusSeconds(60));

    assertThat(w.supervised()).isFalse();
    assertThat(w.weeklySeries()).isFalse();
    assertThat(w.personalCare()).isFalse();
  }

  @Test
  void withersChangeOneFactEach() {
    WorkWithChildren w = WorkWithChildren.of(T, T.plusSeconds(60));

    assertThat(w.supervisedByCheckedPerson()).isEqualTo(new WorkWithChildren(T, T.plusSeconds(60), true, false, false));
    assertThat(w.inWeeklySeries()).isEqualTo(new WorkWithChildren(T, T.plusSeconds(60), false, true, false));
    assertThat(w.withPersonalCare()).isEqualTo(new WorkWithChildren(T, T.plusSeconds(60), false, false, true));
    assertThat(w.withPersonalCare().inWeeklySeries().supervisedByCheckedPerson())
        .isEqualTo(new WorkWithChildren(T, T.plusSeconds(60), true, true, true));
  }

  @Test
  void refusesAnEndNotAfterTheStart() {
    assertThat(rejectionOf(() -> WorkWithChildren.of(T, T)).field()).isEqualTo("workWithChildren.end");
    assertThat(rejectionOf(() -> WorkWithChildren.of(T, T.minusSeconds(1))).rule()).isEqualTo("must be after start");
  }

  @Test
  void acceptsFourteenDaysButNoMore() {
    assertThat(WorkWithChildren.of(T, T.plus(Duration.ofDays(14))).end()).isEqualTo(T.plus(Duration.ofDays(14)));
    assertThat(rejectionOf(() -> WorkWithChildren.of(T, T.plus(Duration.ofDays(14)).plusSeconds(1))).rule())
        .contains("14 days");
  }
}
