package io.coproduce.participation.session;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.SessionWorld.START;
import static io.coproduce.participation.SessionWorld.child;
import static io.coproduce.participation.SessionWorld.children;
import static io.coproduce.participation.SessionWorld.staff;
import static io.coproduce.participation.SessionWorld.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.participation.SessionWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionPlanTest {

  @Test
  void alwaysNeedsConsentToTakePart() {
    SessionPlan plan = workshop(children("c", 2, 10), staff("a", 2)).build();

    assertThat(plan.purposes()).containsExactly(Purpose.takingPart());
  }

  @Test
  void addsThePlannedPurposesOnceEach() {
    SessionPlan plan = workshop(children("c", 2, 10), staff("a", 2))
        .purposes(List.of(Purpose.photography(), Purpose.takingPart(), Purpose.photography())).build();

    assertThat(plan.purposes()).containsExactlyInAnyOrder(Purpose.takingPart(), Purpose.photography());
  }

  @Test
  void aLiveOnlineSessionNeedsConsentToThePlatformUnlessOneIsNamed() {
    SessionPlan online = SessionWorld.plan(SessionFormat.HYBRID, SessionMethod.FOCUS_GROUP, Duration.ofMinutes(40))
        .youngPeople(children("c", 1, 15)).build();
    assertThat(online.purposes()).contains(Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE));

    SessionPlan counselling = online.toBuilder()
        .purposes(List.of(Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE))).build();
    assertThat(counselling.purposes()).containsExactlyInAnyOrder(Purpose.takingPart(),
        Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE));
  }

  @Test
  void holdsWhatItWasGiven() {
    InformationMaterial sheet = InformationMaterial.nonText(MaterialId.parse("m-1"), MaterialVersion.of(1, 0), "en");
    Venue venue = Venue.of("Hall", Set.of(AccessNeed.Kind.STEP_FREE_ACCESS));
    SafeguardingArrangement arrangement = SafeguardingArrangement.of("sg-1", PersonId.parse("lead"),
        LocalDate.of(2026, 5, 1));
    SessionPlan plan = workshop(children("c", 2, 10), staff("a", 2)).recurrence(Recurrence.WEEKLY).venue(venue)
        .platform(OnlinePlatform.of("Meet", 13)).materials(List.of(sheet)).mixedAgeArrangement(arrangement)
        .riskAssessedMinimumAdults(3).build();

    assertThat(plan.id()).isEqualTo(SessionId.parse("s-1"));
    assertThat(plan.organiser()).isEqualTo(SessionWorld.ORG);
    assertThat(plan.start()).isEqualTo(START);
    assertThat(plan.duration()).isEqualTo(Duration.ofMinutes(50));
    assertThat(plan.end()).isEqualTo(START.plus(Duration.ofMinutes(50)));
    assertThat(plan.day()).isEqualTo(SessionWorld.DAY);
    assertThat(plan.format()).isEqualTo(SessionFormat.IN_PERSON);
    assertThat(plan.method()).isEqualTo(SessionMethod.WORKSHOP);
    assertThat(plan.recurrence()).isEqualTo(Recurrence.WEEKLY);
    assertThat(plan.venue()).contains(venue);
    assertThat(plan.platform()).contains(OnlinePlatform.of("Meet", 13));
    assertThat(plan.materials()).containsExactly(sheet);
    assertThat(plan.mixedAgeArrangement()).contains(arrangement);
    assertThat(plan.riskAssessedMinimumAdults()).isEqualTo(3);
    assertThat(plan.youngPeople()).hasSize(2);
    assertThat(plan.adults()).hasSize(2);
    assertThat(plan.adult(PersonId.parse("a-2"))).isPresent();
    assertThat(plan.adult(PersonId.parse("nobody"))).isEmpty();
    assertThat(plan.toString()).contains("s-1", "2 young people", "2 adults").doesNotContain("c-1");
  }

  @Test
  void itsDayIsReadOnTheUkClock() {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
    SessionPlan late = SessionPlan.builder(SessionId.parse("s-2"), SessionWorld.ORG,
        java.time.Instant.parse("2026-05-31T23:30:00Z"), Duration.ofHours(1), SessionFormat.ONLINE,
        SessionMethod.SURVEY).youngPeople(children("c", 1, 16)).build();

    assertThat(late.day()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void toBuilderRebuildsTheSamePlan() {
    SessionPlan plan = workshop(children("c", 2, 10), staff("a", 2)).purposes(List.of(Purpose.video()))
        .recurrence(Recurrence.MONTHLY).riskAssessedMinimumAdults(2).build();
    SessionPlan again = plan.toBuilder().build();

    assertThat(again.purposes()).isEqualTo(plan.purposes());
    assertThat(again.recurrence()).isEqualTo(Recurrence.MONTHLY);
    assertThat(again.riskAssessedMinimumAdults()).isEqualTo(2);
    assertThat(again.youngPeople()).isEqualTo(plan.youngPeople());
    assertThat(again.adults()).isEqualTo(plan.adults());
    assertThat(again.venue()).isEqualTo(plan.venue());
  }

  @ParameterizedTest(name = "duration {0} s refused")
  @ValueSource(longs = {0, -60, 14 * 24 * 3600 + 1})
  void refusesADurationThatIsNotASession(long seconds) {
    assertThat(rejectionOf(() -> SessionWorld.plan(SessionFormat.IN_PERSON, SessionMethod.WORKSHOP,
        Duration.ofSeconds(seconds)).youngPeople(children("c", 1, 10)).build()).field()).isEqualTo("sessionPlan.duration");
  }

  @Test
  void acceptsAFourteenDayResidential() {
    assertThat(SessionWorld.plan(SessionFormat.IN_PERSON, SessionMethod.RESIDENTIAL, Duration.ofDays(14))
        .youngPeople(children("c", 1, 15)).build().duration()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void refusesAPlanWithNoYoungPeople() {
    assertThat(rejectionOf(() -> workshop(List.of(), staff("a", 2)).build()).field()).isEqualTo("sessionPlan.youngPeople");
  }

  @Test
  void refusesTheSamePersonTwice() {
    assertThat(rejectionOf(() -> workshop(List.of(child("c", 9), child("c", 9)), staff("a", 2)).build()).field())
        .isEqualTo("sessionPlan.youngPeople");
    assertThat(rejectionOf(() -> workshop(children("c", 1, 9), List.of(staff("a"), staff("a"))).build()).field())
        .isEqualTo("sessionPlan.adults");
    AdultAttendee alsoYoung = AdultAttendee.of(child("c-1", 19), AdultRole.VOLUNTEER,
        io.coproduce.participation.vetting.VettingCheck.none());
    assertThat(rejectionOf(() -> workshop(children("c", 1, 9), List.of(alsoYoung)).build()).offendingValue())
        .contains("c-1");
  }

  @Test
  void refusesASupervisorWhoIsNotAtTheSession() {
    AdultAttendee vol = staff("vol").withSupervisor(PersonId.parse("elsewhere"));

    assertThat(rejectionOf(() -> workshop(children("c", 1, 9), List.of(staff("a"), vol)).build()).field())
        .isEqualTo("sessionPlan.adults.supervisedBy");
  }

  @ParameterizedTest(name = "risk-assessed minimum {0} refused")
  @ValueSource(ints = {-1, 101})
  void refusesAnImpossibleRiskAssessedMinimum(int n) {
    assertThat(rejectionOf(() -> workshop(children("c", 1, 9), staff("a", 2)).riskAssessedMinimumAdults(n).build())
        .field()).isEqualTo("sessionPlan.riskAssessedMinimumAdults");
  }

  @Test
  void acceptsTheBoundsOfTheRiskAssessedMinimum() {
    assertThat(workshop(children("c", 1, 9), staff("a", 2)).riskAssessedMinimumAdults(100).build()
        .riskAssessedMinimumAdults()).isEqualTo(100);
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> SessionPlan.builder(null, SessionWorld.ORG, START,
        Duration.ofHours(1), SessionFormat.ONLINE, SessionMethod.SURVEY));
    assertThatNullPointerException().isThrownBy(() -> workshop(children("c", 1, 9), staff("a", 2)).recurrence(null));
  }
}
