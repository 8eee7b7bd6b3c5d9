package io.coproduce.participation.session;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.AccessNeed;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small values of a plan: format, platform, venue, safeguarding arrangement. */
class SessionValuesTest {

  @Test
  void onlyInPersonSessionsHaveNoLiveOnlinePart() {
    assertThat(SessionFormat.IN_PERSON.isLiveOnline()).isFalse();
    assertThat(SessionFormat.ONLINE.isLiveOnline()).isTrue();
    assertThat(SessionFormat.HYBRID.isLiveOnline()).isTrue();
  }

  @Test
  void aPlatformHasANameAndAMinimumAgeOf0To25() {
    assertThat(OnlinePlatform.of("Meet", 0).minimumAge()).isZero();
    assertThat(OnlinePlatform.of("Meet", 25).minimumAge()).isEqualTo(25);
    assertThat(rejectionOf(() -> OnlinePlatform.of("Meet", -1)).field()).isEqualTo("onlinePlatform.minimumAge");
    assertThat(rejectionOf(() -> OnlinePlatform.of("Meet", 26)).field()).isEqualTo("onlinePlatform.minimumAge");
    assertThat(rejectionOf(() -> OnlinePlatform.of(" ", 13)).field()).isEqualTo("onlinePlatform.name");
    assertThat(rejectionOf(() -> OnlinePlatform.of(Strings.repeat("x", 81), 13)).field()).isEqualTo("onlinePlatform.name");
    assertThat(OnlinePlatform.of(Strings.repeat("x", 80), 13).name()).hasSize(80);
  }

  @Test
  void aVenueMeetsTheKindsOfNeedItProvides() {
    Venue v = Venue.of("Hall", Set.of(AccessNeed.Kind.SPOKEN_LANGUAGE_INTERPRETER, AccessNeed.Kind.QUIET_SPACE));

    assertThat(v.meets(AccessNeed.of(AccessNeed.Kind.QUIET_SPACE))).isTrue();
    assertThat(v.meets(AccessNeed.of(AccessNeed.Kind.SPOKEN_LANGUAGE_INTERPRETER, "pl"))).isTrue();
    assertThat(v.meets(AccessNeed.of(AccessNeed.Kind.HEARING_LOOP))).isFalse();
    assertThat(rejectionOf(() -> Venue.of("", Set.of())).field()).isEqualTo("venue.label");
    assertThat(rejectionOf(() -> Venue.of(Strings.repeat("x", 81), Set.of())).field()).isEqualTo("venue.label");
  }

  @Test
  void anArrangementIsRecordedFromTheDayItWasDecided() {
    SafeguardingArrangement a = SafeguardingArrangement.of("sg-7", PersonId.parse("lead"), LocalDate.of(2026, 5, 1));

    assertThat(a.isRecordedBy(LocalDate.of(2026, 5, 1))).isTrue();
    assertThat(a.isRecordedBy(LocalDate.of(2026, 4, 30))).isFalse();
    assertThat(rejectionOf(() -> SafeguardingArrangement.of("bad ref", PersonId.parse("lead"), LocalDate.of(2026, 5, 1)))
        .field()).isEqualTo("safeguardingArrangement.reference");
  }

  @Test
  void sessionIdsFollowTheIdentifierSyntax() {
    assertThat(SessionId.parse("s-1")).hasToString("s-1").isEqualTo(new SessionId("s-1"));
    assertThat(SessionId.random(new java.util.SplittableRandom(1)).value()).hasSize(26);
    assertThat(rejectionOf(() -> SessionId.parse("not ok")).field()).isEqualTo("sessionId");
  }
}
