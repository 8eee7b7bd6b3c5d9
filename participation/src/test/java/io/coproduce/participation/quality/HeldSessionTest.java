package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.quality.QualityWorld.EARLY;
import static io.coproduce.participation.quality.QualityWorld.YP1;
import static io.coproduce.participation.quality.QualityWorld.plan;
import static io.coproduce.participation.quality.QualityWorld.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.SessionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldSessionTest {

  private static final SessionPlan PLAN = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")));

  @Test
  void aClearCheck() {
    SessionCheck check = QualityWorld.clear(PLAN);
    HeldSession s = HeldSession.checked(PLAN, check);
    assertThat(s.id()).isEqualTo(PLAN.id());
    assertThat(s.checkResult()).contains(check);
    assertThat(s.isClear()).isTrue();
    assertThat(s.isBlocked()).isFalse();
  }

  @Test
  void aBlockingCheck() {
    HeldSession s = HeldSession.checked(PLAN, QualityWorld.blocked(PLAN));
    assertThat(s.isClear()).isFalse();
    assertThat(s.isBlocked()).isTrue();
  }

  @Test
  void noCheckIsNeitherClearNorBlocked() {
    HeldSession s = HeldSession.unchecked(PLAN);
    assertThat(s.checkResult()).isEmpty();
    assertThat(s.isClear()).isFalse();
    assertThat(s.isBlocked()).isFalse();
  }

  @Test
  void refusesTheCheckOfAnotherSession() {
    SessionPlan other = plan("s-2", EARLY, List.of(YP1), List.of(staff("st-a")));
    var e = rejectionOf(() -> HeldSession.checked(PLAN, QualityWorld.clear(other)));
    assertThat(e.field()).isEqualTo("heldSession.check");
    assertThat(e.offendingValue()).contains("s-2");
  }
}
