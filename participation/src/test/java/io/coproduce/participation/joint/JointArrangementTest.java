package io.coproduce.participation.joint;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.joint.JointWorld.BOTH;
import static io.coproduce.participation.joint.JointWorld.C1;
import static io.coproduce.participation.joint.JointWorld.C2;
import static io.coproduce.participation.joint.JointWorld.COALITION;
import static io.coproduce.participation.joint.JointWorld.COALITION_GROUP;
import static io.coproduce.participation.joint.JointWorld.COALITION_STEERING;
import static io.coproduce.participation.joint.JointWorld.GREEN_PAPER;
import static io.coproduce.participation.joint.JointWorld.LIAISON_C;
import static io.coproduce.participation.joint.JointWorld.LIAISON_P;
import static io.coproduce.participation.joint.JointWorld.LIAISON_P2;
import static io.coproduce.participation.joint.JointWorld.NEEDS;
import static io.coproduce.participation.joint.JointWorld.OFSTED;
import static io.coproduce.participation.joint.JointWorld.ON;
import static io.coproduce.participation.joint.JointWorld.OTHER_BOARD;
import static io.coproduce.participation.joint.JointWorld.OUTSIDER;
import static io.coproduce.participation.joint.JointWorld.OUTSIDER_2;
import static io.coproduce.participation.joint.JointWorld.P1;
import static io.coproduce.participation.joint.JointWorld.P2;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP_GROUP;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP_STEERING;
import static io.coproduce.participation.joint.JointWorld.START;
import static io.coproduce.participation.joint.JointWorld.arrangement;
import static io.coproduce.participation.joint.JointWorld.coalitionToPartnership;
import static io.coproduce.participation.joint.JointWorld.forums;
import static io.coproduce.participation.joint.JointWorld.partnershipToCoalition;
import static io.coproduce.participation.joint.JointWorld.reciprocal;
import static io.coproduce.participation.joint.JointWorld.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.forum.TermEndReason;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ParticipationLevel;
import io.coproduce.participation.process.Phase;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JointArrangementTest {

  private static final String C_TO_P = "from group org-coalition to group org-partnership";
  private static final String P_TO_C = "from group org-partnership to group org-coalition";
  private static final LocalDate JANUARY_END = LocalDate.of(2026, 1, 31);

  private static String summary(Finding f) {
    String text = f.reason().explanation();
    String area = text.startsWith("Joint area ") ? text.substring(11, text.indexOf(' ', 11)) : "?";
    String direction = text.contains(C_TO_P) ? "C->P" : text.contains(P_TO_C) ? "P->C" : "?";
    return area + " " + direction;
  }

  @Nested
  class Liaison {

    static Stream<Arguments> networks() {
      Term whole = Term.from(START);
      return Stream.of(
          Arguments.of("liaison both ways", reciprocal(), List.of()),
          Arguments.of("only the coalition's liaison", forums().withLink(coalitionToPartnership(whole)),
              List.of("ja-green-paper P->C", "ja-ofsted P->C")),
          Arguments.of("only the partnership's liaison", forums().withLink(partnershipToCoalition(whole)),
              List.of("ja-green-paper C->P", "ja-ofsted C->P")),
          Arguments.of("no liaison at all", forums(),
              List.of("ja-green-paper C->P", "ja-green-paper P->C", "ja-ofsted C->P", "ja-ofsted P->C")),
          Arguments.of("the partnership's link expired", forums().withLink(coalitionToPartnership(whole))
              .withLink(partnershipToCoalition(Term.between(START, JANUARY_END))),
              List.of("ja-green-paper P->C", "ja-ofsted P->C")),
          Arguments.of("the partnership's link ended early", reciprocal()
              .withLinkEnded(LIAISON_P, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(), JANUARY_END,
                  TermEndReason.STEPPED_DOWN),
              List.of("ja-green-paper P->C", "ja-ofsted P->C")),
          Arguments.of("the partnership's link starts later", forums().withLink(coalitionToPartnership(whole))
              .withLink(partnershipToCoalition(Term.from(ON.plusDays(1)))),
              List.of("ja-green-paper P->C", "ja-ofsted P->C")),
          Arguments.of("the link that ends on the day still counts", forums().withLink(coalitionToPartnership(whole))
              .withLink(partnershipToCoalition(Term.between(START, ON))), List.of()),
          Arguments.of("the link that starts on the day counts", forums().withLink(coalitionToPartnership(whole))
              .withLink(partnershipToCoalition(Term.from(ON))), List.of()),
          Arguments.of("a liaison on another forum does not count", forums().withLink(coalitionToPartnership(whole))
              .withLink(RepresentationLink.of(LIAISON_P, PARTNERSHIP_STEERING.id(), OTHER_BOARD.id(), whole)),
              List.of("ja-green-paper P->C", "ja-ofsted P->C")),
          Arguments.of("any one of several liaisons is enough", forums().withLink(coalitionToPartnership(whole))
              .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(), whole)),
              List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void eachActiveAreaNeedsALiaisonInBothDirections(String why, ForumNetwork network, List<String> missing) {
      List<Finding> findings = arrangement().check(network, ON);
      assertThat(findings).extracting(JointArrangementTest::summary).containsExactlyElementsOf(missing);
      assertThat(findings).allSatisfy(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo(JointRules.LIAISON_MISSING);
        assertThat(f.reason().source()).isEqualTo(JointRules.LIAISON_SOURCE);
      });
    }

    @Test
    void areasNotActiveOnTheDateNeedNoLiaison() {
      assertThat(arrangement().check(forums(), START.minusDays(1))).isEmpty();
      assertThat(arrangement().check(forums(), LocalDate.of(2026, 8, 15))).extracting(JointArrangementTest::summary)
          .containsExactly("ja-green-paper C->P", "ja-green-paper P->C");
      assertThat(arrangement().check(forums(), NEEDS.from())).extracting(JointArrangementTest::summary)
          .containsExactly("ja-green-paper C->P", "ja-green-paper P->C", "ja-needs C->P", "ja-needs P->C");
    }

    @Test
    void theWarningNamesTheAreaTheDirectionAndBothSteeringGroups() {
      Finding f = arrangement().check(forums().withLink(coalitionToPartnership(Term.from(START))), ON).get(0);
      assertThat(f.reason().explanation()).isEqualTo("Joint area ja-green-paper has no liaison from group"
          + " org-partnership to group org-coalition on 2026-03-01: nobody sits on org-coalition's steering group"
          + " f-coal-steer for org-partnership's steering group f-pship-steer that day. Each group should have a"
          + " liaison on the other's steering group while they share this area.");
      assertThat(f.about()).isEmpty();
    }

    @Test
    void anExpiredLinkIsNamedWithItsLiaisonSoItCanBeRenewed() {
      ForumNetwork network = forums().withLink(coalitionToPartnership(Term.from(START)))
          .withLink(partnershipToCoalition(Term.between(START, LocalDate.of(2025, 12, 31))))
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(),
              Term.between(START, JANUARY_END)));
      Finding f = arrangement().check(network, ON).get(0);
      assertThat(f.reason().explanation())
          .contains("The last such link, held by st-liaison-p2, ended on 2026-01-31.")
          .doesNotContain("starts on");
      assertThat(f.about()).containsExactly(LIAISON_P2);
    }

    @Test
    void ofTwoLinksThatEndedTheSameDayTheFirstLiaisonByIdIsNamed() {
      ForumNetwork network = forums().withLink(coalitionToPartnership(Term.from(START)))
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(),
              Term.between(START, JANUARY_END)))
          .withLink(partnershipToCoalition(Term.between(START, JANUARY_END)));
      Finding f = arrangement().check(network, ON).get(0);
      assertThat(f.about()).containsExactly(LIAISON_P);
    }

    @Test
    void aLinkStillToComeIsNamedWithItsStartAndLiaison() {
      ForumNetwork network = forums().withLink(coalitionToPartnership(Term.from(START)))
          .withLink(partnershipToCoalition(Term.between(START, JANUARY_END)))
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(),
              Term.from(LocalDate.of(2026, 5, 1))))
          .withLink(partnershipToCoalition(Term.from(LocalDate.of(2026, 4, 1))));
      Finding f = arrangement().check(network, ON).get(0);
      assertThat(f.reason().explanation())
          .contains("The last such link, held by st-liaison-p, ended on 2026-01-31.",
              "The next such link, held by st-liaison-p, starts on 2026-04-01.");
      assertThat(f.about()).containsExactly(LIAISON_P);
    }

    @Test
    void aBoundedLinkStillToComeIsNotTakenForOneThatEnded() {
      ForumNetwork network = forums().withLink(coalitionToPartnership(Term.from(START)))
          .withLink(partnershipToCoalition(Term.between(ON.plusDays(10), ON.plusDays(100))));
      Finding f = arrangement().check(network, ON).get(0);
      assertThat(f.reason().explanation()).doesNotContain("last such link")
          .contains("The next such link, held by st-liaison-p, starts on 2026-03-11.");
    }

    @Test
    void linksToOtherForumsOrTheOtherWayAreNotNamed() {
      ForumNetwork network = forums()
          .withLink(coalitionToPartnership(Term.between(START, JANUARY_END)))
          .withLink(RepresentationLink.of(LIAISON_P, PARTNERSHIP_STEERING.id(), OTHER_BOARD.id(),
              Term.between(START, JANUARY_END)))
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), OTHER_BOARD.id(),
              Term.from(ON.plusDays(5))));
      List<Finding> findings = arrangement().check(network, ON);
      Finding partnershipWay = findings.stream().filter(f -> summary(f).equals("ja-green-paper P->C")).findFirst()
          .orElseThrow();
      assertThat(partnershipWay.reason().explanation()).doesNotContain("such link");
      assertThat(partnershipWay.about()).isEmpty();
      Finding coalitionWay = findings.get(0);
      assertThat(summary(coalitionWay)).isEqualTo("ja-green-paper C->P");
      assertThat(coalitionWay.about()).containsExactly(LIAISON_C);
    }

    @Test
    void ofTwoLinksStartingTheSameDayTheFirstLiaisonByIdIsNamed() {
      LocalDate may = LocalDate.of(2026, 5, 1);
      ForumNetwork network = forums().withLink(coalitionToPartnership(Term.from(START)))
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(),
              Term.from(may)))
          .withLink(partnershipToCoalition(Term.from(may)));
      Finding f = arrangement().check(network, ON).get(0);
      assertThat(f.about()).containsExactly(LIAISON_P);
      assertThat(f.reason().explanation()).doesNotContain("last such link");
    }

    @Test
    void listsTheLiaisonsEachWayOnADate() {
      JointArrangement a = arrangement();
      ForumNetwork network = reciprocal()
          .withLink(RepresentationLink.of(LIAISON_P2, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(),
              Term.from(START)))
          .withLink(RepresentationLink.of(LIAISON_P, PARTNERSHIP_STEERING.id(), OTHER_BOARD.id(), Term.from(START)));
      assertThat(a.liaisonsOn(network, ON, COALITION)).extracting(RepresentationLink::member)
          .containsExactly(LIAISON_C);
      assertThat(a.liaisonsOn(network, ON, PARTNERSHIP)).extracting(RepresentationLink::member)
          .containsExactly(LIAISON_P, LIAISON_P2);
      assertThat(a.liaisonsOn(network, START.minusDays(1), PARTNERSHIP)).isEmpty();
    }

    @Test
    void refusesAGroupOutsideTheArrangementOrASteeringGroupTheNetworkLacks() {
      JointArrangement a = arrangement();
      UnknownReferenceException group = org.assertj.core.api.Assertions.catchThrowableOfType(
          UnknownReferenceException.class, () -> a.liaisonsOn(reciprocal(), ON, C1));
      assertThat(group.reference()).isEqualTo("org-c1");
      ForumNetwork partial = ForumNetwork.empty().withForum(COALITION_STEERING);
      UnknownReferenceException forum = org.assertj.core.api.Assertions.catchThrowableOfType(
          UnknownReferenceException.class, () -> a.check(partial, ON));
      assertThat(forum.reference()).isEqualTo("f-pship-steer");
      assertThatThrownBy(() -> a.liaisonsOn(partial, ON, COALITION)).isInstanceOf(UnknownReferenceException.class);
      ForumNetwork otherHalf = ForumNetwork.empty().withForum(PARTNERSHIP_STEERING);
      assertThatThrownBy(() -> a.check(otherHalf, ON)).isInstanceOf(UnknownReferenceException.class)
          .hasMessageContaining("f-coal-steer");
      assertThatThrownBy(() -> a.check(otherHalf, START.minusDays(1)))
          .as("even on a day with no joint area active").isInstanceOf(UnknownReferenceException.class);
      assertThatThrownBy(() -> JointArrangement.between(COALITION_GROUP, PARTNERSHIP_GROUP).check(partial, ON))
          .as("even with no joint areas").isInstanceOf(UnknownReferenceException.class);
    }
  }

  @Nested
  class Responses {

    static Stream<Arguments> owners() {
      return Stream.of(
          Arguments.of("a member of each group", Set.of(C1, P1), null),
          Arguments.of("the two groups themselves", Set.of(COALITION, PARTNERSHIP), null),
          Arguments.of("a group and a member of the other", Set.of(COALITION, P2), null),
          Arguments.of("with a third partner", Set.of(C1, P1, OUTSIDER), null),
          Arguments.of("a member of both and a member of one", Set.of(BOTH, C1), null),
          Arguments.of("only the coalition's members", Set.of(C1, C2),
              "no owner belongs to group org-partnership"),
          Arguments.of("only the partnership's members", Set.of(P1, P2),
              "no owner belongs to group org-coalition"),
          Arguments.of("the coalition and an outsider", Set.of(COALITION, OUTSIDER),
              "no owner belongs to group org-partnership"),
          Arguments.of("neither group", Set.of(OUTSIDER, OUTSIDER_2),
              "no owner belongs to group org-coalition or group org-partnership"),
          Arguments.of("one organisation in both groups, and an outsider", Set.of(BOTH, OUTSIDER),
              "its only owner from either group, org-both, belongs to both, so one organisation would speak for"
                  + " two groups"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("owners")
    void eachJointResponseMustBeOwnedByBothGroups(String why, Set<OrganisationId> owners, String missing) {
      CoproductionProcess response = response("resp-1", owners);
      JointArrangement a = arrangement().withResponse(response);
      List<Finding> findings = a.check(reciprocal(), ON);
      assertThat(a.ownedByBoth(response)).isEqualTo(missing == null);
      if (missing == null) {
        assertThat(findings).isEmpty();
      } else {
        assertThat(findings).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.rule()).isEqualTo(JointRules.RESPONSE_NOT_JOINT);
          assertThat(f.reason().source()).isEqualTo(JointRules.RESPONSE_SOURCE);
          assertThat(f.reason().explanation()).startsWith("Joint response resp-1 (owners ")
              .endsWith("is not owned by both groups: " + missing + ".");
          assertThat(f.about()).isEmpty();
        });
      }
    }

    @Test
    void responsesAreCheckedWhateverTheirDatesAfterTheAreas() {
      JointArrangement a = arrangement().withResponse(response("resp-b", Set.of(C1, C2)))
          .withResponse(response("resp-a", Set.of(P1, P2))).withResponse(response("resp-c", Set.of(C1, P1)));
      List<Finding> findings = a.check(forums().withLink(coalitionToPartnership(Term.from(START))),
          START.minusDays(1));
      assertThat(findings).extracting(f -> f.reason().explanation().substring(0, 21))
          .containsExactly("Joint response resp-a", "Joint response resp-b");
      List<Finding> withAreas = a.check(forums().withLink(coalitionToPartnership(Term.from(START))), ON);
      assertThat(withAreas).extracting(Finding::rule).containsExactly(JointRules.LIAISON_MISSING,
          JointRules.LIAISON_MISSING, JointRules.RESPONSE_NOT_JOINT, JointRules.RESPONSE_NOT_JOINT);
    }

    @Test
    void theOwnersAreListedInTheExplanation() {
      JointArrangement a = arrangement().withResponse(response("resp-1", Set.of(C2, C1)));
      assertThat(a.check(reciprocal(), ON).get(0).reason().explanation())
          .startsWith("Joint response resp-1 (owners org-c1, org-c2) is not owned");
    }
  }

  @Nested
  class Building {

    @Test
    void holdsAreasAndResponsesInIdOrder() {
      JointArrangement a = arrangement().withResponse(response("resp-b", Set.of(C1, P1)))
          .withResponse(response("resp-a", Set.of(C1, P1)));
      assertThat(a.areas()).containsExactly(GREEN_PAPER, NEEDS, OFSTED);
      assertThat(a.responses()).extracting(p -> p.id().value()).containsExactly("resp-a", "resp-b");
      assertThat(a.area(OFSTED.id())).contains(OFSTED);
      assertThat(a.area(JointAreaId.parse("ja-none"))).isEmpty();
      assertThat(a.response(ProcessId.parse("resp-b"))).isPresent();
      assertThat(a.response(ProcessId.parse("resp-z"))).isEmpty();
      assertThat(a.areasOn(ON)).containsExactly(GREEN_PAPER, OFSTED);
    }

    @Test
    void theSameAreaAgainChangesNothing() {
      JointArrangement a = arrangement();
      assertThat(a.withArea(OFSTED)).isSameAs(a);
    }

    @Test
    void refusesADifferentAreaUnderAUsedId() {
      JointArea other = JointArea.from(OFSTED.id(), "Something else", List.of(), START);
      var e = rejectionOf(() -> arrangement().withArea(other));
      assertThat(e.field()).isEqualTo("jointArrangement.areas");
      assertThat(e.offendingValue()).contains("ja-ofsted");
    }

    @Test
    void aResponseIsReplacedAsItsPhasesRun() {
      CoproductionProcess planned = response("resp-1", Set.of(C1, P1));
      CoproductionProcess started = planned.startPhase("drafting", Instant.parse("2026-02-02T09:00:00Z"));
      JointArrangement a = arrangement().withResponse(planned).withResponse(started);
      assertThat(a.responses()).containsExactly(started);
    }

    @Test
    void refusesAProcessThatIsNotAJointConsultationResponse() {
      CoproductionProcess strategy = CoproductionProcess.plan(ProcessId.parse("strat-1"), ProcessKind.STRATEGY,
          List.of(C1, P1), List.of(Phase.of("draft", START, ON, ParticipationLevel.CO_PRODUCE)));
      var e = rejectionOf(() -> arrangement().withResponse(strategy));
      assertThat(e.field()).isEqualTo("jointArrangement.responses");
      assertThat(e.getMessage()).contains("strat-1", "STRATEGY");
    }

    @Test
    void refusesTwoDifferentResponsesWithOneIdGivenTogether() {
      var e = rejectionOf(() -> new JointArrangement(COALITION_GROUP, PARTNERSHIP_GROUP, List.of(),
          List.of(response("resp-1", Set.of(C1, P1)), response("resp-1", Set.of(C2, P2)))));
      assertThat(e.field()).isEqualTo("jointArrangement.responses");
    }

    @Test
    void refusesTheSameGroupTwiceOrASharedSteeringGroup() {
      MembershipGroup again = MembershipGroup.of(COALITION, PARTNERSHIP_STEERING.id(), List.of(P1));
      assertThat(rejectionOf(() -> JointArrangement.between(COALITION_GROUP, again)).field())
          .isEqualTo("jointArrangement.second");
      MembershipGroup sharing = MembershipGroup.of(PARTNERSHIP, COALITION_STEERING.id(), List.of(P1));
      var e = rejectionOf(() -> JointArrangement.between(COALITION_GROUP, sharing));
      assertThat(e.field()).isEqualTo("jointArrangement.second.steeringGroup");
      assertThat(e.offendingValue()).contains("f-coal-steer");
    }

    @Test
    void arrangementsWithTheSamePartsAreEqualWhateverTheOrder() {
      CoproductionProcess r1 = response("resp-1", Set.of(C1, P1));
      CoproductionProcess r2 = response("resp-2", Set.of(C2, P2));
      new EqualsTester()
          .addEqualityGroup(new JointArrangement(COALITION_GROUP, PARTNERSHIP_GROUP, List.of(OFSTED, GREEN_PAPER),
                  List.of(r2, r1)),
              new JointArrangement(COALITION_GROUP, PARTNERSHIP_GROUP, List.of(GREEN_PAPER, OFSTED, OFSTED),
                  List.of(r1, r2)))
          .addEqualityGroup(JointArrangement.between(COALITION_GROUP, PARTNERSHIP_GROUP))
          .addEqualityGroup(JointArrangement.between(PARTNERSHIP_GROUP, COALITION_GROUP))
          .testEquals();
    }
  }
}
