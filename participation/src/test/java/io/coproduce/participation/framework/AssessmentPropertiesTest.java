package io.coproduce.participation.framework;

import static io.coproduce.participation.framework.FrameworkFixtures.FACTS;
import static io.coproduce.participation.framework.FrameworkFixtures.SMALL;
import static io.coproduce.participation.framework.FrameworkFixtures.YAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.Examples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class AssessmentPropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final List<PersonId> PEOPLE = List.of(PersonId.parse("p-a"), PersonId.parse("p-b"), PersonId.parse("p-c"));
  private static final List<Evidence> EVIDENCE = List.of(Evidence.described("Minutes"), Evidence.reference("log-1"));

  /** Random answers to the small framework over 30 days, with many same-day clashes. */
  private static List<Answer> answers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Answer> out = new ArrayList<>();
    int n = random.nextInt(25);
    for (int i = 0; i < n; i++) {
      Question q = SMALL.questions().get(random.nextInt(SMALL.questions().size()));
      List<ScoreLevel> levels = SMALL.scale(q.scale()).orElseThrow().levels();
      LevelId level = levels.get(random.nextInt(levels.size())).id();
      LocalDate on = START.plusDays(random.nextInt(30));
      List<Evidence> evidence = random.nextBoolean() ? List.of() : List.of(EVIDENCE.get(random.nextInt(2)));
      Answer a = random.nextBoolean()
          ? Answer.declared(q.id(), level, on, PEOPLE.get(random.nextInt(PEOPLE.size())), evidence)
          : Answer.computed(q.id(), level, on, FACTS, evidence);
      out.add(a);
    }
    return out;
  }

  @Test
  void scoresDoNotDependOnTheOrderAnswersWereRecorded() {
    qt().withFixedSeed(20260701L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all(), SourceDSL.integers().between(0, 40))
        .checkAssert((seed, shuffle, day) -> {
          List<Answer> given = answers(seed);
          List<Answer> shuffled = new ArrayList<>(given);
          Collections.shuffle(shuffled, new Random(shuffle));
          Assessment inOrder = Assessment.of(SMALL, YAG).withAnswers(given);
          Assessment oneByOne = Assessment.of(SMALL, YAG);
          for (Answer a : shuffled) {
            oneByOne = oneByOne.withAnswer(a);
          }
          LocalDate asOf = START.plusDays(day);

          assertThat(oneByOne).isEqualTo(inOrder);
          assertThat(oneByOne.result(asOf)).isEqualTo(inOrder.result(asOf));
        });
  }

  @Test
  void aResultCountsOnlyAnswersGivenByItsDay() {
    qt().withFixedSeed(20260702L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 40))
        .checkAssert((seed, day) -> {
          List<Answer> given = answers(seed);
          LocalDate asOf = START.plusDays(day);
          List<Answer> known = given.stream().filter(a -> !a.answeredOn().isAfter(asOf)).toList();

          assertThat(Assessment.of(SMALL, YAG).withAnswers(given).result(asOf))
              .isEqualTo(Assessment.of(SMALL, YAG).withAnswers(known).result(asOf));
        });
  }

  @Test
  void theCountedAnswerIsComputedWheneverOneWasGivenAndFlagsMatchFindings() {
    qt().withFixedSeed(20260703L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          AssessmentResult r = Assessment.of(SMALL, YAG).withAnswers(answers(seed)).result(START.plusDays(40));
          int points = 0;
          for (QuestionResult q : r.questions()) {
            q.computed().ifPresent(c -> assertThat(q.counted()).contains(c));
            if (q.computed().isEmpty()) {
              assertThat(q.counted()).isEqualTo(q.declared());
            }
            points += q.score().orElse(0);
            assertThat(q.score().orElse(0)).isBetween(0, q.maximum());
          }
          assertThat(r.overall().points()).isEqualTo(points);
          assertThat(r.findings()).hasSize((int) r.questions().stream().filter(QuestionResult::computedBelowDeclared).count());
        });
  }
}
