package io.coproduce.participation.quality;

import static io.coproduce.participation.quality.QualityWorld.ADULT_BOARD;
import static io.coproduce.participation.quality.QualityWorld.AT;
import static io.coproduce.participation.quality.QualityWorld.CHAIR;
import static io.coproduce.participation.quality.QualityWorld.DM;
import static io.coproduce.participation.quality.QualityWorld.EASY;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.Examples;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.Attribution;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.ContributionKind;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.DecisionMaker;
import io.coproduce.participation.voice.DecisionOutcome;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ParticipationQualityPropertiesTest {

  private static final Instant FROM = Instant.parse("2026-03-01T09:00:00Z");
  /** From 1 March to mid September: some sessions and contributions fall after {@link QualityWorld#AT}. */
  private static final long SPAN_MINUTES = Duration.ofDays(198).toMinutes();
  private static final List<Person> PEOPLE = List.of(YP1, YP2, YP3, YP4, CHAIR, DM, LEAD, PARENT);
  private static final List<Person> ATTENDING = List.of(YP1, YP2, YP3, YP4, PARENT);
  private static final List<PersonId> CONTRIBUTORS = List.of(YP1.id(), YP2.id(), YP3.id(), YP4.id(), CHAIR.id(),
      PARENT.id(), NOBODY);
  private static final List<ForumId> FORUMS = List.of(YAG, STEERING, OTHER);
  private static final List<DecisionMaker> MAKERS = List.of(DecisionMaker.role("commissioner"),
      DecisionMaker.forum(STEERING), DecisionMaker.forum(YOUTH_BOARD), DecisionMaker.forum(ADULT_BOARD),
      DecisionMaker.forum(PARTNERSHIP), DecisionMaker.forum(YAG));

  /** Everything a generated assessment holds, in the order generated. */
  private record Scenario(QualityScope scope, Initiator initiator, List<HeldSession> sessions,
      List<Contribution> contributions, List<Decision> decisions, List<Feedback> feedback,
      List<Declaration> declarations) {

    VoiceRecord voice() {
      return VoiceRecord.empty().withAll(contributions, decisions, feedback);
    }

    QualityFacts facts(VoiceRecord voice, List<Person> people, List<HeldSession> held) {
      return QualityFacts.builder(scope, AT).initiatedBy(initiator).voice(voice).network(QualityWorld.network())
          .people(people).sessions(held).build();
    }

    ParticipationQuality quality() {
      return ParticipationQuality.of(facts(voice(), PEOPLE, sessions));
    }

    /** The same facts given in another order: people, sessions and each kind of voice record shuffled. */
    ParticipationQuality shuffled(Random random) {
      VoiceRecord voice = VoiceRecord.empty().withAll(shuffle(contributions, random), shuffle(decisions, random),
          shuffle(feedback, random));
      return ParticipationQuality.of(facts(voice, shuffle(PEOPLE, random), shuffle(sessions, random)));
    }
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> out = new ArrayList<>(items);
    Collections.shuffle(out, random);
    return out;
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private static Instant when(SplittableRandom r) {
    return FROM.plus(Duration.ofMinutes(r.nextLong(SPAN_MINUTES)));
  }

  private static Scenario scenario(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    QualityScope scope = switch (r.nextInt(3)) {
      case 0 -> QualityScope.ofProcess(QualityWorld.process(), List.of(YAG));
      case 1 -> QualityScope.ofProcess(QualityWorld.plannedProcess(), List.of(YAG, STEERING));
      default -> QualityScope.ofForum(YAG);
    };
    Initiator initiator = pick(r, List.of(Initiator.values()));
    List<HeldSession> sessions = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Person> young = ATTENDING.stream().filter(p -> r.nextBoolean()).toList();
      List<AdultAttendee> adults = new ArrayList<>(List.of(QualityWorld.staff("st-" + i)));
      if (r.nextInt(3) == 0) {
        adults.add(QualityWorld.guest(DM));
      }
      Purpose[] purposes = r.nextInt(3) == 0 ? new Purpose[] {Purpose.photography()} : new Purpose[0];
      SessionPlan p = QualityWorld.plan("s-" + i, when(r), young.isEmpty() ? List.of(YP1) : young, adults, purposes);
      sessions.add(switch (r.nextInt(3)) {
        case 0 -> HeldSession.unchecked(p);
        case 1 -> HeldSession.checked(p, QualityWorld.blocked(p));
        default -> HeldSession.checked(p, QualityWorld.clear(p));
      });
    }
    List<Contribution> contributions = new ArrayList<>();
    int c = r.nextInt(7);
    for (int i = 0; i < c; i++) {
      ContributionId id = ContributionId.parse("c-" + i);
      PersonId by = pick(r, CONTRIBUTORS);
      Contribution made;
      if (!sessions.isEmpty() && r.nextBoolean()) {
        SessionPlan p = pick(r, sessions).plan();
        made = Contribution.inSession(id, ContributionKind.IDEA, by, p.id(), p.start().plusSeconds(600),
            Attribution.ANONYMOUS);
      } else {
        made = Contribution.inForum(id, ContributionKind.IDEA, by, pick(r, FORUMS), when(r), Attribution.ANONYMOUS);
      }
      if (r.nextInt(4) == 0) {
        made = made.withPublishedAt(made.at().plus(Duration.ofDays(r.nextInt(30))));
      }
      contributions.add(made);
    }
    List<Decision> decisions = new ArrayList<>();
    int d = r.nextInt(4);
    for (int i = 0; i < d; i++) {
      List<ContributionId> cited = new ArrayList<>();
      Instant latest = FROM;
      for (Contribution x : contributions) {
        if (r.nextInt(3) == 0) {
          cited.add(x.id());
          latest = x.at().isAfter(latest) ? x.at() : latest;
        }
      }
      decisions.add(Decision.of(DecisionId.parse("d-" + i), pick(r, MAKERS),
          latest.plus(Duration.ofHours(r.nextInt(24 * 30))), DecisionOutcome.ADOPTED, "We agreed to try it.", cited));
    }
    List<Feedback> feedback = new ArrayList<>();
    int f = contributions.isEmpty() ? 0 : r.nextInt(6);
    for (int i = 0; i < f; i++) {
      Contribution x = pick(r, contributions);
      feedback.add(Feedback.of(x.id(), x.at().plus(Duration.ofHours(r.nextInt(24 * 60))), EASY));
    }
    List<Declaration> declarations = new ArrayList<>();
    int k = r.nextInt(5);
    for (int i = 0; i < k; i++) {
      declarations.add(Declaration.of(pick(r, List.of(LundyElement.values())), pick(r, List.of(ElementStatus.values())),
          EvidenceId.parse("doc-" + r.nextInt(3)), PersonId.parse("st-lead"), when(r)));
    }
    return new Scenario(scope, initiator, sessions, contributions, decisions, feedback, declarations);
  }

  @Test
  void deliveringFeedbackOnTimeNeverLowersInfluence() {
    qt().withFixedSeed(20260901L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert((seed, probe) -> {
          Scenario s = scenario(seed);
          if (s.contributions().isEmpty()) {
            return;
          }
          SplittableRandom r = new SplittableRandom(probe);
          VoiceRecord before = s.voice();
          Contribution c = pick(r, s.contributions());
          long window = Duration.between(c.at(), before.feedbackDeadline(c.id())).toMinutes();
          Feedback onTime = Feedback.of(c.id(), c.at().plus(Duration.ofMinutes(r.nextLong(window + 1))), EASY);
          VoiceRecord after = before.withFeedback(onTime);
          ParticipationQuality q0 = ParticipationQuality.of(s.facts(before, PEOPLE, s.sessions()));
          ParticipationQuality q1 = ParticipationQuality.of(s.facts(after, PEOPLE, s.sessions()));
          ElementAssessment i0 = q0.lundy(s.declarations()).element(LundyElement.INFLUENCE);
          ElementAssessment i1 = q1.lundy(s.declarations()).element(LundyElement.INFLUENCE);

          assertThat(i1.status().isAtLeast(i0.status())).as("%s then %s", i0, i1).isTrue();
          assertThat(i1.computedStatus().isPresent()).isEqualTo(i0.computedStatus().isPresent());
          i0.computedStatus().ifPresent(was -> assertThat(i1.computedStatus().orElseThrow().isAtLeast(was)).isTrue());
          assertThat(i1.evidence().counts().get(Evidence.FEEDBACK_ON_TIME))
              .isGreaterThanOrEqualTo(i0.evidence().counts().get(Evidence.FEEDBACK_ON_TIME));
          int rung0 = q0.hart().rungReached().map(HartRung::number).orElse(0);
          int rung1 = q1.hart().rungReached().map(HartRung::number).orElse(0);
          assertThat(rung1).as("the Hart rung").isGreaterThanOrEqualTo(rung0);
        });
  }

  @Test
  void resultsDoNotDependOnTheOrderFactsWereAdded() {
    qt().withFixedSeed(20260902L).withExamples(Examples.atMost(200))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert((seed, shuffle) -> {
          Scenario s = scenario(seed);
          Random random = new Random(shuffle);
          ParticipationQuality inOrder = s.quality();
          ParticipationQuality shuffled = s.shuffled(random);
          List<Declaration> declarations = shuffle(s.declarations(), random);

          assertThat(shuffled.facts()).isEqualTo(inOrder.facts());
          assertThat(shuffled.lundy(declarations)).isEqualTo(inOrder.lundy(s.declarations()));
          assertThat(shuffled.hart()).isEqualTo(inOrder.hart());
          assertThat(shuffled.shier()).isEqualTo(inOrder.shier());
          assertThat(shuffled.tokenism()).isEqualTo(inOrder.tokenism());
        });
  }

  @Test
  void noElementIsEverAboveWhatTheFactsOrTheDeclarationShow() {
    qt().withFixedSeed(20260903L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Scenario s = scenario(seed);
          LundyAssessment a = s.quality().lundy(s.declarations());
          for (ElementAssessment e : a.elements().values()) {
            e.computedStatus().ifPresent(c -> assertThat(c.isAtLeast(e.status())).isTrue());
            e.declared().ifPresent(d -> assertThat(d.status().isAtLeast(e.status())).isTrue());
            e.declared().ifPresent(d -> assertThat(d.at()).isBeforeOrEqualTo(AT));
            assertThat(a.findings().stream().anyMatch(f -> f.rule().equals(QualityRules.DECLARATION_OVERRIDDEN)
                && f.reason().explanation().startsWith("Lundy " + e.element().label() + " ")))
                .isEqualTo(e.overridden());
          }
        });
  }

  @Test
  void theLevelsAndRungAgreeWithEachOther() {
    qt().withFixedSeed(20260904L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          ParticipationQuality q = scenario(seed).quality();
          HartAssessment h = q.hart();
          ShierAssessment sh = q.shier();
          // Shier's level 4 and Hart's rungs 6-8 both rest on a decision shared with young people.
          assertThat(sh.shows(ShierLevel.INVOLVED_IN_DECISION_MAKING))
              .isEqualTo(h.rungReached().map(x -> x.number() >= 6).orElse(false));
          // Views taken into account (level 3) but not on the top rungs: rung 5 needs them told the outcome.
          if (h.rungReached().orElse(null) == HartRung.CONSULTED_AND_INFORMED) {
            assertThat(sh.shows(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT)).isTrue();
          }
          // Someone young listened to means someone young took part.
          if (sh.shows(ShierLevel.LISTENED_TO)) {
            assertThat(h.rungReached()).isPresent();
          }
        });
  }
}
