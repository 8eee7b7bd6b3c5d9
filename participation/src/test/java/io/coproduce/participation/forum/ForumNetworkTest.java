package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.ADULT;
import static io.coproduce.participation.forum.ForumFixtures.CHARITY;
import static io.coproduce.participation.forum.ForumFixtures.ICS_BOARD;
import static io.coproduce.participation.forum.ForumFixtures.LIAISON_A;
import static io.coproduce.participation.forum.ForumFixtures.LIAISON_B;
import static io.coproduce.participation.forum.ForumFixtures.NATIONAL;
import static io.coproduce.participation.forum.ForumFixtures.ON;
import static io.coproduce.participation.forum.ForumFixtures.PARTNER_STEERING;
import static io.coproduce.participation.forum.ForumFixtures.START;
import static io.coproduce.participation.forum.ForumFixtures.STEERING;
import static io.coproduce.participation.forum.ForumFixtures.YAG;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static io.coproduce.participation.forum.ForumFixtures.YP_2;
import static io.coproduce.participation.forum.ForumFixtures.forums;
import static io.coproduce.participation.forum.ForumFixtures.link;
import static io.coproduce.participation.forum.ForumFixtures.member;
import static io.coproduce.participation.forum.ForumFixtures.practitioner;
import static io.coproduce.participation.forum.ForumFixtures.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForumNetworkTest {

  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

  private static final YoungPeople PEOPLE = YoungPeople.of(List.of(
      youngPerson(YP_1, LocalDate.of(2010, 5, 1)),
      youngPerson(YP_2, LocalDate.of(2008, 9, 9)),
      practitioner(ADULT), practitioner(LIAISON_A), practitioner(LIAISON_B)));

  @Nested
  class Validation {

    static Stream<Arguments> invalidNetworks() {
      ForumNetwork yp1InYag = forums().withMembership(member(YAG, YP_1));
      return Stream.of(
          Arguments.of("two different forums with one id",
              (Supplier<ForumNetwork>) () -> forums().withForum(
                  Forum.of(YAG.id(), CHARITY, ForumKind.PANEL, Layer.SERVICE, "Another")),
              "forum.id", "must be unique in the network"),
          Arguments.of("two different forums with one id, built at once",
              (Supplier<ForumNetwork>) () -> ForumNetwork.of(List.of(YAG,
                  Forum.of(YAG.id(), CHARITY, ForumKind.YOUTH_ADVISORY_GROUP, Layer.REGION, YAG.label())),
                  List.of(), List.of()),
              "forum.id", "must be unique in the network"),
          Arguments.of("overlapping memberships of one person in one forum",
              (Supplier<ForumNetwork>) () -> yp1InYag.withMembership(Membership.of(YAG.id(), YP_1,
                  MembershipRole.CHAIR, Term.from(ON))),
              "membership.term", "must not overlap another membership of person yp-1 in forum f-yag"),
          Arguments.of("a link whose member is not a member of the forum they sit for",
              (Supplier<ForumNetwork>) () -> yp1InYag.withLink(link(YP_2, YAG, STEERING)),
              "link.member", "must be a member of forum f-yag on every day of the link's term (2025-09-01..);"
                  + " person yp-2 is not a member of it on 2025-09-01"),
          Arguments.of("a link that starts before the membership",
              (Supplier<ForumNetwork>) () -> yp1InYag.withLink(RepresentationLink.of(YP_1, YAG.id(),
                  STEERING.id(), Term.from(START.minusDays(1)))),
              "link.member", "is not a member of it on 2025-08-31"),
          Arguments.of("a link that outlasts the membership",
              (Supplier<ForumNetwork>) () -> forums()
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
                  .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.between(START, APR_1))),
              "link.member", "is not a member of it on 2026-04-01"),
          Arguments.of("an open-ended link on a membership with an end",
              (Supplier<ForumNetwork>) () -> forums()
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
                  .withLink(link(YP_1, YAG, STEERING)),
              "link.member", "is not a member of it on 2026-04-01"),
          Arguments.of("a link across a gap between two memberships",
              (Supplier<ForumNetwork>) () -> forums()
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.CHAIR, Term.from(APR_1.plusDays(1))))
                  .withLink(link(YP_1, YAG, STEERING)),
              "link.member", "is not a member of it on 2026-04-01"),
          Arguments.of("a membership of another person does not cover the link",
              (Supplier<ForumNetwork>) () -> forums()
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
                  .withMembership(Membership.of(YAG.id(), YP_2, MembershipRole.MEMBER, Term.from(APR_1)))
                  .withLink(link(YP_1, YAG, STEERING)),
              "link.member", "is not a member of it on 2026-04-01"),
          Arguments.of("a membership of the person elsewhere does not cover the link",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(STEERING, YP_1))
                  .withLink(link(YP_1, YAG, ICS_BOARD)),
              "link.member", "must be a member of forum f-yag"),
          Arguments.of("overlapping links of one member between the same forums",
              (Supplier<ForumNetwork>) () -> yp1InYag.withLink(link(YP_1, YAG, STEERING))
                  .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.between(ON, APR_1))),
              "link.term", "must not overlap another link of person yp-1 from forum f-yag to forum f-steer"),
          Arguments.of("ending a membership a link still needs",
              (Supplier<ForumNetwork>) () -> yp1InYag.withLink(link(YP_1, YAG, STEERING))
                  .withMembershipEnded(YAG.id(), YP_1, ON, TermEndReason.STEPPED_DOWN),
              "link.member", "is not a member of it on 2026-03-02"),
          Arguments.of("ending a membership on its planned last day",
              (Supplier<ForumNetwork>) () -> forums()
                  .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
                  .withMembershipEnded(YAG.id(), YP_1, MAR_31, TermEndReason.STEPPED_DOWN),
              "term.endedEarlyOn", "must be before term.until"),
          Arguments.of("ending a link on its planned last day",
              (Supplier<ForumNetwork>) () -> yp1InYag
                  .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.between(START, MAR_31)))
                  .withLinkEnded(YP_1, YAG.id(), STEERING.id(), MAR_31, TermEndReason.STEPPED_DOWN),
              "term.endedEarlyOn", "must be before term.until"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidNetworks")
    void refusesWithTheFieldAndTheRule(String what, Supplier<ForumNetwork> build, String field, String rule) {
      InvalidInputException e = rejectionOf(build::get);
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(rule);
    }

    static Stream<Arguments> unknownReferences() {
      return Stream.of(
          Arguments.of("a membership of an unknown forum",
              (Supplier<ForumNetwork>) () -> ForumNetwork.empty().withForum(STEERING).withMembership(member(YAG, YP_1)),
              "forum in membership.forum", "f-yag"),
          Arguments.of("a link from an unknown forum",
              (Supplier<ForumNetwork>) () -> ForumNetwork.empty().withForum(STEERING).withLink(link(YP_1, YAG, STEERING)),
              "forum in link.from", "f-yag"),
          Arguments.of("a link to an unknown forum",
              (Supplier<ForumNetwork>) () -> ForumNetwork.empty().withForum(YAG).withMembership(member(YAG, YP_1))
                  .withLink(link(YP_1, YAG, STEERING)),
              "forum in link.to", "f-steer"),
          Arguments.of("ending a membership that is not active on the day",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(YAG, YP_1))
                  .withMembershipEnded(YAG.id(), YP_1, START.minusDays(1), TermEndReason.STEPPED_DOWN),
              "membership of forum f-yag active on 2025-08-31 for person", "yp-1"),
          Arguments.of("ending another person's membership",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(YAG, YP_1))
                  .withMembershipEnded(YAG.id(), YP_2, ON, TermEndReason.STEPPED_DOWN),
              "membership of forum f-yag active on 2026-03-01 for person", "yp-2"),
          Arguments.of("ending a link that is not active on the day",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(YAG, YP_1))
                  .withLink(link(YP_1, YAG, STEERING))
                  .withLinkEnded(YP_1, YAG.id(), STEERING.id(), START.minusDays(1), TermEndReason.STEPPED_DOWN),
              "link from f-yag to f-steer active on 2025-08-31 for person", "yp-1"),
          Arguments.of("ending a link to another forum",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(YAG, YP_1))
                  .withLink(link(YP_1, YAG, STEERING))
                  .withLinkEnded(YP_1, YAG.id(), ICS_BOARD.id(), ON, TermEndReason.STEPPED_DOWN),
              "link from f-yag to f-ics active on 2026-03-01 for person", "yp-1"),
          Arguments.of("ending another member's link",
              (Supplier<ForumNetwork>) () -> forums().withMembership(member(YAG, YP_1))
                  .withLink(link(YP_1, YAG, STEERING))
                  .withLinkEnded(YP_2, YAG.id(), STEERING.id(), ON, TermEndReason.STEPPED_DOWN),
              "link from f-yag to f-steer active on 2026-03-01 for person", "yp-2"),
          Arguments.of("asking about an unknown forum",
              (Supplier<?>) () -> ForumNetwork.empty().voiceReach(YAG.id(), ON), "forum", "f-yag"),
          Arguments.of("listing members of an unknown forum",
              (Supplier<?>) () -> ForumNetwork.empty().membershipsOn(YAG.id(), ON), "forum", "f-yag"),
          Arguments.of("asking about representation on an unknown forum",
              (Supplier<?>) () -> ForumNetwork.empty().hasYoungPeoplesRepresentation(YAG.id(), ON, PEOPLE),
              "forum", "f-yag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownReferences")
    void refusesUnknownReferencesNamingWhatWasLookedFor(String what, Supplier<?> call, String kind, String ref) {
      UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class, call::get);
      assertThat(e).isNotNull();
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.reference()).isEqualTo(ref);
      assertThat(e.getMessage()).isEqualTo(kind + " " + ref + " is not known");
    }

    @Test
    void aRefusedChangeLeavesTheNetworkAsItWas() {
      ForumNetwork before = forums().withMembership(member(YAG, YP_1));
      rejectionOf(() -> before.withLink(link(YP_2, YAG, STEERING)));
      assertThat(before).isEqualTo(forums().withMembership(member(YAG, YP_1)));
      assertThat(before.links()).isEmpty();
    }

    @Test
    void errorsNameIdsOnlyAndNeverALabel() {
      InvalidInputException e = rejectionOf(() -> forums().withForum(
          Forum.of(YAG.id(), CHARITY, ForumKind.PANEL, Layer.SERVICE, "Jo's private panel")));
      assertThat(e.getMessage()).contains("f-yag").doesNotContain("Jo");
    }
  }

  @Nested
  class DeliberatelyAccepted {

    @Test
    void consecutiveMembershipsTogetherCoverALink() {
      ForumNetwork network = forums()
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, MAR_31)))
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.CHAIR, Term.from(APR_1)))
          .withLink(link(YP_1, YAG, STEERING));
      assertThat(network.links()).hasSize(1);
    }

    @Test
    void aMembershipEndedEarlyThenRenewedCoversALinkAcrossBoth() {
      ForumNetwork network = forums()
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.from(START))
              .endedEarly(MAR_31, TermEndReason.CHANGED_ROLE))
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.YOUTH_REPRESENTATIVE,
              Term.between(APR_1, APR_1.plusYears(1))))
          .withLink(RepresentationLink.of(YP_1, YAG.id(), NATIONAL.id(), Term.between(ON, APR_1.plusYears(1))));
      assertThat(network.linksIntoOn(NATIONAL.id(), APR_1)).hasSize(1);
    }

    @Test
    void aMembershipRunningToTheEndOfTimeCoversAnOpenEndedLink() {
      ForumNetwork network = forums()
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, LocalDate.MAX)))
          .withLink(link(YP_1, YAG, STEERING));
      assertThat(network.links()).hasSize(1);
    }

    @Test
    void aLinkStartingPartWayThroughAMembershipIsCovered() {
      ForumNetwork network = forums()
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.MEMBER, Term.between(START, APR_1)))
          .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.between(ON, APR_1)));
      assertThat(network.links()).hasSize(1);
    }

    @Test
    void liaisonsOnEachOthersSteeringGroupsMakeACycle() {
      ForumNetwork network = liaisons();
      assertThat(network.voiceReach(STEERING.id(), ON).forums()).containsExactly(PARTNER_STEERING.id());
      assertThat(network.voiceReach(PARTNER_STEERING.id(), ON).forums()).containsExactly(STEERING.id());
    }

    @Test
    void aPersonMaySitForOneForumOnSeveralAndForSeveralForumsOnOne() {
      ForumNetwork network = forums()
          .withMembership(member(YAG, YP_1)).withMembership(member(STEERING, YP_1))
          .withLink(link(YP_1, YAG, ICS_BOARD)).withLink(link(YP_1, YAG, NATIONAL))
          .withLink(link(YP_1, STEERING, ICS_BOARD));
      assertThat(network.linksIntoOn(ICS_BOARD.id(), ON)).extracting(RepresentationLink::from)
          .containsExactly(STEERING.id(), YAG.id());
      assertThat(network.linksFromOn(YAG.id(), ON)).extracting(RepresentationLink::to)
          .containsExactly(ICS_BOARD.id(), NATIONAL.id());
    }

    @Test
    void oneMemberMaySitOnTheSameForumAgainAfterAnEarlierLinkEnded() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1))
          .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.between(START, MAR_31)))
          .withLink(RepresentationLink.of(YP_1, YAG.id(), STEERING.id(), Term.from(APR_1)));
      assertThat(network.links()).hasSize(2);
    }

    @Test
    void anObserverMayHoldALinkForTheForumTheyObserve() {
      ForumNetwork network = forums().withMembership(member(YAG, ADULT, MembershipRole.OBSERVER))
          .withLink(link(ADULT, YAG, STEERING));
      assertThat(network.voiceReach(YAG.id(), ON).reaches(STEERING.id())).isTrue();
    }

    @Test
    void aForumWithNoMembersAtTheNationalLayerIsAFindingNotAnError() {
      ForumNetwork network = ForumNetwork.empty().withForum(NATIONAL);
      assertThat(network.membershipsOn(NATIONAL.id(), ON)).isEmpty();
      assertThat(network.representationGaps(Layer.NATION, ON, PEOPLE)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void addingWhatTheNetworkHoldsLeavesItAsItWas() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withLink(link(YP_1, YAG, STEERING));
      assertThat(network.withForum(YAG)).isSameAs(network);
      assertThat(network.withMembership(member(YAG, YP_1))).isSameAs(network);
      assertThat(network.withLink(link(YP_1, YAG, STEERING))).isSameAs(network);
      assertThat(ForumNetwork.of(List.of(YAG, YAG), List.of(), List.of()).forums()).containsExactly(YAG);
    }

    @Test
    void aPersonMayBeAMemberOfTwoForumsAtOnce() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(STEERING, YP_1));
      assertThat(network.memberships()).hasSize(2);
    }
  }

  @Nested
  class Changes {

    @Test
    void endingAMembershipEarlyKeepsItsHistory() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2))
          .withMembershipEnded(YAG.id(), YP_1, ON, TermEndReason.AGED_OUT);
      assertThat(network.membershipsOn(YAG.id(), ON)).extracting(Membership::person).containsExactly(YP_1, YP_2);
      assertThat(network.membershipsOn(YAG.id(), ON.plusDays(1))).extracting(Membership::person).containsExactly(YP_2);
      assertThat(network.memberships()).hasSize(2)
          .anySatisfy(m -> assertThat(m.term().earlyEndReason()).contains(TermEndReason.AGED_OUT));
    }

    @Test
    void endingALinkThenTheMembershipItNeededIsAccepted() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withLink(link(YP_1, YAG, STEERING))
          .withLinkEnded(YP_1, YAG.id(), STEERING.id(), ON, TermEndReason.STEPPED_DOWN)
          .withMembershipEnded(YAG.id(), YP_1, ON, TermEndReason.STEPPED_DOWN);
      assertThat(network.linksFromOn(YAG.id(), ON)).hasSize(1);
      assertThat(network.linksFromOn(YAG.id(), ON.plusDays(1))).isEmpty();
      assertThat(network.voiceReach(YAG.id(), ON.plusDays(1)).forums()).isEmpty();
      assertThat(network.links()).singleElement()
          .satisfies(l -> assertThat(l.term().earlyEndReason()).contains(TermEndReason.STEPPED_DOWN));
    }

    @Test
    void endingOneLinkLeavesTheOthers() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2))
          .withLink(link(YP_1, YAG, STEERING)).withLink(link(YP_2, YAG, STEERING)).withLink(link(YP_1, YAG, ICS_BOARD))
          .withLinkEnded(YP_1, YAG.id(), STEERING.id(), ON, TermEndReason.RESTRUCTURED);
      assertThat(network.linksFromOn(YAG.id(), ON.plusDays(1)))
          .containsExactly(link(YP_1, YAG, ICS_BOARD), link(YP_2, YAG, STEERING));
    }
  }

  @Nested
  class Listings {

    @Test
    void listsWhoIsActiveOnTheDayInIdOrder() {
      ForumNetwork network = forums()
          .withMembership(member(YAG, YP_2))
          .withMembership(Membership.of(YAG.id(), YP_1, MembershipRole.CHAIR, Term.from(ON)))
          .withMembership(Membership.of(YAG.id(), ADULT, MembershipRole.FACILITATOR, Term.between(START, START)));
      assertThat(network.membershipsOn(YAG.id(), ON)).extracting(Membership::person).containsExactly(YP_1, YP_2);
      assertThat(network.membershipsOn(YAG.id(), START)).extracting(Membership::person).containsExactly(ADULT, YP_2);
      assertThat(network.forum(YAG.id())).contains(YAG);
      assertThat(network.forum(ForumId.parse("f-none"))).isEmpty();
      assertThat(network.forums()).extracting(Forum::id).extracting(ForumId::value)
          .containsExactly("f-ics", "f-national", "f-partner-steer", "f-steer", "f-yag");
    }

    @Test
    void listsLinksActiveOnTheDay() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(STEERING, ADULT))
          .withLink(RepresentationLink.of(YP_1, YAG.id(), ICS_BOARD.id(), Term.from(ON)))
          .withLink(link(ADULT, STEERING, ICS_BOARD));
      assertThat(network.linksIntoOn(ICS_BOARD.id(), ON)).extracting(RepresentationLink::member)
          .containsExactly(ADULT, YP_1);
      assertThat(network.linksIntoOn(ICS_BOARD.id(), START)).extracting(RepresentationLink::member)
          .containsExactly(ADULT);
      assertThat(network.linksFromOn(YAG.id(), START)).isEmpty();
      assertThat(network.linksFromOn(YAG.id(), ON)).hasSize(1);
    }

    @Test
    void equalNetworksHoldTheSameThingsWhateverTheOrder() {
      new EqualsTester()
          .addEqualityGroup(
              forums().withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2)),
              forums().withMembership(member(YAG, YP_2)).withMembership(member(YAG, YP_1)),
              ForumNetwork.of(List.of(NATIONAL, ICS_BOARD, PARTNER_STEERING, STEERING, YAG),
                  List.of(member(YAG, YP_2), member(YAG, YP_1)), List.of()))
          .addEqualityGroup(forums().withMembership(member(YAG, YP_1)))
          .addEqualityGroup(forums().withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2))
              .withLink(link(YP_1, YAG, STEERING)))
          .addEqualityGroup(forums())
          .addEqualityGroup(ForumNetwork.empty())
          .testEquals();
    }

    @Test
    void toStringCounts() {
      assertThat(forums().withMembership(member(YAG, YP_1)).withLink(link(YP_1, YAG, STEERING)))
          .hasToString("ForumNetwork[5 forums, 1 memberships, 1 links]");
    }
  }

  static ForumNetwork liaisons() {
    return forums()
        .withMembership(member(STEERING, LIAISON_A, MembershipRole.LIAISON))
        .withMembership(member(PARTNER_STEERING, LIAISON_B, MembershipRole.LIAISON))
        .withLink(link(LIAISON_A, STEERING, PARTNER_STEERING))
        .withLink(link(LIAISON_B, PARTNER_STEERING, STEERING));
  }

  @Nested
  class Reach {

    /** YAG -> STEERING -> ICS -> NATIONAL, with the liaison cycle between the steering groups. */
    private ForumNetwork ladder() {
      return liaisons()
          .withMembership(member(YAG, YP_1, MembershipRole.YOUTH_REPRESENTATIVE))
          .withMembership(member(STEERING, YP_2))
          .withMembership(member(ICS_BOARD, ADULT))
          .withLink(link(YP_1, YAG, STEERING))
          .withLink(link(YP_2, STEERING, ICS_BOARD))
          .withLink(link(ADULT, ICS_BOARD, NATIONAL));
    }

    @Test
    void followsLinksUpThroughTheLayers() {
      VoiceReach reach = ladder().voiceReach(YAG.id(), ON);
      assertThat(reach.origin()).isEqualTo(YAG.id());
      assertThat(reach.originLayer()).isEqualTo(Layer.SERVICE);
      assertThat(reach.on()).isEqualTo(ON);
      assertThat(reach.forums()).containsExactly(STEERING.id(), ICS_BOARD.id(), PARTNER_STEERING.id(), NATIONAL.id());
      assertThat(reach.find(NATIONAL.id()).orElseThrow().carriers()).containsExactly(YP_1, YP_2, ADULT);
      assertThat(reach.find(NATIONAL.id()).orElseThrow().layersOnPath())
          .containsExactly(Layer.SERVICE, Layer.ORGANISATION, Layer.LOCAL_SYSTEM, Layer.NATION);
      assertThat(reach.find(PARTNER_STEERING.id()).orElseThrow().carriers()).containsExactly(YP_1, LIAISON_A);
      assertThat(reach.layersReached()).containsExactly(Layer.ORGANISATION, Layer.LOCAL_SYSTEM, Layer.NATION);
      assertThat(reach.highestLayerReached()).contains(Layer.NATION);
      assertThat(reach.carriers()).containsExactly(ADULT, LIAISON_A, YP_1, YP_2);
      assertThat(reach.pathTo(STEERING.id()).orElseThrow()).singleElement()
          .satisfies(h -> assertThat(h).isEqualTo(Hop.of(link(YP_1, YAG, STEERING), Layer.SERVICE, Layer.ORGANISATION)));
    }

    @Test
    void voiceFlowsOnlyTheWayTheLinksPoint() {
      assertThat(ladder().voiceReach(NATIONAL.id(), ON).forums()).isEmpty();
      assertThat(ladder().voiceReach(ICS_BOARD.id(), ON).forums()).containsExactly(NATIONAL.id());
    }

    @Test
    void theCycleEndsAndTheOriginIsNotReachedAgain() {
      VoiceReach reach = ladder().voiceReach(STEERING.id(), ON);
      assertThat(reach.forums()).containsExactly(ICS_BOARD.id(), PARTNER_STEERING.id(), NATIONAL.id());
      assertThat(reach.reaches(STEERING.id())).isFalse();
    }

    @Test
    void onlyLinksActiveOnTheDayCarryVoice() {
      ForumNetwork network = ladder()
          .withLinkEnded(YP_2, STEERING.id(), ICS_BOARD.id(), ON.minusDays(1), TermEndReason.STEPPED_DOWN);
      assertThat(network.voiceReach(YAG.id(), ON).forums()).containsExactly(STEERING.id(), PARTNER_STEERING.id());
      assertThat(network.voiceReach(YAG.id(), ON.minusDays(1)).forums()).hasSize(4);
      assertThat(network.voiceReach(YAG.id(), START.minusDays(1)).forums()).isEmpty();
    }

    @Test
    void takesTheShortestPathEvenWhenALongerOneComesFirstById() {
      // Through f-ics the path starts with the smaller id, but the direct hop is shorter and wins.
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(ICS_BOARD, ADULT))
          .withLink(link(YP_1, YAG, ICS_BOARD)).withLink(link(ADULT, ICS_BOARD, NATIONAL))
          .withLink(link(YP_1, YAG, NATIONAL));
      assertThat(network.voiceReach(YAG.id(), ON).find(NATIONAL.id()).orElseThrow().distance()).isEqualTo(1);
    }

    @Test
    void tiesBetweenEquallyShortPathsGoToTheSmallerForumIdThenPersonId() {
      // Two two-hop paths to the national board: through f-ics and through f-partner-steer ("f-i" < "f-p").
      ForumNetwork network = forums()
          .withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2))
          .withMembership(member(ICS_BOARD, ADULT)).withMembership(member(PARTNER_STEERING, LIAISON_B))
          .withLink(link(YP_2, YAG, PARTNER_STEERING)).withLink(link(LIAISON_B, PARTNER_STEERING, NATIONAL))
          .withLink(link(YP_2, YAG, ICS_BOARD)).withLink(link(YP_1, YAG, ICS_BOARD))
          .withLink(link(ADULT, ICS_BOARD, NATIONAL));
      VoiceReach reach = network.voiceReach(YAG.id(), ON);
      assertThat(reach.pathTo(NATIONAL.id()).orElseThrow()).extracting(Hop::to)
          .containsExactly(ICS_BOARD.id(), NATIONAL.id());
      assertThat(reach.pathTo(ICS_BOARD.id()).orElseThrow()).extracting(Hop::member).containsExactly(YP_1);
      assertThat(reach.forums()).containsExactly(ICS_BOARD.id(), PARTNER_STEERING.id(), NATIONAL.id());
    }

    @Test
    void aForumWithNoLinksReachesNothing() {
      VoiceReach reach = forums().voiceReach(YAG.id(), ON);
      assertThat(reach.forums()).isEmpty();
      assertThat(reach.originLayer()).isEqualTo(Layer.SERVICE);
    }
  }

  @Nested
  class Representation {

    @Test
    void everyForumWithoutAYoungPersonIsAWarningCitingItsSources() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(STEERING, ADULT));
      List<Finding> gaps = network.representationGaps(Layer.OWN_CARE, ON, PEOPLE);
      assertThat(gaps).extracting(f -> f.reason().explanation().substring(0, 16))
          .containsExactly("Forum f-national", "Forum f-ics (boa", "Forum f-partner-", "Forum f-steer (s");
      assertThat(gaps).allSatisfy(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo("representation.none");
        assertThat(f.reason().source()).isEqualTo(ForumSources.REPRESENTATION);
        assertThat(f.reason().source().citation()).contains("Lundy", "Art 12", "NHS England");
        assertThat(f.blocks()).isFalse();
      });
    }

    @Test
    void anEmptyForumIsDescribedAsEmpty() {
      Finding gap = forums().representationGaps(Layer.NATION, ON, PEOPLE).get(0);
      assertThat(gap.reason().explanation()).isEqualTo("Forum f-national (board at the nation layer) has no young"
          + " people's representation on 2026-03-01: it has no active members with a voice and no one sits on it"
          + " for another forum. Views need an audience with the power to act on them.");
      assertThat(gap.about()).isEmpty();
    }

    @Test
    void onlyForumsAtOrAboveTheLayerAreChecked() {
      ForumNetwork network = forums();
      assertThat(network.representationGaps(Layer.LOCAL_SYSTEM, ON, PEOPLE)).hasSize(2);
      assertThat(network.representationGaps(Layer.ORGANISATION, ON, PEOPLE)).hasSize(4);
      assertThat(network.representationGaps(Layer.SERVICE, ON, PEOPLE)).hasSize(5);
      assertThat(network.representationGaps(Layer.REGION, ON, PEOPLE)).hasSize(1);
    }

    @Test
    void aYoungMemberWithAVoiceIsRepresentation() {
      ForumNetwork network = forums().withMembership(member(NATIONAL, YP_1, MembershipRole.CO_CHAIR));
      assertThat(network.representationGaps(Layer.NATION, ON, PEOPLE)).isEmpty();
      assertThat(network.hasYoungPeoplesRepresentation(NATIONAL.id(), ON, PEOPLE)).isTrue();
      assertThat(network.hasYoungPeoplesRepresentation(NATIONAL.id(), START.minusDays(1), PEOPLE)).isFalse();
    }

    @Test
    void aYoungPersonWhoSitsOnTheForumForAnotherIsRepresentation() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withLink(link(YP_1, YAG, NATIONAL))
          .withMembership(member(NATIONAL, ADULT));
      assertThat(network.representationGaps(Layer.NATION, ON, PEOPLE)).isEmpty();
      assertThat(network.hasYoungPeoplesRepresentation(NATIONAL.id(), ON, PEOPLE)).isTrue();
    }

    @Test
    void anAdultWhoSitsOnTheForumForAYouthGroupIsNotRepresentation() {
      ForumNetwork network = forums().withMembership(member(YAG, YP_1)).withMembership(member(YAG, ADULT))
          .withLink(link(ADULT, YAG, NATIONAL));
      assertThat(network.hasYoungPeoplesRepresentation(NATIONAL.id(), ON, PEOPLE)).isFalse();
      assertThat(network.representationGaps(Layer.NATION, ON, PEOPLE)).singleElement()
          .satisfies(f -> assertThat(f.reason().explanation()).contains("none of the 1 people with a seat"));
    }

    @Test
    void aYoungObserverOrFacilitatorIsNotRepresentation() {
      ForumNetwork network = forums().withMembership(member(NATIONAL, YP_1, MembershipRole.OBSERVER))
          .withMembership(member(NATIONAL, YP_2, MembershipRole.FACILITATOR));
      assertThat(network.hasYoungPeoplesRepresentation(NATIONAL.id(), ON, PEOPLE)).isFalse();
      assertThat(network.representationGaps(Layer.NATION, ON, PEOPLE)).singleElement()
          .satisfies(f -> assertThat(f.reason().explanation()).contains("no active members with a voice"));
    }

    @Test
    void membersWithoutRecordsOrWhoMayBeOverTwentyFiveAreNotCountedAndAreNamed() {
      PersonId unknown = PersonId.parse("p-unknown");
      PersonId agedOut = PersonId.parse("p-aged-out");
      YoungPeople people = YoungPeople.of(List.of(practitioner(ADULT),
          youngPerson(agedOut, LocalDate.of(1999, 1, 1))));
      ForumNetwork network = forums().withMembership(member(NATIONAL, unknown))
          .withMembership(member(NATIONAL, agedOut)).withMembership(member(NATIONAL, ADULT));
      Finding gap = network.representationGaps(Layer.NATION, ON, people).get(0);
      assertThat(gap.about()).containsExactly(agedOut, unknown);
      assertThat(gap.reason().explanation())
          .contains("none of the 3 people with a seat and a voice is a young person aged 0 to 25")
          .contains("not counted because the records are missing or in doubt: p-aged-out (may be over 25),"
              + " p-unknown (no person record)")
          .doesNotContain("st-1");
    }

    @Test
    void adultsOnlyGiveAPlainFindingAboutNoOne() {
      ForumNetwork network = forums().withMembership(member(NATIONAL, ADULT));
      Finding gap = network.representationGaps(Layer.NATION, ON, PEOPLE).get(0);
      assertThat(gap.about()).isEmpty();
      assertThat(gap.reason().explanation()).doesNotContain("not counted");
    }

    @Test
    void theSameAnswerWhateverTheOrderOfPeople() {
      ForumNetwork network = forums().withMembership(member(NATIONAL, YP_2)).withMembership(member(NATIONAL, ADULT));
      YoungPeople reversed = YoungPeople.of(List.of(practitioner(ADULT), youngPerson(YP_2, LocalDate.of(2008, 9, 9))));
      assertThat(network.representationGaps(Layer.OWN_CARE, ON, reversed))
          .isEqualTo(network.representationGaps(Layer.OWN_CARE, ON, PEOPLE));
    }

    @Test
    void aYoungPeoplesForumHasOnlyYoungPeopleInItsVoiceRoles() {
      ForumNetwork network = forums()
          .withMembership(member(YAG, YP_1)).withMembership(member(YAG, YP_2, MembershipRole.CHAIR))
          .withMembership(member(YAG, ADULT, MembershipRole.FACILITATOR))
          .withMembership(member(STEERING, YP_1)).withMembership(member(STEERING, ADULT))
          .withMembership(member(ICS_BOARD, ADULT, MembershipRole.FACILITATOR))
          .withLink(link(YP_1, YAG, NATIONAL));
      assertThat(network.isYoungPeoplesForum(YAG.id(), ON, PEOPLE)).isTrue();
      assertThat(network.isYoungPeoplesForum(STEERING.id(), ON, PEOPLE)).isFalse();
      assertThat(network.isYoungPeoplesForum(ICS_BOARD.id(), ON, PEOPLE)).as("no voices at all").isFalse();
      assertThat(network.isYoungPeoplesForum(NATIONAL.id(), ON, PEOPLE)).as("a representative is not a member").isFalse();
      assertThat(network.isYoungPeoplesForum(YAG.id(), ON, YoungPeople.none())).isFalse();
      assertThat(network.hasYoungPeoplesRepresentation(STEERING.id(), ON, PEOPLE)).isTrue();
    }

    @Test
    void theYoungPersonRuleIsTheLibrarysProtectiveReading() {
      assertThat(PEOPLE.source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
      assertThat(PEOPLE.source().citation()).contains("0 to 25");
    }
  }
}
