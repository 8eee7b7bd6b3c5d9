package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.quality.QualityWorld.AT;
import static io.coproduce.participation.quality.QualityWorld.DM;
import static io.coproduce.participation.quality.QualityWorld.EARLY;
import static io.coproduce.participation.quality.QualityWorld.LATER;
import static io.coproduce.participation.quality.QualityWorld.YAG;
import static io.coproduce.participation.quality.QualityWorld.YP1;
import static io.coproduce.participation.quality.QualityWorld.YP2;
import static io.coproduce.participation.quality.QualityWorld.plan;
import static io.coproduce.participation.quality.QualityWorld.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.VoiceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityFactsTest {

  private static final QualityScope FORUM = QualityScope.ofForum(YAG);
  private static final SessionPlan S1 = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")));
  private static final SessionPlan S2 = plan("s-2", LATER, List.of(YP2), List.of(staff("st-b"), QualityWorld.guest(DM)));

  @Test
  void theBuilderStartsEmptyWithTheInitiatorUnknown() {
    QualityFacts f = QualityFacts.builder(QualityScope.ofProcess(QualityWorld.process(), List.of()), AT).build();
    assertThat(f.initiator()).isEqualTo(Initiator.UNKNOWN);
    assertThat(f.voice()).isEqualTo(VoiceRecord.empty());
    assertThat(f.network()).isEqualTo(ForumNetwork.empty());
    assertThat(f.people()).isEmpty();
    assertThat(f.sessions()).isEmpty();
    assertThat(f.records()).isEmpty();
    assertThat(f.at()).isEqualTo(AT);
  }

  @Test
  void peopleAndSessionsAreHeldInIdOrderWhateverTheOrderGiven() {
    ForumNetwork network = QualityWorld.network();
    QualityFacts a = QualityFacts.builder(FORUM, AT).network(network).people(List.of(YP2, YP1)).person(YP1)
        .session(S2, QualityWorld.clear(S2)).uncheckedSession(S1).build();
    QualityFacts b = QualityFacts.builder(FORUM, AT).network(network).person(YP1).person(YP2)
        .sessions(List.of(HeldSession.unchecked(S1), HeldSession.checked(S2, QualityWorld.clear(S2)))).build();
    assertThat(a.people()).containsExactly(YP1, YP2);
    assertThat(a.sessions()).extracting(HeldSession::id).containsExactly(S1.id(), S2.id());
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Test
  void recordsIncludeThePeopleTheSessionPlansHold() {
    QualityFacts f = QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).person(YP1)
        .uncheckedSession(S1).uncheckedSession(S2).build();
    assertThat(f.people()).containsExactly(YP1);
    assertThat(f.records()).extracting(p -> p.id().value())
        .containsExactly("dm-1", "st-a", "st-b", "yp-1", "yp-2");
  }

  @Test
  void refusesTwoDifferentRecordsWithOneId() {
    Person otherYp1 = YP1.withRoles(List.of(Role.YOUNG_PERSON, Role.DECISION_MAKER));
    var e = rejectionOf(() -> QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).person(YP1)
        .person(otherYp1).build());
    assertThat(e.field()).isEqualTo("qualityFacts.people");
    assertThat(e.offendingValue()).contains("yp-1");
    SessionPlan withOther = plan("s-3", EARLY, List.of(otherYp1), List.of(staff("st-c")));
    var fromPlan = rejectionOf(() -> QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).person(YP1)
        .uncheckedSession(withOther).build());
    assertThat(fromPlan.field()).isEqualTo("qualityFacts.people");
    Person dmAsPractitioner = DM.withRoles(List.of(Role.PRACTITIONER));
    var adultFromPlan = rejectionOf(() -> QualityFacts.builder(FORUM, AT).network(QualityWorld.network())
        .person(dmAsPractitioner).uncheckedSession(S2).build());
    assertThat(adultFromPlan.field()).isEqualTo("qualityFacts.people");
    assertThat(adultFromPlan.offendingValue()).contains("dm-1");
    AdultAttendee st = staff("st-a");
    SessionPlan sameAdultAgain = plan("s-4", LATER, List.of(YP2), List.of(st));
    assertThat(QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).uncheckedSession(S1)
        .uncheckedSession(sameAdultAgain).build().records()).as("equal records in two plans are one person")
        .extracting(p -> p.id().value()).containsExactly("st-a", "yp-1", "yp-2");
  }

  @Test
  void refusesTwoDifferentSessionsWithOneIdAndAcceptsTheSameTwice() {
    SessionPlan again = plan("s-1", LATER, List.of(YP2), List.of(staff("st-b")));
    var e = rejectionOf(() -> QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).uncheckedSession(S1)
        .uncheckedSession(again).build());
    assertThat(e.field()).isEqualTo("qualityFacts.sessions");
    var checkedAndNot = rejectionOf(() -> QualityFacts.builder(FORUM, AT).network(QualityWorld.network())
        .uncheckedSession(S1).session(S1, QualityWorld.clear(S1)).build());
    assertThat(checkedAndNot.field()).isEqualTo("qualityFacts.sessions");
    assertThat(QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).uncheckedSession(S1)
        .uncheckedSession(S1).build().sessions()).hasSize(1);
  }

  @Test
  void refusesAScopeForumTheNetworkDoesNotHold() {
    UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class,
        () -> QualityFacts.builder(FORUM, AT).build());
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo("forum in qualityFacts.scope");
    assertThat(e.reference()).isEqualTo("forum-yag");
  }

  @Test
  void describesItselfWithCountsOnly() {
    QualityFacts f = QualityFacts.builder(FORUM, AT).network(QualityWorld.network()).person(YP1).uncheckedSession(S1)
        .initiatedBy(Initiator.YOUNG_PEOPLE).build();
    assertThat(f.toString()).contains("forum forum-yag", "1 people", "1 sessions", "YOUNG_PEOPLE")
        .doesNotContain("yp-1");
  }
}
