package io.coproduce.participation.quality;

import static io.coproduce.participation.quality.QualityWorld.ADULT_BOARD;
import static io.coproduce.participation.quality.QualityWorld.AT;
import static io.coproduce.participation.quality.QualityWorld.CHAIR;
import static io.coproduce.participation.quality.QualityWorld.DM;
import static io.coproduce.participation.quality.QualityWorld.EARLY;
import static io.coproduce.participation.quality.QualityWorld.FIRST_CLOSED;
import static io.coproduce.participation.quality.QualityWorld.LATER;
import static io.coproduce.participation.quality.QualityWorld.LEAD;
import static io.coproduce.participation.quality.QualityWorld.NOBODY;
import static io.coproduce.participation.quality.QualityWorld.OTHER;
import static io.coproduce.participation.quality.QualityWorld.PARENT;
import static io.coproduce.participation.quality.QualityWorld.PARTNERSHIP;
import static io.coproduce.participation.quality.QualityWorld.STEERING;
import static io.coproduce.participation.quality.QualityWorld.YAG;
import static io.coproduce.participation.quality.QualityWorld.YOUTH_BOARD;
import static io.coproduce.participation.quality.QualityWorld.YP1;
import static io.coproduce.participation.quality.QualityWorld.YP2;
import static io.coproduce.participation.quality.QualityWorld.YP3;
import static io.coproduce.participation.quality.QualityWorld.YP4;
import static io.coproduce.participation.quality.QualityWorld.blocked;
import static io.coproduce.participation.quality.QualityWorld.guest;
import static io.coproduce.participation.quality.QualityWorld.plan;
import static io.coproduce.participation.quality.QualityWorld.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.SessionWorld;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.DecisionMaker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParticipationQualityTest {

  private static final PersonId WORKER = PersonId.parse("st-lead");
  private static final EvidenceId MINUTES = EvidenceId.parse("doc-minutes-7");

  private static Arguments row(String name, Consumer<QualityWorld> setup, Object expected) {
    return Arguments.of(name, setup, expected);
  }

  private static ElementAssessment element(Consumer<QualityWorld> setup, LundyElement element) {
    QualityWorld w = new QualityWorld();
    setup.accept(w);
    return w.quality().lundy().element(element);
  }

  private static void forumScope(QualityWorld w, ForumId forum) {
    w.scope = QualityScope.ofForum(forum);
  }

  private static Declaration declared(LundyElement element, ElementStatus status, Instant at) {
    return Declaration.of(element, status, MINUTES, WORKER, at);
  }

  @Nested
  class Space {

    static Stream<Arguments> table() {
      return Stream.of(
          row("no session held: the facts are silent", w -> { }, null),
          row("a session not yet held: silent", w -> w.held("s-1", AT.plusSeconds(1), YP1), null),
          row("an early, clear session", w -> w.held("s-1", EARLY, YP1), ElementStatus.MET),
          row("a clear session, but only in the second phase", w -> w.held("s-1", LATER, YP1),
              ElementStatus.PARTLY_MET),
          row("a session starting the instant the first phase closed is not early",
              w -> w.held("s-1", FIRST_CLOSED, YP1), ElementStatus.PARTLY_MET),
          row("early and clear, and a later one with a blocker", w -> {
            w.held("s-1", EARLY, YP1);
            SessionPlan p = plan("s-2", LATER, List.of(YP2), List.of(staff("st-x")));
            w.session(HeldSession.checked(p, blocked(p)));
          }, ElementStatus.PARTLY_MET),
          row("early and clear, and a later one not checked", w -> {
            w.held("s-1", EARLY, YP1);
            w.session(HeldSession.unchecked(plan("s-2", LATER, List.of(YP2), List.of(staff("st-x")))));
          }, ElementStatus.PARTLY_MET),
          row("every checked session had a blocker", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-x")));
            w.session(HeldSession.checked(p, blocked(p)));
            w.session(HeldSession.unchecked(plan("s-2", LATER, List.of(YP2), List.of(staff("st-y")))));
          }, ElementStatus.NOT_MET),
          row("no session was checked: silent",
              w -> w.session(HeldSession.unchecked(plan("s-1", EARLY, List.of(YP1), List.of(staff("st-x"))))), null),
          row("a session whose 'young people' are not young people on the records", w -> w.held("s-1", EARLY, PARENT),
              ElementStatus.NOT_MET),
          row("a session for someone with no record at all, and none for young people", w -> {
            w.held("s-1", EARLY, PARENT);
            w.held("s-2", LATER, YP1);
            w.people.remove(YP1);
          }, ElementStatus.PARTLY_MET),
          row("no phase has run: the last planned day of the first phase is early", w -> {
            w.scope = QualityScope.ofProcess(QualityWorld.plannedProcess(), List.of());
            w.held("s-1", Instant.parse("2026-04-30T18:00:00Z"), YP1);
          }, ElementStatus.MET),
          row("no phase has run: the day after the first planned phase is not early", w -> {
            w.scope = QualityScope.ofProcess(QualityWorld.plannedProcess(), List.of());
            w.held("s-1", Instant.parse("2026-05-01T09:00:00Z"), YP1);
          }, ElementStatus.PARTLY_MET),
          row("the first phase is still open: every session so far is early", w -> {
            w.scope = QualityScope.ofProcess(QualityWorld.plannedProcess()
                .startPhase("discovery", Instant.parse("2026-03-02T09:00:00Z")), List.of());
            w.held("s-1", LATER, YP1);
          }, ElementStatus.MET),
          row("a forum has no phases: a clear session at any time meets it", w -> {
            forumScope(w, YAG);
            w.held("s-1", LATER, YP1);
          }, ElementStatus.MET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void spaceIsComputedFromSessionsAndTheirChecks(String name, Consumer<QualityWorld> setup, ElementStatus expected) {
      ElementAssessment a = element(setup, LundyElement.SPACE);
      assertThat(a.computedStatus()).isEqualTo(Optional.ofNullable(expected));
      assertThat(a.reasons().get(0).rule()).isEqualTo(QualityRules.LUNDY_SPACE);
      assertThat(a.reasons().get(0).source()).isEqualTo(QualityRules.LUNDY_SOURCE);
    }

    @Test
    void evidenceCountsTheSessionsByIdAndThePeopleOnlyAsNumbers() {
      QualityWorld w = new QualityWorld();
      w.held("s-1", EARLY, YP1, YP2);
      SessionPlan p = plan("s-2", LATER, List.of(YP2, YP3), List.of(staff("st-x")));
      w.session(HeldSession.checked(p, blocked(p)));
      w.session(HeldSession.unchecked(plan("s-3", LATER.plusSeconds(60), List.of(YP4), List.of(staff("st-y")))));
      w.held("s-4", AT.plusSeconds(60), YP4);
      Evidence e = w.quality().lundy().element(LundyElement.SPACE).evidence();
      assertThat(e.sessions()).containsExactly(QualityWorld.sid("s-1"), QualityWorld.sid("s-2"), QualityWorld.sid("s-3"));
      assertThat(e.counts()).containsEntry(Evidence.SESSIONS_HELD, 3).containsEntry(Evidence.SESSIONS_WITH_YOUNG_PEOPLE, 3)
          .containsEntry(Evidence.SESSIONS_CLEAR, 1).containsEntry(Evidence.SESSIONS_BLOCKED, 1)
          .containsEntry(Evidence.SESSIONS_UNCHECKED, 1).containsEntry(Evidence.SESSIONS_EARLY, 1)
          .containsEntry(Evidence.YOUNG_ATTENDEES, 4);
      assertThat(e.contributions()).isEmpty();
      assertThat(w.quality().lundy().element(LundyElement.SPACE).reasons().get(0).explanation())
          .contains("3 sessions held", "1 checked and clear", "1 checked with a blocker", "1 not checked",
              "4 young people", "1 clear session was held early")
          .doesNotContain("yp-");
    }

    @Test
    void aForumsEvidenceHasNoEarlyCount() {
      QualityWorld w = new QualityWorld();
      forumScope(w, YAG);
      w.held("s-1", EARLY, YP1);
      assertThat(w.quality().lundy().element(LundyElement.SPACE).evidence().counts())
          .doesNotContainKey(Evidence.SESSIONS_EARLY);
    }

    @Test
    void readsTheRealSessionChecksAnswer() {
      SessionWorld sessions = new SessionWorld();
      List<Person> children = SessionWorld.children("c", 4, 14);
      SessionPlan plan = SessionWorld.workshop(children, SessionWorld.staff("st", 2)).build();
      QualityWorld w = new QualityWorld();
      forumScope(w, YAG);
      w.session(HeldSession.checked(plan, sessions.check(plan)));
      assertThat(w.quality().lundy().element(LundyElement.SPACE).computedStatus())
          .as("no consent recorded: the gate blocks").contains(ElementStatus.NOT_MET);
      for (Person c : children) {
        sessions.consentAll(c, plan.purposes());
      }
      w.sessions.clear();
      w.session(HeldSession.checked(plan, sessions.check(plan)));
      assertThat(sessions.check(plan).blocks()).isFalse();
      assertThat(w.quality().lundy().element(LundyElement.SPACE).computedStatus()).contains(ElementStatus.MET);
    }
  }

  @Nested
  class Voice {

    static Stream<Arguments> table() {
      return Stream.of(
          row("nothing happened in scope: silent", w -> { }, null),
          row("young people attended and none contributed", w -> w.held("s-1", EARLY, YP1, YP2), ElementStatus.NOT_MET),
          row("one of two attendees contributed: half is enough", w -> {
            SessionPlan s = w.held("s-1", EARLY, YP1, YP2);
            w.said("c-1", YP1, s);
          }, ElementStatus.MET),
          row("one of three attendees contributed", w -> {
            SessionPlan s = w.held("s-1", EARLY, YP1, YP2, YP3);
            w.said("c-1", YP1, s);
          }, ElementStatus.PARTLY_MET),
          row("two of three attendees contributed", w -> {
            SessionPlan s = w.held("s-1", EARLY, YP1, YP2, YP3);
            w.said("c-1", YP1, s);
            w.said("c-2", YP2, s);
          }, ElementStatus.MET),
          row("contributions in the forum, no sessions", w -> w.saidIn("c-1", YP3.id(), YAG, EARLY), ElementStatus.MET),
          row("views from the forum, but none from those who attended sessions", w -> {
            w.held("s-1", EARLY, YP1, YP2);
            w.saidIn("c-1", YP3.id(), YAG, EARLY);
          }, ElementStatus.PARTLY_MET),
          row("a parent's contribution is not a young person's", w -> w.saidIn("c-1", PARENT.id(), YAG, EARLY),
              ElementStatus.NOT_MET),
          row("a contributor with no record is not counted", w -> w.saidIn("c-1", NOBODY, YAG, EARLY),
              ElementStatus.NOT_MET),
          row("a contribution to a forum out of scope: silent", w -> w.saidIn("c-1", YP1.id(), OTHER, EARLY), null),
          row("a contribution after the instant: silent", w -> w.saidIn("c-1", YP1.id(), YAG, AT.plusSeconds(1)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void voiceIsComputedFromAttendanceAndContributions(String name, Consumer<QualityWorld> setup,
        ElementStatus expected) {
      ElementAssessment a = element(setup, LundyElement.VOICE);
      assertThat(a.computedStatus()).isEqualTo(Optional.ofNullable(expected));
      assertThat(a.reasons().get(0).rule()).isEqualTo(QualityRules.LUNDY_VOICE);
    }

    @Test
    void theShareRuleNamesItsOwnSource() {
      QualityWorld w = new QualityWorld();
      SessionPlan s = w.held("s-1", EARLY, YP1, YP2, YP3);
      w.said("c-1", YP1, s);
      ElementAssessment a = w.quality().lundy().element(LundyElement.VOICE);
      assertThat(a.reasons()).extracting(Reason::source).containsExactly(QualityRules.LUNDY_SOURCE,
          QualityRules.VOICE_SHARE_SOURCE);
      assertThat(QualityRules.VOICE_SHARE_SOURCE.kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
      assertThat(a.evidence().counts()).containsEntry(Evidence.YOUNG_ATTENDEES, 3)
          .containsEntry(Evidence.YOUNG_CONTRIBUTORS, 1).containsEntry(Evidence.ATTENDEES_WHO_CONTRIBUTED, 1)
          .containsEntry(Evidence.YOUNG_CONTRIBUTIONS, 1);
      assertThat(a.evidence().contributions()).containsExactly(QualityWorld.cid("c-1"));
      assertThat(a.evidence().forums()).containsExactly(YAG);
      assertThat(a.reasons().get(0).explanation()).contains("1 contribution by 1 young person", "3 young people",
          "1 of whom contributed");
    }

    @Test
    void whoIsYoungIsReadOnTheDayOfTheContribution() {
      // 26 on 1 June 2026, having turned 26 on 22 April: 25 on 10 March, 26 on 20 May.
      Person older = QualityWorld.young("yp-old", 26);
      QualityWorld before = new QualityWorld();
      before.people.add(older);
      before.saidIn("c-1", older.id(), YAG, EARLY);
      assertThat(before.quality().lundy().element(LundyElement.VOICE).computedStatus()).contains(ElementStatus.MET);
      QualityWorld after = new QualityWorld();
      after.people.add(older);
      after.saidIn("c-1", older.id(), YAG, LATER);
      assertThat(after.quality().lundy().element(LundyElement.VOICE).computedStatus()).contains(ElementStatus.NOT_MET);
    }
  }

  @Nested
  class Audience {

    static Stream<Arguments> table() {
      return Stream.of(
          row("nothing happened in scope: silent", w -> { }, null),
          row("young people attended, said nothing", w -> w.held("s-1", EARLY, YP1), ElementStatus.NOT_MET),
          row("a decision cites the contribution", w -> {
            Contribution c = w.said("c-1", YP1, w.held("s-1", EARLY, YP1));
            w.decided("d-1", c);
          }, ElementStatus.MET),
          row("a decision-maker was at the session", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a"), staff("st-b"), guest(DM)));
            w.session(HeldSession.checked(p, QualityWorld.clear(p)));
            w.said("c-1", YP1, p);
          }, ElementStatus.MET),
          row("only one of two contributions reached a decision", w -> {
            SessionPlan s = w.held("s-1", EARLY, YP1, YP2);
            Contribution c = w.said("c-1", YP1, s);
            w.said("c-2", YP2, s);
            w.decided("d-1", c);
          }, ElementStatus.PARTLY_MET),
          row("said in a forum the decision-maker chairs", w -> {
            w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(STEERING));
            w.saidIn("c-1", YP1.id(), STEERING, EARLY);
          }, ElementStatus.MET),
          row("said in a forum with no decision-maker in it", w -> w.saidIn("c-1", YP1.id(), YAG, EARLY),
              ElementStatus.NOT_MET),
          row("the decision citing it came after the instant", w -> {
            w.at = EARLY.plus(Duration.ofDays(3));
            w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY));
          }, ElementStatus.NOT_MET),
          row("a decision-maker with no record is not counted", w -> {
            w.people.remove(DM);
            w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(STEERING));
            w.saidIn("c-1", YP1.id(), STEERING, EARLY);
          }, ElementStatus.NOT_MET),
          row("only adults' contributions", w -> w.decided("d-1", w.saidIn("c-1", LEAD.id(), YAG, EARLY)),
              ElementStatus.NOT_MET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void audienceIsComputedFromDecisionsAndWhoHeard(String name, Consumer<QualityWorld> setup,
        ElementStatus expected) {
      ElementAssessment a = element(setup, LundyElement.AUDIENCE);
      assertThat(a.computedStatus()).isEqualTo(Optional.ofNullable(expected));
      assertThat(a.reasons().get(0).rule()).isEqualTo(QualityRules.LUNDY_AUDIENCE);
      assertThat(a.reasons().get(0).source()).isEqualTo(QualityRules.LUNDY_SOURCE);
    }

    @Test
    void evidenceSaysHowEachContributionReachedSomeone() {
      QualityWorld w = new QualityWorld();
      w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(STEERING, YAG));
      Contribution a = w.saidIn("c-1", YP1.id(), STEERING, EARLY);
      Contribution b = w.saidIn("c-2", YP2.id(), YAG, EARLY);
      w.saidIn("c-3", YP3.id(), YAG, EARLY);
      w.decided("d-1", a, b);
      Evidence e = w.quality().lundy().element(LundyElement.AUDIENCE).evidence();
      assertThat(e.counts()).containsEntry(Evidence.YOUNG_CONTRIBUTIONS, 3).containsEntry(Evidence.REACHED_DECISION_MAKER, 2)
          .containsEntry(Evidence.CITED, 2).containsEntry(Evidence.HEARD_IN_PERSON, 1);
      assertThat(e.decisions()).containsExactly(QualityWorld.did("d-1"));
      assertThat(e.contributions()).hasSize(3);
    }
  }

  @Nested
  class Influence {

    static Stream<Arguments> table() {
      return Stream.of(
          row("nothing happened in scope: silent", w -> { }, null),
          row("a contribution no decision cites", w -> w.toldAfter(w.saidIn("c-1", YP1.id(), YAG, EARLY), 3),
              ElementStatus.NOT_MET),
          row("cited, and feedback on day 10", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 10);
          }, ElementStatus.MET),
          row("cited, and feedback exactly at the deadline", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 28);
          }, ElementStatus.MET),
          row("cited, feedback late", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 29);
          }, ElementStatus.NOT_MET),
          row("consulted but no feedback: overdue", w -> w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY)),
              ElementStatus.NOT_MET),
          row("cited, one on time and one late", w -> {
            Contribution a = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            Contribution b = w.saidIn("c-2", YP2.id(), YAG, EARLY);
            w.decided("d-1", a, b);
            w.toldAfter(a, 5);
            w.toldAfter(b, 40);
          }, ElementStatus.PARTLY_MET),
          row("cited, feedback not yet due: not yet on time", w -> {
            w.at = EARLY.plus(Duration.ofDays(10));
            w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY));
          }, ElementStatus.NOT_MET),
          row("feedback after the instant does not count yet", w -> {
            w.at = EARLY.plus(Duration.ofDays(10));
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 11);
          }, ElementStatus.NOT_MET),
          row("adults' contributions cited with feedback do not count", w -> {
            Contribution c = w.saidIn("c-1", LEAD.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 1);
          }, ElementStatus.NOT_MET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void influenceIsComputedFromCitationsAndFeedbackDeadlines(String name, Consumer<QualityWorld> setup,
        ElementStatus expected) {
      ElementAssessment a = element(setup, LundyElement.INFLUENCE);
      assertThat(a.computedStatus()).isEqualTo(Optional.ofNullable(expected));
      assertThat(a.reasons().get(0).rule()).isEqualTo(QualityRules.LUNDY_INFLUENCE);
      assertThat(a.reasons().get(0).source()).isEqualTo(QualityRules.LUNDY_SOURCE);
    }

    @Test
    void evidenceCountsFeedbackByWhereItStands() {
      QualityWorld w = new QualityWorld();
      w.at = EARLY.plus(Duration.ofDays(40));
      Contribution onTime = w.saidIn("c-1", YP1.id(), YAG, EARLY);
      Contribution late = w.saidIn("c-2", YP2.id(), YAG, EARLY);
      Contribution overdue = w.saidIn("c-3", YP3.id(), YAG, EARLY);
      Contribution pending = w.saidIn("c-4", YP4.id(), YAG, EARLY.plus(Duration.ofDays(30)));
      w.saidIn("c-5", YP4.id(), YAG, EARLY);
      w.decided("d-1", onTime, late, overdue);
      w.decided("d-2", pending);
      w.toldAfter(onTime, 2).toldAfter(late, 30);
      ElementAssessment a = w.quality().lundy().element(LundyElement.INFLUENCE);
      assertThat(a.computedStatus()).contains(ElementStatus.PARTLY_MET);
      assertThat(a.evidence().counts()).containsEntry(Evidence.YOUNG_CONTRIBUTIONS, 5).containsEntry(Evidence.CITED, 4)
          .containsEntry(Evidence.NOT_CITED, 1).containsEntry(Evidence.FEEDBACK_ON_TIME, 1)
          .containsEntry(Evidence.FEEDBACK_LATE, 1).containsEntry(Evidence.FEEDBACK_OVERDUE, 1)
          .containsEntry(Evidence.FEEDBACK_PENDING, 1);
      assertThat(a.evidence().contributions()).extracting(Object::toString).containsExactly("c-1", "c-2", "c-3", "c-4");
      assertThat(a.evidence().decisions()).extracting(Object::toString).containsExactly("d-1", "d-2");
      assertThat(a.reasons().get(0).explanation()).contains("4 contributions", "feedback on 1 came by its deadline",
          "1 late", "1 overdue", "1 not yet given");
    }
  }

  @Nested
  class Declarations {

    @Test
    void aComputedNotMetOverridesADeclaredMetAndSaysSo() {
      QualityWorld w = new QualityWorld();
      w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY));
      LundyAssessment a = w.quality().lundy(List.of(declared(LundyElement.INFLUENCE, ElementStatus.MET, EARLY)));
      ElementAssessment influence = a.element(LundyElement.INFLUENCE);
      assertThat(influence.status()).isEqualTo(ElementStatus.NOT_MET);
      assertThat(influence.basis()).isEqualTo(Basis.COMPUTED_OVER_DECLARATION);
      assertThat(influence.overridden()).isTrue();
      assertThat(a.overridden()).containsExactly(LundyElement.INFLUENCE);
      Finding f = a.findings().stream().filter(x -> x.rule().equals(QualityRules.DECLARATION_OVERRIDDEN))
          .findFirst().orElseThrow();
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.reason().source()).isEqualTo(QualityRules.COMPUTED_OVERRIDES_SOURCE);
      assertThat(f.reason().explanation()).contains("influence", "process proc-redesign", "not met",
          "st-lead", "doc-minutes-7");
      assertThat(f.about()).isEmpty();
    }

    @Test
    void whereTheFactsAreSilentTheDeclarationStandsMarkedAsDeclared() {
      QualityWorld w = new QualityWorld();
      w.session(HeldSession.unchecked(plan("s-1", EARLY, List.of(YP1), List.of(staff("st-x")))));
      LundyAssessment a = w.quality().lundy(List.of(declared(LundyElement.SPACE, ElementStatus.MET, EARLY)));
      ElementAssessment space = a.element(LundyElement.SPACE);
      assertThat(space.status()).isEqualTo(ElementStatus.MET);
      assertThat(space.basis()).isEqualTo(Basis.DECLARED);
      assertThat(space.basis().isDeclared()).isTrue();
      assertThat(space.computedStatus()).isEmpty();
      assertThat(space.declared()).contains(declared(LundyElement.SPACE, ElementStatus.MET, EARLY));
      assertThat(a.findings()).extracting(Finding::rule).doesNotContain(QualityRules.DECLARATION_OVERRIDDEN,
          QualityRules.UNANSWERED);
    }

    @Test
    void anElementNobodyCanAnswerIsNotMetWithAdvice() {
      LundyAssessment a = new QualityWorld().quality().lundy();
      assertThat(a.elements().values()).allSatisfy(e -> {
        assertThat(e.status()).isEqualTo(ElementStatus.NOT_MET);
        assertThat(e.basis()).isEqualTo(Basis.NO_EVIDENCE);
      });
      assertThat(a.findings()).hasSize(4).allSatisfy(f -> {
        assertThat(f.rule()).isEqualTo(QualityRules.UNANSWERED);
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.reason().source()).isEqualTo(QualityRules.UNANSWERED_SOURCE);
      });
      assertThat(a.findings().get(0).reason().explanation()).contains("space", "declare it with evidence");
    }

    @Test
    void aDeclarationMadeAfterTheInstantIsNotCounted() {
      QualityWorld w = new QualityWorld();
      ElementAssessment a = w.quality().lundy(List.of(declared(LundyElement.VOICE, ElementStatus.MET, AT.plusSeconds(1))))
          .element(LundyElement.VOICE);
      assertThat(a.basis()).isEqualTo(Basis.NO_EVIDENCE);
      assertThat(a.declared()).isEmpty();
    }

    @Test
    void theLatestDeclarationCountsAndAtTheSameInstantTheLowest() {
      QualityWorld w = new QualityWorld();
      Declaration older = declared(LundyElement.SPACE, ElementStatus.NOT_MET, EARLY);
      Declaration newer = declared(LundyElement.SPACE, ElementStatus.MET, LATER);
      Declaration sameInstantLower = declared(LundyElement.SPACE, ElementStatus.PARTLY_MET, LATER);
      assertThat(w.quality().lundy(List.of(older, newer)).status(LundyElement.SPACE)).isEqualTo(ElementStatus.MET);
      assertThat(w.quality().lundy(List.of(newer, older)).status(LundyElement.SPACE)).isEqualTo(ElementStatus.MET);
      assertThat(w.quality().lundy(List.of(newer, sameInstantLower)).element(LundyElement.SPACE).declared())
          .contains(sameInstantLower);
      assertThat(w.quality().lundy(List.of(sameInstantLower, newer)).element(LundyElement.SPACE).declared())
          .contains(sameInstantLower);
      Declaration otherEvidence = Declaration.of(LundyElement.SPACE, ElementStatus.PARTLY_MET,
          EvidenceId.parse("doc-a"), WORKER, LATER);
      assertThat(w.quality().lundy(List.of(sameInstantLower, otherEvidence)).element(LundyElement.SPACE).declared())
          .contains(sameInstantLower);
      assertThat(w.quality().lundy(List.of(otherEvidence, sameInstantLower)).element(LundyElement.SPACE).declared())
          .contains(sameInstantLower);
    }

    @Test
    void aDeclarationOnlyAnswersItsOwnElement() {
      QualityWorld w = new QualityWorld();
      LundyAssessment a = w.quality().lundy(List.of(declared(LundyElement.AUDIENCE, ElementStatus.MET, EARLY)));
      assertThat(a.element(LundyElement.AUDIENCE).basis()).isEqualTo(Basis.DECLARED);
      assertThat(a.element(LundyElement.VOICE).basis()).isEqualTo(Basis.NO_EVIDENCE);
      assertThat(a.findings()).extracting(Finding::rule).containsOnly(QualityRules.UNANSWERED).hasSize(3);
    }

    @Test
    void aFullyMetProcess() {
      QualityWorld w = new QualityWorld();
      SessionPlan s = w.held("s-1", EARLY, YP1, YP2);
      Contribution a = w.said("c-1", YP1, s);
      Contribution b = w.said("c-2", YP2, s);
      w.decided("d-1", a, b);
      w.toldAfter(a, 9).toldAfter(b, 9);
      LundyAssessment l = w.quality().lundy();
      assertThat(l.isFullyMet()).isTrue();
      assertThat(l.weakest()).isEqualTo(ElementStatus.MET);
      assertThat(l.findings()).isEmpty();
      assertThat(l.scope()).isEqualTo(w.scope);
      assertThat(l.at()).isEqualTo(AT);
    }
  }

  @Nested
  class Hart {

    static Stream<Arguments> table() {
      return Stream.of(
          row("no young person took part: no rung", w -> w.saidIn("c-1", LEAD.id(), YAG, EARLY), null),
          row("present but never cited: tokenism", w -> w.held("s-1", EARLY, YP1, YP2), HartRung.TOKENISM),
          row("photographed but no contributions: decoration", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1, YP2), List.of(staff("st-a")), Purpose.photography());
            w.session(HeldSession.checked(p, QualityWorld.clear(p)));
          }, HartRung.DECORATION),
          row("filmed but no contributions: decoration", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")), Purpose.video());
            w.session(HeldSession.checked(p, QualityWorld.clear(p)));
          }, HartRung.DECORATION),
          row("words published, never cited, never told: manipulation", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")), Purpose.photography());
            w.session(HeldSession.checked(p, QualityWorld.clear(p)));
            w.published(w.said("c-1", YP1, p), 3);
          }, HartRung.MANIPULATION),
          row("consulted but no feedback: tokenism", w -> w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY)),
              HartRung.TOKENISM),
          row("contributed, never cited, kept informed: assigned but informed",
              w -> w.toldAfter(w.saidIn("c-1", YP1.id(), YAG, EARLY), 5), HartRung.ASSIGNED_BUT_INFORMED),
          row("consulted and informed", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 20);
          }, HartRung.CONSULTED_AND_INFORMED),
          row("consulted and informed late is still informed", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", c);
            w.toldAfter(c, 50);
          }, HartRung.CONSULTED_AND_INFORMED),
          row("consulted and informed, though an adults' board decided", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", DecisionMaker.forum(ADULT_BOARD), LATER, c);
            w.toldAfter(c, 20);
          }, HartRung.CONSULTED_AND_INFORMED),
          row("adult-initiated, decided in a steering group with a youth seat",
              w -> w.decided("d-1", DecisionMaker.forum(STEERING), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY)),
              HartRung.ADULT_INITIATED_SHARED_DECISIONS),
          row("adult-initiated, decided by a young people's board", w -> {
            w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(YOUTH_BOARD));
            w.decided("d-1", DecisionMaker.forum(YOUTH_BOARD), LATER);
          }, HartRung.ADULT_INITIATED_SHARED_DECISIONS),
          row("initiator not recorded, decided by a young people's board: read as adult-initiated", w -> {
            w.initiator = Initiator.UNKNOWN;
            w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(YOUTH_BOARD));
            w.decided("d-1", DecisionMaker.forum(YOUTH_BOARD), LATER);
          }, HartRung.ADULT_INITIATED_SHARED_DECISIONS),
          row("child-initiated and directed by a young people's board", w -> {
            w.initiator = Initiator.YOUNG_PEOPLE;
            w.decided("d-1", DecisionMaker.forum(YOUTH_BOARD), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY));
          }, HartRung.CHILD_INITIATED_AND_DIRECTED),
          row("child-initiated, decisions shared with adults", w -> {
            w.initiator = Initiator.YOUNG_PEOPLE;
            w.decided("d-1", DecisionMaker.forum(STEERING), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY));
          }, HartRung.CHILD_INITIATED_SHARED_DECISIONS),
          row("child-initiated, both directed and shared decisions", w -> {
            w.initiator = Initiator.YOUNG_PEOPLE;
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", DecisionMaker.forum(YOUTH_BOARD), LATER, c);
            w.decided("d-2", DecisionMaker.forum(PARTNERSHIP), LATER, c);
          }, HartRung.CHILD_INITIATED_SHARED_DECISIONS),
          row("child-initiated, but only adults decided: consulted and informed", w -> {
            w.initiator = Initiator.YOUNG_PEOPLE;
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", DecisionMaker.forum(ADULT_BOARD), LATER, c);
            w.toldAfter(c, 20);
          }, HartRung.CONSULTED_AND_INFORMED),
          row("a decision by a forum the network does not hold is not shared", w -> {
            Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
            w.decided("d-1", DecisionMaker.forum(ForumId.parse("forum-elsewhere")), LATER, c);
          }, HartRung.TOKENISM),
          row("a steering decision after the instant does not count", w -> {
            w.at = LATER.minusSeconds(1);
            w.decided("d-1", DecisionMaker.forum(STEERING), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY));
          }, HartRung.TOKENISM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRungIsInferredFromTheFacts(String name, Consumer<QualityWorld> setup, HartRung expected) {
      QualityWorld w = new QualityWorld();
      setup.accept(w);
      HartAssessment h = w.quality().hart();
      assertThat(h.rungReached()).isEqualTo(Optional.ofNullable(expected));
      assertThat(h.conclusion().rule())
          .isEqualTo(expected == null ? QualityRules.HART_NO_PARTICIPATION : QualityRules.HART_RUNG);
      assertThat(h.conclusion().source()).isEqualTo(QualityRules.HART_SOURCE);
      if (expected != null) {
        assertThat(h.conclusion().explanation()).startsWith("Rung " + expected.number() + " (" + expected.label() + ")");
        assertThat(h.isParticipation()).isEqualTo(expected.isParticipation());
        assertThat(h.reasons()).extracting(Reason::rule).contains(QualityRules.HART_INITIATOR,
            QualityRules.HART_SHARED_DECISIONS, QualityRules.HART_CONSULTED_INFORMED);
        assertThat(h.reasons().stream().anyMatch(r -> r.rule().equals(QualityRules.HART_NON_PARTICIPATION)))
            .isEqualTo(!expected.isParticipation());
      }
    }

    @Test
    void anUnrecordedInitiatorIsReadAsAdultsAndSaysSo() {
      QualityWorld w = new QualityWorld();
      w.initiator = Initiator.UNKNOWN;
      w.held("s-1", EARLY, YP1);
      HartAssessment h = w.quality().hart();
      Reason r = h.reasons().get(0);
      assertThat(r.rule()).isEqualTo(QualityRules.HART_INITIATOR);
      assertThat(r.source()).isEqualTo(QualityRules.UNKNOWN_INITIATOR_SOURCE);
      assertThat(r.explanation()).contains("not recorded", "adults");
      assertThat(h.initiator()).isEqualTo(Initiator.UNKNOWN);
      w.initiator = Initiator.YOUNG_PEOPLE;
      Reason recorded = w.quality().hart().reasons().get(0);
      assertThat(recorded.source()).isEqualTo(QualityRules.HART_SOURCE);
      assertThat(recorded.explanation()).contains("started by young people");
    }

    @Test
    void tokenismSaysWhetherViewsWentUncitedOrUnanswered() {
      QualityWorld present = new QualityWorld();
      present.held("s-1", EARLY, YP1);
      assertThat(present.quality().hart().conclusion().explanation()).contains("no decision cites their views");
      QualityWorld unanswered = new QualityWorld();
      unanswered.decided("d-1", unanswered.saidIn("c-1", YP1.id(), YAG, EARLY));
      assertThat(unanswered.quality().hart().conclusion().explanation()).contains("not told the outcome");
    }

    @Test
    void noRungWhenNothingHappened() {
      HartAssessment h = new QualityWorld().quality().hart();
      assertThat(h.rungReached()).isEmpty();
      assertThat(h.isParticipation()).isFalse();
      assertThat(h.reasons()).hasSize(1);
    }

    @Test
    void aYoungPersonsSeatInAForumThatDecidedIsTakingPart() {
      QualityWorld w = new QualityWorld();
      w.scope = QualityScope.ofProcess(QualityWorld.process(), List.of(STEERING));
      w.decided("d-1", DecisionMaker.forum(STEERING), LATER);
      assertThat(w.quality().hart().rungReached()).contains(HartRung.ADULT_INITIATED_SHARED_DECISIONS);
    }

    @Test
    void reasonsCountWhatTheRungRestsOn() {
      QualityWorld w = new QualityWorld();
      Contribution c = w.saidIn("c-1", YP1.id(), YAG, EARLY);
      Contribution late = w.saidIn("c-2", YP2.id(), YAG, EARLY);
      Contribution overdue = w.saidIn("c-3", YP3.id(), YAG, EARLY);
      w.decided("d-1", DecisionMaker.forum(STEERING), LATER, c, late, overdue);
      w.decided("d-2", DecisionMaker.forum(YOUTH_BOARD), LATER, c);
      w.toldAfter(c, 3).toldAfter(late, 40);
      HartAssessment h = w.quality().hart();
      assertThat(h.reasons().get(1).explanation()).contains("2 decisions", "[d-1, d-2]", "1 of them in young people's");
      assertThat(h.reasons().get(2).explanation()).contains("3 contributions by young people cited",
          "feedback given on 2", "overdue on 1", "(not informed)");
    }
  }

  @Nested
  class Shier {

    static Stream<Arguments> table() {
      return Stream.of(
          row("nothing: no level", w -> { }, List.of()),
          row("present but silent: no level", w -> w.held("s-1", EARLY, YP1), List.of()),
          row("views in a forum: listened to", w -> w.saidIn("c-1", YP1.id(), YAG, EARLY), List.of(1)),
          row("views in a clear session: supported", w -> w.said("c-1", YP1, w.held("s-1", EARLY, YP1)), List.of(1, 2)),
          row("views in a session with a blocker: not supported", w -> {
            SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")));
            w.session(HeldSession.checked(p, blocked(p)));
            w.said("c-1", YP1, p);
          }, List.of(1)),
          row("views in a clear session not yet held count as nothing", w -> {
            w.at = EARLY.minusSeconds(1);
            w.said("c-1", YP1, w.held("s-1", EARLY, YP1));
          }, List.of()),
          row("cited: taken into account", w -> w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, EARLY)),
              List.of(1, 3)),
          row("decided in a forum with a youth seat: involved", w -> w.decided("d-1", DecisionMaker.forum(STEERING),
              LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY)), List.of(1, 3, 4)),
          row("decided by a young people's board: power shared", w -> w.decided("d-1",
              DecisionMaker.forum(YOUTH_BOARD), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY)), List.of(1, 3, 4, 5)),
          row("decided by a board a young person co-chairs: power shared", w -> w.decided("d-1",
              DecisionMaker.forum(PARTNERSHIP), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY)), List.of(1, 3, 4, 5)),
          row("decided by an adults' board: taken into account", w -> w.decided("d-1",
              DecisionMaker.forum(ADULT_BOARD), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY)), List.of(1, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theLevelsShownAreInferredFromTheFacts(String name, Consumer<QualityWorld> setup, List<Integer> levels) {
      QualityWorld w = new QualityWorld();
      setup.accept(w);
      ShierAssessment s = w.quality().shier();
      assertThat(s.shown()).extracting(ShierLevel::number).containsExactlyElementsOf(levels);
      assertThat(s.reasons()).hasSize(6);
      for (int i = 0; i < 5; i++) {
        Reason r = s.reasons().get(i);
        assertThat(r.rule()).isEqualTo(QualityRules.SHIER_LEVEL_PREFIX + (i + 1));
        assertThat(r.source()).isEqualTo(QualityRules.SHIER_SOURCE);
        assertThat(r.explanation()).contains(levels.contains(i + 1) ? "shown:" : "not shown:");
      }
      assertThat(s.conclusion().rule()).isEqualTo(levels.isEmpty() ? QualityRules.SHIER_NO_PARTICIPATION
          : QualityRules.SHIER_LEVEL);
      assertThat(s.levelReached().map(ShierLevel::number))
          .isEqualTo(levels.isEmpty() ? Optional.empty() : Optional.of(levels.get(levels.size() - 1)));
    }

    @Test
    void theConclusionNamesTheHighestLevelAndGapsBelowAreVisible() {
      QualityWorld w = new QualityWorld();
      w.decided("d-1", DecisionMaker.forum(STEERING), LATER, w.saidIn("c-1", YP1.id(), YAG, EARLY));
      ShierAssessment s = w.quality().shier();
      assertThat(s.conclusion().explanation()).startsWith("Level 4 (involved in decision-making processes)");
      assertThat(s.gapsBelow()).containsExactly(ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS);
    }
  }

  @Nested
  class Tokenism {

    @Test
    void presentButNeverCitedIsTokenism() {
      QualityWorld w = new QualityWorld();
      SessionPlan s = w.held("s-1", EARLY, YP2, YP1);
      w.said("c-1", YP1, s);
      List<Finding> findings = w.quality().tokenism();
      assertThat(findings).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.rule()).isEqualTo(QualityRules.TOKENISM);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.reason().source()).isEqualTo(QualityRules.HART_SOURCE);
      assertThat(f.about()).containsExactly(YP1.id(), YP2.id());
      assertThat(f.reason().explanation()).contains("2 young people", "process proc-redesign");
    }

    @Test
    void oneAttendeeCitedIsNotTokenism() {
      QualityWorld w = new QualityWorld();
      SessionPlan s = w.held("s-1", EARLY, YP1, YP2);
      w.decided("d-1", w.said("c-1", YP1, s));
      assertThat(w.quality().tokenism()).isEmpty();
    }

    @Test
    void citingSomeoneWhoDidNotAttendDoesNotAnswerForThoseWhoDid() {
      QualityWorld w = new QualityWorld();
      w.held("s-1", EARLY, YP1);
      w.decided("d-1", w.saidIn("c-1", YP3.id(), YAG, EARLY));
      assertThat(w.quality().tokenism()).extracting(Finding::rule).containsExactly(QualityRules.TOKENISM);
    }

    @Test
    void photographedWithoutContributingIsDecoration() {
      QualityWorld w = new QualityWorld();
      SessionPlan p = plan("s-1", EARLY, List.of(YP1, YP2), List.of(staff("st-a")), Purpose.photography());
      w.session(HeldSession.checked(p, QualityWorld.clear(p)));
      Contribution c = w.said("c-1", YP1, p);
      w.decided("d-1", c);
      List<Finding> findings = w.quality().tokenism();
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).rule()).isEqualTo(QualityRules.DECORATION);
      assertThat(findings.get(0).about()).containsExactly(YP2.id());
      assertThat(findings.get(0).reason().source()).isEqualTo(QualityRules.HART_SOURCE);
      assertThat(findings.get(0).reason().explanation()).contains("Session s-1", "1 young person");
    }

    @Test
    void noDecorationWhenEveryonePicturedContributedOrNoPicturesWerePlanned() {
      QualityWorld w = new QualityWorld();
      SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")), Purpose.video());
      w.session(HeldSession.checked(p, QualityWorld.clear(p)));
      w.decided("d-1", w.said("c-1", YP1, p));
      SessionPlan quiet = plan("s-2", EARLY, List.of(YP2), List.of(staff("st-b")), Purpose.audioRecording());
      w.session(HeldSession.checked(quiet, QualityWorld.clear(quiet)));
      assertThat(w.quality().tokenism()).isEmpty();
    }

    @Test
    void aContributionInTheForumCountsAsTheirVoice() {
      QualityWorld w = new QualityWorld();
      SessionPlan p = plan("s-1", EARLY, List.of(YP1), List.of(staff("st-a")), Purpose.photography());
      w.session(HeldSession.checked(p, QualityWorld.clear(p)));
      w.decided("d-1", w.saidIn("c-1", YP1.id(), YAG, LATER));
      assertThat(w.quality().tokenism()).isEmpty();
    }

    @Test
    void publishedWithoutBeingToldIsManipulation() {
      QualityWorld w = new QualityWorld();
      w.published(w.saidIn("c-1", YP1.id(), YAG, EARLY), 2);
      w.saidIn("c-2", YP2.id(), YAG, EARLY);
      List<Finding> findings = w.quality().tokenism();
      assertThat(findings).extracting(Finding::rule).containsExactly(QualityRules.MANIPULATION);
      assertThat(findings.get(0).about()).containsExactly(YP1.id());
      assertThat(findings.get(0).reason().explanation()).contains("1 contribution", "[c-1]");
    }

    @Test
    void publishedButToldCitedOrNotYetPublishedIsNotManipulation() {
      QualityWorld told = new QualityWorld();
      told.toldAfter(told.published(told.saidIn("c-1", YP1.id(), YAG, EARLY), 2), 1);
      assertThat(told.quality().tokenism()).isEmpty();
      QualityWorld cited = new QualityWorld();
      cited.decided("d-1", cited.published(cited.saidIn("c-1", YP1.id(), YAG, EARLY), 2));
      assertThat(cited.quality().tokenism()).isEmpty();
      QualityWorld later = new QualityWorld();
      later.at = EARLY.plus(Duration.ofDays(1));
      later.published(later.saidIn("c-1", YP1.id(), YAG, EARLY), 2);
      assertThat(later.quality().tokenism()).isEmpty();
    }

    @Test
    void findingsComeInTheDocumentedOrder() {
      QualityWorld w = new QualityWorld();
      SessionPlan p = plan("s-1", EARLY, List.of(YP1, YP2), List.of(staff("st-a")), Purpose.photography());
      w.session(HeldSession.checked(p, QualityWorld.clear(p)));
      w.published(w.said("c-1", YP1, p), 1);
      assertThat(w.quality().tokenism()).extracting(Finding::rule)
          .containsExactly(QualityRules.MANIPULATION, QualityRules.DECORATION, QualityRules.TOKENISM);
    }
  }

  @Test
  void aChildInitiatedProcessWithSharedDecisionsScoresHighOnEveryModel() {
    QualityWorld w = new QualityWorld();
    w.initiator = Initiator.YOUNG_PEOPLE;
    SessionPlan s = w.held("s-1", EARLY, YP1, YP2);
    Contribution a = w.said("c-1", YP1, s);
    Contribution b = w.said("c-2", YP2, s);
    w.decided("d-1", DecisionMaker.forum(PARTNERSHIP), EARLY.plus(Duration.ofDays(7)), a, b);
    w.toldAfter(a, 10).toldAfter(b, 12);
    ParticipationQuality q = w.quality();
    assertThat(q.lundy().isFullyMet()).isTrue();
    assertThat(q.hart().rungReached()).contains(HartRung.CHILD_INITIATED_SHARED_DECISIONS);
    assertThat(q.shier().shown()).containsExactly(ShierLevel.values());
    assertThat(q.tokenism()).isEmpty();
    assertThat(q.facts()).isEqualTo(w.facts());
  }
}
