package io.coproduce.reporting.influence;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.voice.Attribution;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.ContributionKind;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.DecisionMaker;
import io.coproduce.participation.voice.DecisionOutcome;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.FeedbackStatus;
import io.coproduce.participation.voice.VoiceRecord;
import io.coproduce.reporting.Examples;
import io.coproduce.reporting.aggregate.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InfluenceTallyTest {
  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
  static final ForumId YAG = ForumId.parse("forum-yag");
  static final ForumId BOARD = ForumId.parse("forum-board");
  static final Person YP = Person.youngPerson(PersonId.parse("yp-1"),
      BirthInformation.ofDate(LocalDate.of(2011, 1, 1)), Jurisdiction.ENGLAND);
  static final Person ADULT = Person.of(PersonId.parse("adult-1"),
      BirthInformation.ofDate(LocalDate.of(1980, 1, 1)), Jurisdiction.ENGLAND, Role.PRACTITIONER);

  static Instant day(long n) {
    return START.plus(Duration.ofDays(n));
  }

  static Contribution idea(String id, Person by, ForumId forum, long onDay) {
    return Contribution.inForum(ContributionId.parse(id), ContributionKind.IDEA, by.id(), forum, day(onDay),
        Attribution.ANONYMOUS);
  }

  /**
   * Five contributions under the default 28-day deadline, seen on day 60: c-1 heard back on day 3
   * (on time, decided), c-2 on day 40 (late), c-3 on day 28 exactly (the deadline is on time),
   * c-4 never (overdue), c-5 made on day 50 (not yet due); c-6 on day 70 is after the instant.
   */
  static VoiceRecord record() {
    VoiceRecord r = VoiceRecord.empty()
        .withContribution(idea("c-1", YP, YAG, 0))
        .withContribution(idea("c-2", YP, YAG, 0))
        .withContribution(idea("c-3", ADULT, BOARD, 0))
        .withContribution(idea("c-4", YP, BOARD, 0))
        .withContribution(idea("c-5", YP, YAG, 50))
        .withContribution(idea("c-6", YP, YAG, 70));
    r = r.withDecision(Decision.of(DecisionId.parse("d-1"), DecisionMaker.forum(BOARD), day(2),
        DecisionOutcome.ADOPTED, "We will open on Saturdays.", List.of(ContributionId.parse("c-1"))));
    r = r.withDecision(Decision.of(DecisionId.parse("d-2"), DecisionMaker.forum(BOARD), day(5),
        DecisionOutcome.DEFERRED, "We will decide in the spring.", List.of(ContributionId.parse("c-3"))));
    r = r.withDecision(Decision.of(DecisionId.parse("d-3"), DecisionMaker.forum(BOARD), day(65),
        DecisionOutcome.ADOPTED, "Later decision.", List.of(ContributionId.parse("c-2"))));
    r = r.withFeedback(Feedback.of(ContributionId.parse("c-1"), day(3), "We did it. Thank you."));
    r = r.withFeedback(Feedback.of(ContributionId.parse("c-1"), day(9), "More news. Thank you."));
    r = r.withFeedback(Feedback.of(ContributionId.parse("c-2"), day(40), "We did it. Thank you."));
    r = r.withFeedback(Feedback.of(ContributionId.parse("c-3"), day(28), "We did it. Thank you."));
    r = r.withFeedback(Feedback.of(ContributionId.parse("c-4"), day(61), "Too late for this report."));
    return r;
  }

  @Test
  void readsAVoiceRecordAtAnInstant() {
    InfluenceTally t = InfluenceTally.create();
    VoiceRecord r = record();
    Instant at = day(60);
    t.addAll(r, List.of(YP, ADULT), at);
    InfluenceFigures f = t.figures();
    assertThat(f.contributions()).isEqualTo(5);
    ForumInfluence yag = f.forums().stream().filter(x -> x.forum().equals(YAG)).findFirst().orElseThrow();
    ForumInfluence board = f.forums().stream().filter(x -> x.forum().equals(BOARD)).findFirst().orElseThrow();
    assertThat(yag).isEqualTo(new ForumInfluence(YAG, 1, 1, 0, 1, 1, java.util.OptionalDouble.of(21.5)));
    assertThat(board).isEqualTo(new ForumInfluence(BOARD, 1, 0, 1, 0, 1, java.util.OptionalDouble.of(28)));
    // Days to feedback over all forums: 3, 28, 40: the median is 28.
    assertThat(f.medianDaysToFeedback()).hasValue(28.0);
    assertThat(f.onTime()).isEqualTo(2);
    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.decided()).isEqualTo(2);
    // d-1 cites a young person's contribution, d-2 only an adult's; d-3 comes after the instant.
    assertThat(f.decisions()).isEqualTo(2);
    assertThat(f.decisionsCitingYoungPeople()).isEqualTo(1);
    // The statuses agree with the record's own query.
    for (String id : List.of("c-1", "c-2", "c-3", "c-4", "c-5")) {
      assertThat(r.feedbackStatus(ContributionId.parse(id), at)).isNotNull();
    }
    assertThat(r.feedbackStatus(ContributionId.parse("c-3"), at)).isEqualTo(FeedbackStatus.DELIVERED_ON_TIME);
    assertThat(r.feedbackStatus(ContributionId.parse("c-2"), at)).isEqualTo(FeedbackStatus.DELIVERED_LATE);
    assertThat(r.feedbackStatus(ContributionId.parse("c-4"), at)).isEqualTo(FeedbackStatus.OVERDUE);
    assertThat(r.feedbackStatus(ContributionId.parse("c-5"), at)).isEqualTo(FeedbackStatus.NOT_YET_DUE);
  }

  @Test
  void aContributorWithoutAPersonRecordIsNotCountedAsAYoungPerson() {
    InfluenceTally t = InfluenceTally.create();
    t.addAll(record(), List.of(), day(60));
    assertThat(t.figures().decisionsCitingYoungPeople()).isZero();
    assertThat(t.figures().decisions()).isEqualTo(2);
  }

  @Test
  void mergingPartialsInAnyOrderGivesOnePassAndAnExactMedian() {
    qt().withFixedSeed(29L).withExamples(Examples.atMost(100))
        .forAll(lists().of(integers().between(0, 4 * 400 * 2 - 1)).ofSizeBetween(0, 60), integers().between(1, 4))
        .checkAssert((xs, parts) -> {
          List<ContributionOutcome> outcomes = new ArrayList<>();
          List<Integer> delays = new ArrayList<>();
          for (int x : xs) {
            FeedbackStatus s = FeedbackStatus.values()[x % 4];
            int days = s.isDelivered() ? (x / 4) % 400 : -1;
            if (days >= 0) {
              delays.add(days);
            }
            outcomes.add(new ContributionOutcome(x % 3 == 0 ? null : ForumId.parse("f" + (x % 3)),
                (x / 1600) == 1, s, days));
          }
          InfluenceTally whole = InfluenceTally.create();
          outcomes.forEach(whole::add);
          List<InfluenceTally> partials = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            partials.add(InfluenceTally.create());
          }
          Random random = new Random(xs.size());
          for (ContributionOutcome o : outcomes) {
            partials.get(random.nextInt(parts)).add(o);
          }
          Collections.shuffle(partials, random);
          InfluenceTally merged = partials.get(0);
          for (int p = 1; p < parts; p++) {
            merged.merge(partials.get(p));
          }
          InfluenceFigures expected = whole.figures();
          InfluenceFigures actual = merged.figures();
          assertThat(actual.medianDaysToFeedback()).isEqualTo(expected.medianDaysToFeedback());
          assertThat(actual.contributions()).isEqualTo(expected.contributions());
          assertThat(actual.forums()).containsExactlyInAnyOrderElementsOf(expected.forums());
          Collections.sort(delays);
          if (!delays.isEmpty()) {
            int n = delays.size();
            double median = (delays.get((n - 1) / 2) + delays.get(n / 2)) / 2.0;
            assertThat(actual.medianDaysToFeedback()).hasValue(median);
          } else {
            assertThat(actual.medianDaysToFeedback()).isEmpty();
          }
        });
  }

  @Test
  void contributionsForNoForumAreGroupedAsNotRecorded() {
    InfluenceTally t = InfluenceTally.create();
    t.add(new ContributionOutcome(null, false, FeedbackStatus.OVERDUE, -1));
    t.addDecision(true);
    t.addDecision(false);
    InfluenceTally other = InfluenceTally.create();
    other.addDecision(true);
    t.merge(other);
    assertThat(t.figures().forums()).extracting(ForumInfluence::forum).containsExactly(Dimension.NotRecorded.NOT_RECORDED);
    assertThat(t.figures().decisions()).isEqualTo(3);
    assertThat(t.figures().decisionsCitingYoungPeople()).isEqualTo(2);
    assertThat(rejectionOf(() -> t.merge(t)).field()).isEqualTo("merge.other");
  }

  @Test
  void manyForumsGrowTheTally() {
    InfluenceTally t = InfluenceTally.create();
    for (int i = 0; i < 50; i++) {
      t.add(new ContributionOutcome(ForumId.parse("f" + i), true, FeedbackStatus.DELIVERED_ON_TIME, i));
    }
    InfluenceTally copy = InfluenceTally.create();
    copy.merge(t);
    assertThat(copy.figures().forums()).hasSize(50);
    assertThat(copy.figures().medianDaysToFeedback()).hasValue(24.5);
    assertThat(copy.figures().decided()).isEqualTo(50);
  }
}
