package io.coproduce.participation.session;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.SessionWorld;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.WorkWithChildren;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdultAttendeeTest {

  @Test
  void startsNotAloneUnsupervisedAndWithoutHistory() {
    AdultAttendee a = AdultAttendee.of(SessionWorld.adultPerson("a"), AdultRole.VOLUNTEER, VettingCheck.none());

    assertThat(a.id()).isEqualTo(PersonId.parse("a"));
    assertThat(a.mayBeAloneWithChildren()).isFalse();
    assertThat(a.supervisor()).isEmpty();
    assertThat(a.history()).isEmpty();
  }

  @Test
  void withersKeepTheOtherFacts() {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    WorkWithChildren w = WorkWithChildren.of(t, t.plusSeconds(3600));
    AdultAttendee a = AdultAttendee.of(SessionWorld.adultPerson("a"), AdultRole.VOLUNTEER, VettingCheck.none())
        .withHistory(List.of(w)).withSupervisor(PersonId.parse("b")).leftAloneWithChildren();

    assertThat(a.mayBeAloneWithChildren()).isTrue();
    assertThat(a.supervisor()).contains(PersonId.parse("b"));
    assertThat(a.history()).containsExactly(w);
    assertThat(a.withSupervisor(PersonId.parse("c")).mayBeAloneWithChildren()).isTrue();
    assertThat(a.withHistory(List.of()).supervisor()).contains(PersonId.parse("b"));
  }

  @Test
  void nobodySupervisesThemself() {
    AdultAttendee a = AdultAttendee.of(SessionWorld.adultPerson("a"), AdultRole.STAFF, VettingCheck.none());

    assertThat(rejectionOf(() -> a.withSupervisor(PersonId.parse("a"))).field()).isEqualTo("adultAttendee.supervisedBy");
  }

  @Test
  void onlyStaffAndVolunteersSupervise() {
    assertThat(AdultRole.STAFF.supervises()).isTrue();
    assertThat(AdultRole.VOLUNTEER.supervises()).isTrue();
    assertThat(AdultRole.PARENT_OR_CARER.supervises()).isFalse();
    assertThat(AdultRole.GUEST.supervises()).isFalse();
  }
}
