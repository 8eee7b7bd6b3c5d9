package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final ForumId FORUM = ForumId.parse("f-1");
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 8, 31);

  @Test
  void isActiveExactlyWhenItsTermIs() {
    Membership m = Membership.of(FORUM, YP_1, MembershipRole.CHAIR, Term.between(FROM, UNTIL));
    assertThat(m.activeOn(FROM)).isTrue();
    assertThat(m.activeOn(UNTIL)).isTrue();
    assertThat(m.activeOn(FROM.minusDays(1))).isFalse();
    assertThat(m.activeOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void givesVoiceOnlyInAVoiceRoleAndWhileActive() {
    Membership chair = Membership.of(FORUM, YP_1, MembershipRole.CHAIR, Term.between(FROM, UNTIL));
    Membership observer = Membership.of(FORUM, YP_1, MembershipRole.OBSERVER, Term.between(FROM, UNTIL));
    assertThat(chair.givesVoiceOn(FROM)).isTrue();
    assertThat(chair.givesVoiceOn(UNTIL.plusDays(1))).isFalse();
    assertThat(observer.givesVoiceOn(FROM)).isFalse();
  }

  @Test
  void endsEarlyKeepingEverythingElse() {
    Membership m = Membership.of(FORUM, YP_1, MembershipRole.MEMBER, Term.between(FROM, UNTIL));
    Membership ended = m.endedEarly(LocalDate.of(2026, 1, 31), TermEndReason.AGED_OUT);
    assertThat(ended.activeOn(LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(ended.activeOn(LocalDate.of(2026, 2, 1))).isFalse();
    assertThat(ended.term().earlyEndReason()).contains(TermEndReason.AGED_OUT);
    assertThat(ended.forum()).isEqualTo(FORUM);
    assertThat(ended.person()).isEqualTo(YP_1);
    assertThat(ended.role()).isEqualTo(MembershipRole.MEMBER);
    assertThat(rejectionOf(() -> m.endedEarly(UNTIL, TermEndReason.AGED_OUT)).field()).isEqualTo("term.endedEarlyOn");
  }
}
