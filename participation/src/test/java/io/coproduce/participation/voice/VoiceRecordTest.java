package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.BOARD;
import static io.coproduce.participation.voice.VoiceWorld.EASY;
import static io.coproduce.participation.voice.VoiceWorld.HARD;
import static io.coproduce.participation.voice.VoiceWorld.LONDON;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.WORKSHOP;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static io.coproduce.participation.voice.VoiceWorld.adult;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static io.coproduce.participation.voice.VoiceWorld.contribution;
import static io.coproduce.participation.voice.VoiceWorld.days;
import static io.coproduce.participation.voice.VoiceWorld.decision;
import static io.coproduce.participation.voice.VoiceWorld.did;
import static io.coproduce.participation.voice.VoiceWorld.idea;
import static io.coproduce.participation.voice.VoiceWorld.young;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.withdrawal.AffectedItem;
import io.coproduce.consent.withdrawal.ItemAction;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.readability.ReadabilityCheck;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.ForumId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VoiceRecordTest {

  private static final Person YP = young("yp-1", 15);
  private static final Person YP2 = young("yp-2", 19);
  private static final Person MUM = adult("mum-1", Role.PARENT_OR_CARER);
  private static final FeedbackPolicy FORTNIGHT =
      FeedbackPolicy.organisation(Duration.ofDays(14), "YAG terms of reference 2026");
  /** Reading age between 12 and 13: too hard for 10-12, fine for 13-15. */
  private static final String MIDDLE =
      "We talked about your idea and chose to open the drop-in on Saturday mornings from next month.";

  private static VoiceRecord oneIdea() {
    return VoiceRecord.empty().withContribution(idea("c-1", YP, NOW));
  }

  @Nested
  class AddingRecords {

    @Test
    void anEqualContributionAgainChangesNothing() {
      VoiceRecord r = oneIdea();
      assertThat(r.withContribution(idea("c-1", YP, NOW))).isSameAs(r);
    }

    @Test
    void refusesADifferentContributionUnderAUsedId() {
      InvalidInputException e = rejectionOf(() -> oneIdea().withContribution(idea("c-1", YP2, NOW)));
      assertThat(e.field()).isEqualTo("voiceRecord.contributions");
      assertThat(e.offendingValue()).contains("c-1");
    }

    @Test
    void keepsContributionsInIdOrderAndFindsThem() {
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-2", YP, NOW)).withContribution(idea("c-1", YP, NOW));
      assertThat(r.contributions()).extracting(Contribution::id).containsExactly(cid("c-1"), cid("c-2"));
      assertThat(r.contribution(cid("c-2"))).contains(idea("c-2", YP, NOW));
      assertThat(r.contribution(cid("c-3"))).isEmpty();
    }

    @Test
    void recordsTheFirstPublication() {
      VoiceRecord r = oneIdea().withPublication(cid("c-1"), days(3));
      assertThat(r.contribution(cid("c-1")).orElseThrow().publishedAt()).isEqualTo(days(3));
      assertThat(r.withPublication(cid("c-1"), days(5))).isSameAs(r);
      assertThat(r.withPublication(cid("c-1"), days(1)).contribution(cid("c-1")).orElseThrow().publishedAt())
          .isEqualTo(days(1));
    }

    @Test
    void refusesAPublicationOfAnUnknownOrNotYetMadeContribution() {
      assertThat(rejectionOf(() -> oneIdea().withPublication(cid("c-9"), NOW)).field())
          .isEqualTo("publication.contribution");
      assertThat(rejectionOf(() -> oneIdea().withPublication(cid("c-1"), days(-1))).field())
          .isEqualTo("contribution.publishedAt");
    }

    static Stream<Arguments> invalidDecisions() {
      return Stream.of(
          Arguments.of(decision("d-1", NOW, "c-9"), "decision.informedBy", "c-9"),
          Arguments.of(decision("d-1", NOW, "c-1", "c-9"), "decision.informedBy", "c-9"),
          Arguments.of(decision("d-1", NOW.minusNanos(1), "c-1"), "decision.at", "d-1"),
          Arguments.of(decision("d-1", days(1), "c-1", "c-2"), "decision.at", "d-1"),
          Arguments.of(decision("d-0", days(5), "c-1"), "voiceRecord.decisions", "d-0"));
    }

    @ParameterizedTest
    @MethodSource("invalidDecisions")
    void refusesADecisionCitingAnUnknownOrLaterContributionOrReusingAnId(
        Decision d, String field, String value) {
      VoiceRecord r = oneIdea().withContribution(idea("c-2", YP, days(2)))
          .withDecision(decision("d-0", days(4), "c-1"));
      InvalidInputException e = rejectionOf(() -> r.withDecision(d));
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.offendingValue()).contains(value);
      assertThat(r.decisions()).extracting(Decision::id).containsExactly(did("d-0"));
    }

    @Test
    void acceptsADecisionAtTheVeryInstantOfTheContribution() {
      VoiceRecord r = oneIdea().withDecision(decision("d-1", NOW, "c-1"));
      assertThat(r.decision(did("d-1"))).isPresent();
      assertThat(r.decision(did("d-2"))).isEmpty();
      assertThat(r.withDecision(decision("d-1", NOW, "c-1"))).isSameAs(r);
    }

    static Stream<Arguments> invalidFeedback() {
      return Stream.of(
          Arguments.of(Feedback.of(cid("c-9"), days(1), EASY), "feedback.contribution", "c-9"),
          Arguments.of(Feedback.of(cid("c-1"), NOW.minusNanos(1), EASY), "feedback.deliveredAt", "c-1"),
          Arguments.of(Feedback.reporting(cid("c-1"), days(5), did("d-9"), EASY), "feedback.decision", "d-9"),
          Arguments.of(Feedback.reporting(cid("c-1"), days(5), did("d-2"), EASY), "feedback.decision", "d-2"),
          Arguments.of(Feedback.reporting(cid("c-1"), days(2).minusNanos(1), did("d-1"), EASY),
              "feedback.deliveredAt", "d-1"));
    }

    @ParameterizedTest
    @MethodSource("invalidFeedback")
    void refusesFeedbackForAnUnknownContributionOrAnUnrelatedOrLaterDecision(
        Feedback f, String field, String value) {
      VoiceRecord r = oneIdea().withContribution(idea("c-2", YP, NOW))
          .withDecision(decision("d-1", days(2), "c-1")).withDecision(decision("d-2", days(2), "c-2"));
      InvalidInputException e = rejectionOf(() -> r.withFeedback(f));
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.offendingValue()).contains(value);
      assertThat(r.feedback()).isEmpty();
    }

    @Test
    void acceptsFeedbackAtTheInstantsOfTheContributionAndTheDecision() {
      VoiceRecord r = oneIdea().withDecision(decision("d-1", days(2), "c-1"))
          .withFeedback(Feedback.of(cid("c-1"), NOW, EASY))
          .withFeedback(Feedback.reporting(cid("c-1"), days(2), did("d-1"), EASY));
      assertThat(r.feedback()).extracting(Feedback::deliveredAt).containsExactly(NOW, days(2));
      assertThat(r.withFeedback(Feedback.of(cid("c-1"), NOW, EASY))).isSameAs(r);
    }

    @Test
    void keepsFeedbackWhoseTextsDifferInAnyOneCount() {
      // Same words and syllables, different sentences; then different words; then different syllables.
      List<List<String>> pairs = List.of(
          List.of("We did it. Thank you.", "We did it, thank you."),
          List.of("We did it.", "Okay then."),
          List.of("We did it.", "We started it."));
      for (List<String> pair : pairs) {
        ReadingLevel a = ReadingLevel.of(pair.get(0));
        ReadingLevel b = ReadingLevel.of(pair.get(1));
        assertThat(List.of(a.sentences() == b.sentences(), a.words() == b.words(), a.syllables() == b.syllables()))
            .containsOnlyOnce(false);
        VoiceRecord r = oneIdea().withFeedback(Feedback.of(cid("c-1"), NOW, pair.get(0)))
            .withFeedback(Feedback.of(cid("c-1"), NOW, pair.get(1)));
        assertThat(r.feedback()).as("%s", pair).hasSize(2);
      }
    }

    @Test
    void keepsFeedbackThatDiffersOnlyInItsText() {
      VoiceRecord r = oneIdea().withFeedback(Feedback.of(cid("c-1"), NOW, EASY))
          .withFeedback(Feedback.of(cid("c-1"), NOW, HARD))
          .withFeedback(Feedback.of(cid("c-1"), NOW, "We did it. Thank you very much."));
      assertThat(r.feedback()).hasSize(3);
    }

    @Test
    void nothingHalfApplies() {
      VoiceRecord before = oneIdea();
      assertThatThrownBy(() -> before.withAll(
          List.of(idea("c-2", YP, NOW), idea("c-3", YP, NOW)),
          List.of(decision("d-1", days(1), "c-2")),
          List.of(Feedback.of(cid("c-2"), days(1), EASY), Feedback.of(cid("c-9"), days(1), EASY))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("feedback.contribution");
      assertThat(before).isEqualTo(oneIdea());
      assertThat(before.contributions()).hasSize(1);
      assertThat(before.decisions()).isEmpty();
      assertThat(before.feedback()).isEmpty();
    }

    @Test
    void addingOnlyWhatIsAlreadyThereReturnsTheSameRecord() {
      VoiceRecord r = oneIdea().withDecision(decision("d-1", days(1), "c-1"))
          .withFeedback(Feedback.of(cid("c-1"), days(1), EASY));
      assertThat(r.withAll(r.contributions(), r.decisions(), r.feedback())).isSameAs(r);
      assertThat(r.withAll(List.of(), List.of(), List.of())).isSameAs(r);
    }

    @Test
    void inOneGoRefusesWhatTheSingleMethodsRefuse() {
      VoiceRecord before = oneIdea();
      assertThatThrownBy(() -> before.withAll(List.of(idea("c-1", YP2, NOW)), List.of(), List.of()))
          .hasMessageContaining("voiceRecord.contributions");
      assertThatThrownBy(() -> before.withAll(List.of(),
          List.of(decision("d-1", days(1), "c-1"), decision("d-1", days(2), "c-1")), List.of()))
          .hasMessageContaining("voiceRecord.decisions");
      assertThatThrownBy(() -> before.withAll(List.of(), List.of(decision("d-1", days(1), "c-7")), List.of()))
          .hasMessageContaining("decision.informedBy");
    }

    @Test
    void addsEverythingInOneGoWhenAllIsValid() {
      VoiceRecord r = VoiceRecord.empty().withAll(List.of(idea("c-1", YP, NOW)),
          List.of(decision("d-1", days(1), "c-1")), List.of(Feedback.of(cid("c-1"), days(1), EASY)));
      assertThat(r).isEqualTo(oneIdea().withDecision(decision("d-1", days(1), "c-1"))
          .withFeedback(Feedback.of(cid("c-1"), days(1), EASY)));
    }

    @Test
    void samePoliciesChangeNothing() {
      VoiceRecord r = oneIdea();
      assertThat(r.withPolicies(FeedbackPolicies.defaults())).isSameAs(r);
      FeedbackPolicies own = FeedbackPolicies.defaults().with(YAG, FORTNIGHT);
      assertThat(r.withPolicies(own).policies()).isEqualTo(own);
      assertThat(VoiceRecord.empty(own).policies()).isEqualTo(own);
      assertThat(VoiceRecord.empty().policies()).isEqualTo(FeedbackPolicies.defaults());
    }

    @Test
    void equalHoweverBuilt() {
      Contribution a = idea("c-1", YP, NOW);
      Contribution b = idea("c-2", YP2, NOW);
      Decision d = decision("d-1", days(1), "c-1", "c-2");
      Decision e = decision("d-2", days(2), "c-2");
      Feedback f = Feedback.reporting(cid("c-1"), days(3), did("d-1"), EASY);
      Feedback g = Feedback.of(cid("c-2"), days(3), HARD);
      new EqualsTester()
          .addEqualityGroup(
              VoiceRecord.empty().withAll(List.of(a, b), List.of(d, e), List.of(f, g)),
              VoiceRecord.empty().withAll(List.of(b, a), List.of(e, d), List.of(g, f)))
          .addEqualityGroup(VoiceRecord.empty().withAll(List.of(a, b), List.of(d, e), List.of(f)))
          .addEqualityGroup(VoiceRecord.empty().withAll(List.of(a, b), List.of(d), List.of(f)))
          .addEqualityGroup(VoiceRecord.empty().withAll(List.of(a, b), List.of(), List.of()))
          .addEqualityGroup(VoiceRecord.empty(FeedbackPolicies.defaults().with(YAG, FORTNIGHT))
              .withAll(List.of(a, b), List.of(), List.of()))
          .addEqualityGroup(VoiceRecord.empty())
          .testEquals();
    }

    @Test
    void describesItselfByCountsOnly() {
      assertThat(oneIdea().toString()).isEqualTo("VoiceRecord[1 contributions, 0 decisions, 0 feedback]");
    }
  }

  @Nested
  class FeedbackDeadlines {

    private final FeedbackPolicies policies = FeedbackPolicies.defaults().with(YAG, FORTNIGHT);

    /**
     * A contribution made at NOW to {@code forum} (or in a session held for no forum), with
     * feedback after {@code delivered} (or none), asked about after {@code asked}.
     */
    @ParameterizedTest(name = "{0}, feedback after {1}, asked after {2}: {3}")
    @CsvSource(nullValues = "none", value = {
        // The default: 28 days.
        "forum-board, none, P27D, NOT_YET_DUE, 0",
        "forum-board, none, PT671H59M59.999999999S, NOT_YET_DUE, 0",
        "forum-board, none, P28D, NOT_YET_DUE, 0",
        "forum-board, none, PT672H0.000000001S, OVERDUE, 1",
        "forum-board, none, P31D, OVERDUE, 3",
        "forum-board, P28D, P40D, DELIVERED_ON_TIME, 0",
        "forum-board, P3D, P3D, DELIVERED_ON_TIME, 0",
        "forum-board, PT672H1S, P40D, DELIVERED_LATE, 0",
        "forum-board, P35D, P34D, OVERDUE, 6",
        "forum-board, P35D, P35D, DELIVERED_LATE, 0",
        // The youth advisory group's own policy: 14 days.
        "forum-yag, none, P14D, NOT_YET_DUE, 0",
        "forum-yag, none, PT336H1S, OVERDUE, 1",
        "forum-yag, P15D, P20D, DELIVERED_LATE, 0",
        "forum-yag, P14D, P20D, DELIVERED_ON_TIME, 0",
        // A session held for no forum: the fallback.
        "none, none, P28D, NOT_YET_DUE, 0",
        "none, none, P29D, OVERDUE, 1",
        // Asked before the contribution was made: nothing is owed yet.
        "forum-board, none, -P1D, NOT_YET_DUE, 0"})
    void feedbackIsDueByThePeriodItsForumSets(String forum, Duration delivered, Duration asked,
        FeedbackStatus status, long daysOverdue) {
      Contribution c = forum == null
          ? Contribution.inSession(cid("c-1"), ContributionKind.IDEA, YP.id(), WORKSHOP, NOW, Attribution.ANONYMOUS)
          : contribution("c-1", YP.id(), ForumId.parse(forum), NOW, Attribution.ANONYMOUS);
      VoiceRecord made = VoiceRecord.empty(policies).withContribution(c);
      VoiceRecord r = delivered == null ? made
          : made.withFeedback(Feedback.of(cid("c-1"), NOW.plus(delivered), EASY));
      Instant at = NOW.plus(asked);

      assertThat(r.feedbackStatus(cid("c-1"), at)).isEqualTo(status);
      List<OverdueFeedback> overdue = r.overdueFeedback(at);
      if (status == FeedbackStatus.OVERDUE) {
        assertThat(overdue).singleElement().satisfies(o -> {
          assertThat(o.daysOverdue()).isEqualTo(daysOverdue);
          assertThat(o.deadline()).isEqualTo(r.feedbackDeadline(cid("c-1")));
          assertThat(o.asOf()).isEqualTo(at);
          assertThat(o.contributor()).isEqualTo(YP.id());
        });
      } else {
        assertThat(overdue).isEmpty();
      }
    }

    @Test
    void theOverdueFindingCitesThePolicyThatSetTheDeadline() {
      VoiceRecord r = VoiceRecord.empty(policies)
          .withContribution(contribution("c-yag", YP.id(), YAG, NOW, Attribution.ANONYMOUS))
          .withContribution(contribution("c-board", YP.id(), BOARD, NOW, Attribution.ANONYMOUS));

      List<OverdueFeedback> overdue = r.overdueFeedback(days(40));

      assertThat(overdue).extracting(OverdueFeedback::contribution).containsExactly(cid("c-yag"), cid("c-board"));
      assertThat(overdue.get(0).source()).isEqualTo(RuleSource.organisationPolicy("YAG terms of reference 2026"));
      assertThat(overdue.get(0).period()).isEqualTo(Duration.ofDays(14));
      assertThat(overdue.get(1).source()).isEqualTo(VoiceRules.DEFAULT_PERIOD_SOURCE);
      assertThat(overdue.get(1).period()).isEqualTo(Duration.ofDays(28));
    }

    @Test
    void overdueFeedbackIsOrderedByDeadlineThenId() {
      VoiceRecord r = VoiceRecord.empty()
          .withContribution(contribution("c-b", YP.id(), BOARD, days(1), Attribution.ANONYMOUS))
          .withContribution(contribution("c-c", YP.id(), BOARD, NOW, Attribution.ANONYMOUS))
          .withContribution(contribution("c-a", YP.id(), BOARD, days(1), Attribution.ANONYMOUS));
      assertThat(r.overdueFeedback(days(60))).extracting(OverdueFeedback::contribution)
          .containsExactly(cid("c-c"), cid("c-a"), cid("c-b"));
    }

    @Test
    void aLaterPolicyDoesNotMoveAnEarlierDeadline() {
      FeedbackPolicy quarter = FeedbackPolicy.organisation(Duration.ofDays(90), "Board terms 2027");
      VoiceRecord r = VoiceRecord.empty(FeedbackPolicies.defaults().with(BOARD, days(10), quarter))
          .withContribution(contribution("c-before", YP.id(), BOARD, NOW, Attribution.ANONYMOUS))
          .withContribution(contribution("c-after", YP.id(), BOARD, days(10), Attribution.ANONYMOUS));
      assertThat(r.feedbackDeadline(cid("c-before"))).isEqualTo(days(28));
      assertThat(r.feedbackDeadline(cid("c-after"))).isEqualTo(days(100));
      assertThat(r.overdueFeedback(days(50))).extracting(OverdueFeedback::contribution)
          .containsExactly(cid("c-before"));
    }

    @Test
    void theEarliestFeedbackDecidesWhetherItWasOnTime() {
      VoiceRecord r = oneIdea()
          .withFeedback(Feedback.of(cid("c-1"), days(40), EASY))
          .withFeedback(Feedback.of(cid("c-1"), days(2), EASY));
      assertThat(r.feedbackStatus(cid("c-1"), days(50))).isEqualTo(FeedbackStatus.DELIVERED_ON_TIME);
    }

    @Test
    void feedbackToAnotherContributionDoesNotCount() {
      VoiceRecord r = oneIdea().withContribution(idea("c-2", YP, NOW))
          .withFeedback(Feedback.of(cid("c-2"), days(1), EASY));
      assertThat(r.overdueFeedback(days(30))).extracting(OverdueFeedback::contribution).containsExactly(cid("c-1"));
    }

    @Test
    void refusesToAnswerForAnUnknownContribution() {
      assertThatThrownBy(() -> oneIdea().feedbackDeadline(cid("c-9")))
          .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("c-9");
      assertThatThrownBy(() -> oneIdea().feedbackStatus(cid("c-9"), NOW))
          .isInstanceOf(UnknownReferenceException.class);
    }
  }

  @Nested
  class Decisions {

    @Test
    void contributionsWithoutDecisionAreThoseNoDecisionCitedByThen() {
      VoiceRecord r = VoiceRecord.empty()
          .withContribution(idea("c-1", YP, NOW))
          .withContribution(idea("c-2", YP, NOW))
          .withContribution(idea("c-3", YP, days(5)))
          .withDecision(Decision.of(did("d-1"), DecisionMaker.role("commissioner"), days(2),
              DecisionOutcome.DEFERRED, "We will decide in July.", List.of(cid("c-1"))))
          .withDecision(decision("d-2", days(10), "c-2"));

      assertThat(r.contributionsWithoutDecision(days(1))).extracting(Contribution::id)
          .containsExactly(cid("c-1"), cid("c-2"));
      assertThat(r.contributionsWithoutDecision(days(2))).extracting(Contribution::id)
          .containsExactly(cid("c-2"));
      assertThat(r.contributionsWithoutDecision(days(5))).extracting(Contribution::id)
          .containsExactly(cid("c-2"), cid("c-3"));
      assertThat(r.contributionsWithoutDecision(days(10))).extracting(Contribution::id)
          .containsExactly(cid("c-3"));
      assertThat(r.contributionsWithoutDecision(NOW.minusNanos(1))).isEmpty();
    }

    static Stream<Arguments> whoTheDecisionCites() {
      return Stream.of(
          Arguments.of("a young person", List.of("c-young"), null),
          Arguments.of("a young person and an unknown person", List.of("c-young", "c-unknown"), null),
          Arguments.of("a young person and a parent", List.of("c-young", "c-parent"), null),
          Arguments.of("nobody", List.of(), VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE),
          Arguments.of("a parent", List.of("c-parent"), VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE),
          Arguments.of("an unknown person", List.of("c-unknown"), VoiceRules.DECISION_WITHOUT_KNOWN_YOUNG_PEOPLE),
          Arguments.of("a parent and an unknown person", List.of("c-parent", "c-unknown"),
              VoiceRules.DECISION_WITHOUT_KNOWN_YOUNG_PEOPLE));
    }

    @ParameterizedTest(name = "a decision citing {0}")
    @MethodSource("whoTheDecisionCites")
    void aDecisionMustCiteAKnownYoungPerson(String who, List<String> cited, String rule) {
      VoiceRecord r = VoiceRecord.empty()
          .withContribution(idea("c-young", YP, NOW))
          .withContribution(idea("c-parent", MUM, NOW))
          .withContribution(contribution("c-unknown", PersonId.parse("pp-unknown"), YAG, NOW, Attribution.ANONYMOUS))
          .withDecision(decision("d-1", days(1), cited.toArray(new String[0])));
      List<Person> people = List.of(YP, MUM);

      List<Decision> flagged = r.decisionsWithoutYoungPeople(people, days(1));
      List<Finding> findings = r.findings(people, LONDON, days(1)).stream()
          .filter(f -> f.rule().startsWith("voice.decision.")).toList();

      if (rule == null) {
        assertThat(flagged).isEmpty();
        assertThat(findings).isEmpty();
      } else {
        assertThat(flagged).extracting(Decision::id).containsExactly(did("d-1"));
        assertThat(findings).singleElement().satisfies(f -> {
          assertThat(f.rule()).isEqualTo(rule);
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.reason().source()).isEqualTo(rule.equals(VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE)
              ? VoiceRules.INFLUENCE_SOURCE : VoiceRules.UNKNOWN_CONTRIBUTOR_SOURCE);
          assertThat(f.reason().explanation()).contains("d-1", "forum forum-board");
        });
      }
    }

    @Test
    void explainsHowManyCitedContributorsWereUnknown() {
      VoiceRecord r = VoiceRecord.empty()
          .withContribution(idea("c-parent", MUM, NOW))
          .withContribution(contribution("c-u1", PersonId.parse("pp-1"), YAG, NOW, Attribution.ANONYMOUS))
          .withContribution(contribution("c-u2", PersonId.parse("pp-2"), YAG, NOW, Attribution.ANONYMOUS))
          .withDecision(decision("d-1", days(1), "c-parent", "c-u1", "c-u2"))
          .withDecision(decision("d-2", days(1), "c-parent"))
          .withDecision(decision("d-3", days(1)));
      List<Finding> findings = r.findings(List.of(MUM), LONDON, days(1)).stream()
          .filter(f -> f.rule().startsWith("voice.decision.")).toList();
      assertThat(findings).extracting(f -> f.reason().explanation()).satisfiesExactly(
          e -> assertThat(e).contains("cites 3 contribution(s)", "; 2 of them are by people whose records"),
          e -> assertThat(e).contains("cites 1 contribution(s), none of them by a young person"),
          e -> assertThat(e).contains("cites no contribution at all"));
    }

    @Test
    void someoneWithoutTheYoungPersonRoleIsNotAYoungPersonWhateverTheirAge() {
      // Deliberately accepted: who is a young person comes from the host's roles, not from ages.
      Person youngParent = Person.of(PersonId.parse("pp-young-parent"),
          BirthInformation.ofDate(LocalDate.of(2006, 1, 1)), Jurisdiction.ENGLAND, Role.PARENT_OR_CARER);
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", youngParent, NOW))
          .withDecision(decision("d-1", days(1), "c-1"));
      assertThat(r.decisionsWithoutYoungPeople(List.of(youngParent), days(1))).hasSize(1);
    }

    @Test
    void decisionsTakenAfterTheInstantAreNotCounted() {
      VoiceRecord r = oneIdea().withDecision(decision("d-1", days(3)));
      assertThat(r.decisionsWithoutYoungPeople(List.of(YP), days(2))).isEmpty();
      assertThat(r.decisionsWithoutYoungPeople(List.of(YP), days(3))).hasSize(1);
    }

    @Test
    void refusesTheSamePersonTwice() {
      InvalidInputException e = rejectionOf(() -> oneIdea().decisionsWithoutYoungPeople(List.of(YP, YP), NOW));
      assertThat(e.field()).isEqualTo("people");
      assertThat(e.offendingValue()).contains("yp-1");
      assertThat(rejectionOf(() -> oneIdea().unsuitableFeedback(List.of(YP, YP), LONDON, NOW)).field())
          .isEqualTo("people");
    }
  }

  @Nested
  class Readability {

    @Test
    void warnsWhenFeedbackIsTooHardForTheContributorsAgeBand() {
      Person child = young("yp-11", 11);
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", child, NOW))
          .withFeedback(Feedback.of(cid("c-1"), days(1), EASY))
          .withFeedback(Feedback.of(cid("c-1"), days(2), HARD));

      List<Finding> found = r.unsuitableFeedback(List.of(child), LONDON, days(2));

      ReadabilityCheck check = ReadingLevel.of(HARD).checkFor(child.ageBandOn(LocalDate.of(2026, 6, 3)));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo(VoiceRules.FEEDBACK_READING_LEVEL);
        assertThat(f.reason().source()).isEqualTo(check.reason().source());
        assertThat(f.reason().source().citation()).contains("Flesch");
        assertThat(f.reason().explanation()).contains("c-1", "yp-11", "10-12", "2026-06-03",
            check.reason().explanation());
        assertThat(f.about()).containsExactly(child.id());
      });
    }

    @Test
    void feedbackDeliveredAfterTheInstantIsNotYetChecked() {
      Person child = young("yp-11", 11);
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", child, NOW))
          .withFeedback(Feedback.of(cid("c-1"), days(2), HARD));
      assertThat(r.unsuitableFeedback(List.of(child), LONDON, days(2).minusNanos(1))).isEmpty();
      assertThat(r.unsuitableFeedback(List.of(child), LONDON, days(2))).hasSize(1);
    }

    @Test
    void usesTheAgeBandOnTheDeliveryDateInTheGivenZone() {
      assertThat(ReadingLevel.of(MIDDLE).ukReadingAge()).isGreaterThan(10).isLessThanOrEqualTo(13);
      // Thirteen on 10 July 2026; the feedback arrives at 21:00 on 9 July in London, which is
      // already 10 July in Kiritimati (UTC+14).
      Person child = Person.youngPerson(PersonId.parse("yp-birthday"),
          BirthInformation.ofDate(LocalDate.of(2013, 7, 10)), Jurisdiction.ENGLAND);
      Instant delivered = Instant.parse("2026-07-09T20:00:00Z");
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", child, NOW))
          .withFeedback(Feedback.of(cid("c-1"), delivered, MIDDLE));

      assertThat(r.unsuitableFeedback(List.of(child), LONDON, delivered))
          .singleElement().satisfies(f -> assertThat(f.reason().explanation()).contains("10-12", "2026-07-09"));
      assertThat(r.unsuitableFeedback(List.of(child), ZoneId.of("Pacific/Kiritimati"), delivered)).isEmpty();
    }

    @Test
    void writtenFeedbackNeverSuitsTheUnderFivesOnItsOwn() {
      Person baby = young("yp-baby", 2);
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", baby, NOW))
          .withFeedback(Feedback.of(cid("c-1"), days(1), EASY));
      assertThat(r.unsuitableFeedback(List.of(baby), LONDON, days(1))).singleElement().satisfies(f -> {
        assertThat(f.reason().explanation()).contains("age band 0-5", "pre-literate");
        assertThat(f.reason().source().citation()).contains("ICO");
      });
    }

    @Test
    void aContributorWhoMayNotYetHaveBeenBornIsReadAsUnderFive() {
      // Birth information observed later than the feedback: the protective reading is the youngest band.
      Person vague = Person.youngPerson(PersonId.parse("yp-vague"),
          BirthInformation.ofAgeRange(0, 3, LocalDate.of(2026, 8, 1)), Jurisdiction.ENGLAND);
      VoiceRecord r = VoiceRecord.empty().withContribution(idea("c-1", vague, NOW))
          .withFeedback(Feedback.of(cid("c-1"), days(1), EASY));
      assertThat(r.unsuitableFeedback(List.of(vague), LONDON, days(1))).singleElement()
          .satisfies(f -> assertThat(f.reason().explanation()).contains("age band 0-5"));
    }

    @Test
    void easyFeedbackForATeenagerRaisesNothing() {
      VoiceRecord r = oneIdea().withFeedback(Feedback.of(cid("c-1"), days(1), EASY));
      assertThat(r.unsuitableFeedback(List.of(YP), LONDON, days(1))).isEmpty();
    }

    @Test
    void feedbackToSomeoneWithoutARecordIsFlaggedAsUnchecked() {
      VoiceRecord r = oneIdea().withFeedback(Feedback.of(cid("c-1"), days(1), EASY));
      assertThat(r.unsuitableFeedback(List.of(), LONDON, days(1))).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo(VoiceRules.FEEDBACK_READER_UNKNOWN);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reason().source()).isEqualTo(VoiceRules.READER_UNKNOWN_SOURCE);
        assertThat(f.about()).containsExactly(YP.id());
      });
    }
  }

  @Nested
  class AllFindings {

    @Test
    void listsOverdueThenUndecidedThenUnheardDecisionsThenReadability() {
      Person child = young("yp-11", 11);
      VoiceRecord r = VoiceRecord.empty()
          .withContribution(idea("c-1", child, NOW))
          .withContribution(idea("c-2", child, NOW))
          .withDecision(decision("d-1", days(1)))
          .withFeedback(Feedback.of(cid("c-2"), days(1), HARD));

      List<Finding> all = r.findings(List.of(child), LONDON, days(30));

      assertThat(all).extracting(Finding::rule).containsExactly(
          VoiceRules.FEEDBACK_OVERDUE,
          VoiceRules.CONTRIBUTION_WITHOUT_DECISION, VoiceRules.CONTRIBUTION_WITHOUT_DECISION,
          VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE,
          VoiceRules.FEEDBACK_READING_LEVEL);
      Finding undecided = all.get(1);
      assertThat(undecided.severity()).isEqualTo(Severity.ADVICE);
      assertThat(undecided.reason().source()).isEqualTo(VoiceRules.INFLUENCE_SOURCE);
      assertThat(undecided.about()).containsExactly(child.id());
      assertThat(undecided.reason().explanation()).contains("c-1", "IDEA", "yp-11");
    }

    @Test
    void aFullLoopRaisesNothing() {
      VoiceRecord r = oneIdea().withDecision(decision("d-1", days(3), "c-1"))
          .withFeedback(Feedback.reporting(cid("c-1"), days(4), did("d-1"), EASY));
      assertThat(r.findings(List.of(YP), LONDON, days(100))).isEmpty();
    }
  }

  @Nested
  class Withdrawal {

    private final Person p = young("yp-17", 17);
    private final Purpose firstName = Purpose.quotation(QuoteAttribution.FIRST_NAME);

    private VoiceRecord record() {
      return VoiceRecord.empty()
          .withContribution(contribution("c-unpublished", p.id(), YAG, days(-10), Attribution.FIRST_NAME))
          .withContribution(contribution("c-published", p.id(), YAG, days(-10), Attribution.FIRST_NAME))
          .withContribution(contribution("c-anonymous", p.id(), YAG, days(-10), Attribution.ANONYMOUS))
          .withContribution(contribution("c-named", p.id(), YAG, days(-10), Attribution.NAMED))
          .withContribution(contribution("c-later", p.id(), YAG, days(1), Attribution.FIRST_NAME))
          .withContribution(contribution("c-other", YP.id(), YAG, days(-10), Attribution.FIRST_NAME))
          .withPublication(cid("c-published"), days(-5));
    }

    @Test
    void removesUnpublishedQuotesAndStopsUsingPublishedOnes() {
      VoiceWorld w = new VoiceWorld();
      w.ownGrant(p, days(-20), firstName);
      ConsentEvent withdrawal = w.withdrawal(p, NOW, CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED, firstName);

      List<AffectedItem> affected = record().withdrawalImpact(withdrawal);

      assertThat(affected).extracting(a -> a.item().id().value() + ":" + a.action()).containsExactly(
          "c-named:REMOVE", "c-published:ALREADY_PUBLISHED", "c-unpublished:REMOVE");
      assertThat(affected).allSatisfy(a -> assertThat(a.item().purpose()).isEqualTo(firstName));
    }

    @Test
    void anonymisesWhenTheWithdrawalSaysSo() {
      VoiceWorld w = new VoiceWorld();
      ConsentEvent withdrawal = w.withdrawal(p, NOW, CollectedMaterialHandling.ANONYMISE, firstName, Purpose.publicCredit());

      List<AffectedItem> affected = record().withdrawalImpact(withdrawal);

      assertThat(affected).extracting(a -> a.item().id().value() + ":" + a.item().purpose())
          .containsExactly("c-named:QUOTATION:FIRST_NAME", "c-named:PUBLIC_CREDIT",
              "c-published:QUOTATION:FIRST_NAME", "c-unpublished:QUOTATION:FIRST_NAME");
      assertThat(affected).extracting(AffectedItem::action).containsOnly(ItemAction.ANONYMISE);
    }

    @Test
    void refusesAnEventThatIsNotAWithdrawal() {
      VoiceWorld w = new VoiceWorld();
      ConsentEvent grant = w.ownGrant(p, NOW, firstName);
      assertThat(rejectionOf(() -> record().withdrawalImpact(grant)).field()).isEqualTo("withdrawal.action");
    }

    @Test
    void onlyContributionsWhoseConsentStandsAreUsableForAPublication() {
      Person other = young("yp-other", 18);
      VoiceWorld w = new VoiceWorld();
      Purpose anonymous = Purpose.quotation(QuoteAttribution.ANONYMOUS);
      w.ownGrant(p, days(-20), firstName, anonymous);
      w.withdrawal(p, days(-1), CollectedMaterialHandling.ANONYMISE, firstName);
      w.ownGrant(other, days(-20), firstName);
      VoiceRecord r = record()
          .withContribution(contribution("c-theirs", other.id(), YAG, days(-3), Attribution.FIRST_NAME))
          .withContribution(contribution("c-stranger", PersonId.parse("pp-x"), YAG, days(-3), Attribution.ANONYMOUS));

      List<UsableContribution> usable = r.usableForPublication(w.check(), List.of(p, other), NOW);

      assertThat(usable).extracting(u -> u.contribution().id().value() + ":" + u.attribution()).containsExactly(
          "c-anonymous:ANONYMOUS", "c-named:ANONYMOUS", "c-published:ANONYMOUS",
          "c-theirs:FIRST_NAME", "c-unpublished:ANONYMOUS");
      assertThat(usable).allSatisfy(u -> assertThat(u.decision().at()).isEqualTo(NOW));
    }

    @Test
    void nothingIsUsableOnceEveryQuoteConsentIsWithdrawn() {
      VoiceWorld w = new VoiceWorld();
      Purpose anonymous = Purpose.quotation(QuoteAttribution.ANONYMOUS);
      w.ownGrant(p, days(-20), firstName, anonymous);
      w.withdrawal(p, days(-1), CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED, firstName, anonymous);

      assertThat(record().usableForPublication(w.check(), List.of(p), NOW)).isEmpty();
      assertThat(record().usableForPublication(w.check(), List.of(p), days(-2))).isNotEmpty();
    }
  }
}
