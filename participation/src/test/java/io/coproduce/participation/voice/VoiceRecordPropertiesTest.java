package io.coproduce.participation.voice;

import static io.coproduce.participation.voice.VoiceWorld.BOARD;
import static io.coproduce.participation.voice.VoiceWorld.EASY;
import static io.coproduce.participation.voice.VoiceWorld.HARD;
import static io.coproduce.participation.voice.VoiceWorld.LONDON;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.WORKSHOP;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.Examples;
import io.coproduce.participation.finding.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class VoiceRecordPropertiesTest {

  private static final Person YOUNG = VoiceWorld.young("yp-a", 11);
  private static final Person OLDER = VoiceWorld.young("yp-b", 19);
  private static final Person PARENT = VoiceWorld.adult("mum-a", Role.PARENT_OR_CARER);
  private static final PersonId UNKNOWN = PersonId.parse("pp-unknown");
  private static final List<PersonId> CONTRIBUTORS = List.of(YOUNG.id(), OLDER.id(), PARENT.id(), UNKNOWN);
  private static final List<Person> PEOPLE = List.of(YOUNG, OLDER, PARENT);
  private static final long HORIZON_MINUTES = Duration.ofDays(120).toMinutes();

  /** What a generated record holds, in the order generated (always a valid order). */
  private record Scenario(FeedbackPolicies policies, List<Contribution> contributions,
      List<Decision> decisions, List<Feedback> feedback) {

    VoiceRecord build() {
      return VoiceRecord.empty(policies).withAll(contributions, decisions, feedback);
    }

    /** Adds everything in a random order that respects what each item refers to. */
    VoiceRecord buildInterleaved(Random random) {
      List<Object> pending = new ArrayList<>();
      pending.addAll(contributions);
      pending.addAll(decisions);
      pending.addAll(feedback);
      Collections.shuffle(pending, random);
      VoiceRecord r = VoiceRecord.empty(policies);
      while (!pending.isEmpty()) {
        for (int i = 0; i < pending.size(); i++) {
          Object next = pending.get(i);
          if (ready(r, next)) {
            r = add(r, next);
            pending.remove(i);
            break;
          }
        }
      }
      return r;
    }

    private static boolean ready(VoiceRecord r, Object item) {
      if (item instanceof Decision d) {
        return d.informedBy().stream().allMatch(id -> r.contribution(id).isPresent());
      }
      if (item instanceof Feedback f) {
        return r.contribution(f.contribution()).isPresent()
            && f.reports().map(id -> r.decision(id).isPresent()).orElse(true);
      }
      return true;
    }

    private static VoiceRecord add(VoiceRecord r, Object item) {
      if (item instanceof Contribution c) {
        return r.withContribution(c);
      }
      return item instanceof Decision d ? r.withDecision(d) : r.withFeedback((Feedback) item);
    }
  }

  private static Instant minutes(long m) {
    return NOW.plus(Duration.ofMinutes(m));
  }

  private static Scenario scenario(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FeedbackPolicies policies = FeedbackPolicies.defaults()
        .with(YAG, FeedbackPolicy.organisation(Duration.ofDays(14), "YAG terms"))
        .with(YAG, minutes(random.nextLong(HORIZON_MINUTES)),
            FeedbackPolicy.organisation(Duration.ofDays(7), "YAG terms v2"));
    List<Contribution> contributions = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      ContributionId id = ContributionId.parse("c-" + i);
      PersonId by = CONTRIBUTORS.get(random.nextInt(CONTRIBUTORS.size()));
      Instant at = minutes(random.nextLong(HORIZON_MINUTES));
      Attribution attribution = Attribution.values()[random.nextInt(Attribution.values().length)];
      ContributionKind kind = ContributionKind.values()[random.nextInt(ContributionKind.values().length)];
      contributions.add(switch (random.nextInt(3)) {
        case 0 -> Contribution.inForum(id, kind, by, YAG, at, attribution);
        case 1 -> Contribution.inForum(id, kind, by, BOARD, at, attribution);
        default -> Contribution.inSession(id, kind, by, WORKSHOP, at, attribution);
      });
    }
    List<Decision> decisions = new ArrayList<>();
    int d = random.nextInt(5);
    for (int i = 0; i < d; i++) {
      List<ContributionId> cited = new ArrayList<>();
      Instant latest = NOW;
      for (Contribution c : contributions) {
        if (random.nextInt(3) == 0) {
          cited.add(c.id());
          latest = c.at().isAfter(latest) ? c.at() : latest;
        }
      }
      decisions.add(Decision.of(DecisionId.parse("d-" + i), DecisionMaker.forum(BOARD),
          latest.plus(Duration.ofMinutes(random.nextLong(HORIZON_MINUTES / 4))),
          DecisionOutcome.values()[random.nextInt(DecisionOutcome.values().length)],
          "We agreed to try it.", cited));
    }
    List<Feedback> feedback = new ArrayList<>();
    int f = random.nextInt(9);
    for (int i = 0; i < f; i++) {
      feedback.add(feedbackFor(random, contributions, decisions));
    }
    return new Scenario(policies, contributions, decisions, feedback);
  }

  /** Valid feedback on a random contribution, reporting a decision that cites it half the time. */
  private static Feedback feedbackFor(SplittableRandom random, List<Contribution> contributions,
      List<Decision> decisions) {
    Contribution c = contributions.get(random.nextInt(contributions.size()));
    Instant delivered = c.at().plus(Duration.ofMinutes(random.nextLong(HORIZON_MINUTES / 2)));
    String text = random.nextBoolean() ? EASY : HARD;
    List<Decision> citing = decisions.stream().filter(x -> x.cites(c.id())).toList();
    if (citing.isEmpty() || random.nextBoolean()) {
      return Feedback.of(c.id(), delivered, text);
    }
    Decision x = citing.get(random.nextInt(citing.size()));
    Instant after = x.at().isAfter(delivered) ? x.at() : delivered;
    return Feedback.reporting(c.id(), after, x.id(), text);
  }

  private static Set<ContributionId> overdue(VoiceRecord r, Instant at) {
    return r.overdueFeedback(at).stream().map(OverdueFeedback::contribution).collect(Collectors.toSet());
  }

  private static List<Finding> overdueFindings(VoiceRecord r, Instant at) {
    return r.findings(PEOPLE, LONDON, at).stream()
        .filter(x -> x.rule().equals(VoiceRules.FEEDBACK_OVERDUE)).toList();
  }

  @Test
  void addingFeedbackNeverAddsAnOverdueFinding() {
    qt().withFixedSeed(20260601L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES))
        .checkAssert((seed, probe) -> {
          Scenario s = scenario(seed);
          VoiceRecord before = s.build();
          Feedback extra = feedbackFor(new SplittableRandom(seed ^ probe), s.contributions(), s.decisions());
          VoiceRecord after = before.withFeedback(extra);
          Instant at = minutes(probe);

          assertThat(overdue(before, at)).containsAll(overdue(after, at));
          assertThat(overdueFindings(before, at)).containsAll(overdueFindings(after, at));
        });
  }

  @Test
  void theOverdueSetOnlyGrowsWithTimeUntilFeedbackArrives() {
    qt().withFixedSeed(20260602L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES),
            SourceDSL.longs().between(0, HORIZON_MINUTES))
        .checkAssert((seed, probe, later) -> {
          VoiceRecord r = scenario(seed).build();
          Instant t1 = minutes(probe);
          Instant t2 = t1.plus(Duration.ofMinutes(later));

          Set<ContributionId> atT2 = overdue(r, t2);
          for (ContributionId c : overdue(r, t1)) {
            boolean answeredBetween = r.feedback().stream().anyMatch(f -> f.contribution().equals(c)
                && f.deliveredAt().isAfter(t1) && !f.deliveredAt().isAfter(t2));
            assertThat(atT2.contains(c)).as("%s overdue at %s, feedback between: %s", c, t1, answeredBetween)
                .isNotEqualTo(answeredBetween);
          }
        });
  }

  @Test
  void withoutFeedbackTheOverdueSetIsMonotoneInTime() {
    qt().withFixedSeed(20260603L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES),
            SourceDSL.longs().between(0, HORIZON_MINUTES))
        .checkAssert((seed, probe, later) -> {
          Scenario s = scenario(seed);
          VoiceRecord r = VoiceRecord.empty(s.policies()).withAll(s.contributions(), s.decisions(), List.of());
          Instant t1 = minutes(probe);
          assertThat(overdue(r, t1.plus(Duration.ofMinutes(later)))).containsAll(overdue(r, t1));
        });
  }

  @Test
  void queryResultsDoNotDependOnTheOrderRecordsWereAdded() {
    qt().withFixedSeed(20260604L).withExamples(Examples.atMost(200))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES))
        .checkAssert((seed, shuffle, probe) -> {
          Scenario s = scenario(seed);
          VoiceRecord inOrder = s.build();
          VoiceRecord shuffled = s.buildInterleaved(new Random(shuffle));
          Instant at = minutes(probe);

          assertThat(shuffled).isEqualTo(inOrder);
          assertThat(shuffled.contributions()).isEqualTo(inOrder.contributions());
          assertThat(shuffled.feedback()).isEqualTo(inOrder.feedback());
          assertThat(shuffled.overdueFeedback(at)).isEqualTo(inOrder.overdueFeedback(at));
          assertThat(shuffled.contributionsWithoutDecision(at)).isEqualTo(inOrder.contributionsWithoutDecision(at));
          assertThat(shuffled.decisionsWithoutYoungPeople(PEOPLE, at))
              .isEqualTo(inOrder.decisionsWithoutYoungPeople(PEOPLE, at));
          assertThat(shuffled.findings(PEOPLE, LONDON, at)).isEqualTo(inOrder.findings(PEOPLE, LONDON, at));
          for (Contribution c : s.contributions()) {
            assertThat(shuffled.feedbackStatus(c.id(), at)).isEqualTo(inOrder.feedbackStatus(c.id(), at));
          }
        });
  }

  @Test
  void theOrderOfThePeopleGivenDoesNotMatter() {
    qt().withFixedSeed(20260605L).withExamples(Examples.atMost(100))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES))
        .checkAssert((seed, probe) -> {
          VoiceRecord r = scenario(seed).build();
          List<Person> reversed = new ArrayList<>(PEOPLE);
          Collections.reverse(reversed);
          Instant at = minutes(probe);
          assertThat(r.findings(reversed, LONDON, at)).isEqualTo(r.findings(PEOPLE, LONDON, at));
        });
  }

  @Test
  void anOverdueContributionHasPassedItsDeadlineWithNoFeedbackYet() {
    qt().withFixedSeed(20260606L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES))
        .checkAssert((seed, probe) -> {
          VoiceRecord r = scenario(seed).build();
          Instant at = minutes(probe);
          for (OverdueFeedback o : r.overdueFeedback(at)) {
            assertThat(o.deadline()).isBefore(at).isEqualTo(r.feedbackDeadline(o.contribution()));
            assertThat(o.daysOverdue()).isPositive();
            assertThat(r.feedback()).noneMatch(f -> f.contribution().equals(o.contribution())
                && !f.deliveredAt().isAfter(at));
          }
        });
  }

  @Test
  void anAnswerAtAnInstantDependsOnlyOnWhatHadHappenedByThen() {
    qt().withFixedSeed(20260607L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, 2 * HORIZON_MINUTES))
        .checkAssert((seed, probe) -> {
          Scenario s = scenario(seed);
          Instant at = minutes(probe);
          VoiceRecord everything = s.build();
          VoiceRecord knownThen = VoiceRecord.empty(s.policies()).withAll(
              s.contributions().stream().filter(c -> !c.at().isAfter(at)).toList(),
              s.decisions().stream().filter(d -> !d.at().isAfter(at)).toList(),
              s.feedback().stream().filter(f -> !f.deliveredAt().isAfter(at)).toList());

          assertThat(everything.overdueFeedback(at)).isEqualTo(knownThen.overdueFeedback(at));
          assertThat(everything.contributionsWithoutDecision(at)).isEqualTo(knownThen.contributionsWithoutDecision(at));
          assertThat(everything.decisionsWithoutYoungPeople(PEOPLE, at))
              .isEqualTo(knownThen.decisionsWithoutYoungPeople(PEOPLE, at));
          assertThat(everything.findings(PEOPLE, LONDON, at)).isEqualTo(knownThen.findings(PEOPLE, LONDON, at));
          for (Contribution c : knownThen.contributions()) {
            assertThat(everything.feedbackStatus(c.id(), at)).isEqualTo(knownThen.feedbackStatus(c.id(), at));
          }
        });
  }
}
