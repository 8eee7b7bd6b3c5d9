package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.framework.FrameworkFixtures.CHAIR;
import static io.coproduce.participation.framework.FrameworkFixtures.D1;
import static io.coproduce.participation.framework.FrameworkFixtures.D2;
import static io.coproduce.participation.framework.FrameworkFixtures.D3;
import static io.coproduce.participation.framework.FrameworkFixtures.E1;
import static io.coproduce.participation.framework.FrameworkFixtures.E2;
import static io.coproduce.participation.framework.FrameworkFixtures.LEAD;
import static io.coproduce.participation.framework.FrameworkFixtures.Q1;
import static io.coproduce.participation.framework.FrameworkFixtures.Q2;
import static io.coproduce.participation.framework.FrameworkFixtures.Q3;
import static io.coproduce.participation.framework.FrameworkFixtures.SMALL;
import static io.coproduce.participation.framework.FrameworkFixtures.YAG;
import static io.coproduce.participation.framework.FrameworkFixtures.assessment;
import static io.coproduce.participation.framework.FrameworkFixtures.computed;
import static io.coproduce.participation.framework.FrameworkFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.rule.RuleSource.Kind;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentTest {

  /** Points per element and overall for sets of answers (e1: q1 0-2 + q2 0-3; e2: q3 0-2). */
  static Stream<Arguments> scoring() {
    return Stream.of(
        Arguments.of("nothing answered", List.of(), 0, 0, 0, 0),
        Arguments.of("one partly met", List.of(declared(Q1, "partly-met", D1)), 1, 1, 0, 0),
        Arguments.of("all at the top", List.of(declared(Q1, "met", D1), declared(Q2, "yes", D1),
            declared(Q3, "met", D1)), 5, 2, 2, 1),
        Arguments.of("all at the bottom", List.of(declared(Q1, "not-met", D1), declared(Q2, "no", D1),
            declared(Q3, "not-met", D1)), 0, 2, 0, 1),
        Arguments.of("mixed scales", List.of(declared(Q1, "partly-met", D1), declared(Q2, "yes", D1)), 4, 2, 0, 0),
        Arguments.of("the latest declared counts", List.of(declared(Q3, "met", D1), declared(Q3, "not-met", D2)),
            0, 0, 0, 1),
        Arguments.of("an earlier declared loses", List.of(declared(Q3, "not-met", D1), declared(Q3, "met", D2)),
            0, 0, 2, 1),
        Arguments.of("computed beats a later declared", List.of(computed(Q3, "partly-met", D1),
            declared(Q3, "met", D3)), 0, 0, 1, 1),
        Arguments.of("computed above declared counts too", List.of(computed(Q1, "met", D1),
            declared(Q1, "not-met", D2)), 2, 1, 0, 0),
        Arguments.of("answers after the day are left out", List.of(declared(Q1, "met", D1),
            declared(Q1, "not-met", D3.plusDays(1)), computed(Q3, "met", D3.plusDays(1))), 2, 1, 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoring")
  void scoresAddUpPerElementAndOverall(String name, List<Answer> answers, int e1Points, int e1Answered,
      int e2Points, int e2Answered) {
    AssessmentResult r = Assessment.of(SMALL, YAG).withAnswers(answers).result(D3);

    Score e1 = r.score(E1).orElseThrow();
    Score e2 = r.score(E2).orElseThrow();
    assertThat(e1).isEqualTo(new Score(e1Points, 5, e1Answered, 2));
    assertThat(e2).isEqualTo(new Score(e2Points, 2, e2Answered, 1));
    assertThat(r.overall()).isEqualTo(new Score(e1Points + e2Points, 7, e1Answered + e2Answered, 3));
    assertThat(r.elements()).extracting(ElementScore::element).containsExactly(E1, E2);
    assertThat(r.questions()).extracting(QuestionResult::question).containsExactly(Q1, Q2, Q3);
  }

  /** Which answer counts, by rule, for one question (q1, not met / partly met / met). */
  static Stream<Arguments> override() {
    return Stream.of(
        // declared only
        Arguments.of(List.of(declared(Q1, "met", D1)), "met", FrameworkRules.LATEST_DECLARED, false),
        // computed only
        Arguments.of(List.of(computed(Q1, "partly-met", D1)), "partly-met", FrameworkRules.COMPUTED_COUNTS, false),
        // computed lower than declared: flagged
        Arguments.of(List.of(declared(Q1, "met", D1), computed(Q1, "partly-met", D2)), "partly-met",
            FrameworkRules.COMPUTED_COUNTS, true),
        // computed lower, even though the declaration is later
        Arguments.of(List.of(computed(Q1, "not-met", D1), declared(Q1, "met", D2)), "not-met",
            FrameworkRules.COMPUTED_COUNTS, true),
        // computed equal: not flagged
        Arguments.of(List.of(declared(Q1, "met", D1), computed(Q1, "met", D2)), "met",
            FrameworkRules.COMPUTED_COUNTS, false),
        // computed higher: counts, not flagged
        Arguments.of(List.of(declared(Q1, "not-met", D1), computed(Q1, "met", D2)), "met",
            FrameworkRules.COMPUTED_COUNTS, false),
        // a later computed answer replaces an earlier one
        Arguments.of(List.of(computed(Q1, "not-met", D1), computed(Q1, "met", D2), declared(Q1, "met", D1)),
            "met", FrameworkRules.COMPUTED_COUNTS, false),
        // the latest declared is the one compared
        Arguments.of(List.of(declared(Q1, "met", D1), declared(Q1, "not-met", D2), computed(Q1, "partly-met", D2)),
            "partly-met", FrameworkRules.COMPUTED_COUNTS, false),
        // same-day declared answers: the lower counts
        Arguments.of(List.of(declared(Q1, "met", D2), declared(Q1, "partly-met", D2, CHAIR)), "partly-met",
            FrameworkRules.LATEST_DECLARED, false),
        // same-day computed answers: the lower counts
        Arguments.of(List.of(computed(Q1, "met", D2), computed(Q1, "not-met", D2)), "not-met",
            FrameworkRules.COMPUTED_COUNTS, false));
  }

  @ParameterizedTest
  @MethodSource("override")
  void computedAnswersOverrideDeclaredOnesAndALowerOneIsFlagged(List<Answer> answers, String counted,
      String rule, boolean flagged) {
    AssessmentResult r = assessment(answers.toArray(Answer[]::new)).result(D3);
    QuestionResult q = r.question(Q1).orElseThrow();

    assertThat(q.counted()).map(a -> a.level().value()).contains(counted);
    assertThat(q.reason().rule()).isEqualTo(rule);
    assertThat(q.computedBelowDeclared()).isEqualTo(flagged);
    assertThat(r.findings()).hasSize(flagged ? 1 : 0);
    if (rule.equals(FrameworkRules.COMPUTED_COUNTS)) {
      assertThat(q.reason().source()).isEqualTo(FrameworkRules.COMPUTED_OVERRIDES_SOURCE);
      assertThat(q.counted().orElseThrow().provenance()).isEqualTo(Provenance.COMPUTED);
    } else {
      assertThat(q.reason().source()).isEqualTo(FrameworkRules.LATEST_ANSWER_SOURCE);
      assertThat(q.computed()).isEmpty();
    }
  }

  @Test
  void aComputedAnswerBelowTheDeclaredOneIsAWarningAboutTheDeclarer() {
    AssessmentResult r = assessment(declared(Q1, "met", D1, CHAIR), computed(Q1, "partly-met", D2)).result(D3);

    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.rule()).isEqualTo(FrameworkRules.COMPUTED_BELOW_DECLARED);
    assertThat(f.reason().source()).isEqualTo(FrameworkRules.COMPUTED_OVERRIDES_SOURCE);
    assertThat(f.reason().source().kind()).isEqualTo(Kind.LIBRARY_DEFAULT);
    assertThat(f.about()).containsExactly(CHAIR);
    assertThat(f.reason().explanation())
        .contains("forum yag-north", "q1", "small", "(partly-met, score 1, given 2026-03-01)",
            "(met, score 2, given 2026-02-01 by p-chair)");
    QuestionResult q = r.question(Q1).orElseThrow();
    assertThat(q.declared()).map(Answer::level).contains(LevelId.parse("met"));
    assertThat(q.computed()).map(Answer::level).contains(LevelId.parse("partly-met"));
    assertThat(q.score()).isEqualTo(OptionalInt.of(1));
    assertThat(q.maximum()).isEqualTo(2);
    assertThat(q.element()).isEqualTo(E1);
  }

  @Test
  void findingsFollowTheFrameworksQuestionOrder() {
    AssessmentResult r = assessment(declared(Q3, "met", D1), computed(Q3, "not-met", D1),
        declared(Q2, "yes", D1), computed(Q2, "no", D1), declared(Q1, "met", D1)).result(D3);

    assertThat(r.findings()).extracting(f -> f.reason().explanation().contains("question q2"),
        f -> f.reason().explanation().contains("question q3")).containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, true));
  }

  @Test
  void everyQuestionSaysWhyAndWhatItScored() {
    AssessmentResult r = assessment(declared(Q1, "partly-met", D1), computed(Q2, "yes", D2)).result(D2);

    QuestionResult q1 = r.question(Q1).orElseThrow();
    assertThat(q1.reason().explanation())
        .isEqualTo("For forum yag-north, question q1 of small: the latest declared answer"
            + " (partly-met, score 1, given 2026-02-01 by p-lead) counts; none was computed");
    QuestionResult q2 = r.question(Q2).orElseThrow();
    assertThat(q2.reason().explanation())
        .isEqualTo("For forum yag-north, question q2 of small: the computed answer"
            + " (yes, score 3, given 2026-03-01) counts; none was declared");
    QuestionResult q3 = r.question(Q3).orElseThrow();
    assertThat(q3.reason().rule()).isEqualTo(FrameworkRules.UNANSWERED);
    assertThat(q3.reason().source()).isEqualTo(FrameworkRules.UNANSWERED_SOURCE);
    assertThat(q3.reason().explanation())
        .isEqualTo("For forum yag-north, question q3 of small: no answer was given on or before"
            + " 2026-03-01, so it scores 0 of 2");
    assertThat(q3.score()).isEmpty();
    assertThat(q3.counted()).isEmpty();
    assertThat(q3.computedBelowDeclared()).isFalse();
    assertThat(r.asOf()).isEqualTo(D2);
    assertThat(r.framework()).isEqualTo(SMALL.id());
    assertThat(r.subject()).isEqualTo(YAG);
  }

  @Test
  void theComputedAnswerNamesTheDeclaredOneItOverrides() {
    QuestionResult q = assessment(declared(Q1, "not-met", D1), computed(Q1, "met", D2)).result(D3)
        .question(Q1).orElseThrow();
    assertThat(q.reason().explanation()).isEqualTo("For forum yag-north, question q1 of small: the computed"
        + " answer (met, score 2, given 2026-03-01) counts over the declared answer (not-met, score 0,"
        + " given 2026-02-01 by p-lead)");
  }

  @Test
  void answersGivenAfterTheDayAskedAboutAreNotYetKnown() {
    Assessment a = assessment(declared(Q1, "partly-met", D1), computed(Q1, "not-met", D2), declared(Q1, "met", D2));

    assertThat(a.result(D1.minusDays(1)).question(Q1).orElseThrow().counted()).isEmpty();
    assertThat(a.result(D1).question(Q1).orElseThrow().counted()).map(Answer::level)
        .contains(LevelId.parse("partly-met"));
    QuestionResult onD2 = a.result(D2).question(Q1).orElseThrow();
    assertThat(onD2.counted()).map(Answer::level).contains(LevelId.parse("not-met"));
    assertThat(onD2.declared()).map(Answer::level).contains(LevelId.parse("met"));
    assertThat(onD2.computedBelowDeclared()).isTrue();
  }

  @Test
  void sameDayAnswersAtOneLevelResolveByAFixedOrderOfWhoAnswered() {
    Answer byLead = declared(Q1, "met", D1, LEAD);
    Answer byChair = declared(Q1, "met", D1, CHAIR);
    assertThat(assessment(byLead, byChair).result(D1).question(Q1).orElseThrow().counted()).contains(byChair);
    assertThat(assessment(byChair, byLead).result(D1).question(Q1).orElseThrow().counted()).contains(byChair);
  }

  @Test
  void sameDayAnswersResolveToTheLowerLevelWhicheverComesFirstInTheFixedOrder() {
    // "met" sorts before "partly-met" by id, yet the lower-scoring partly-met counts.
    Answer high = declared(Q1, "met", D1, CHAIR);
    Answer low = declared(Q1, "partly-met", D1, LEAD);
    assertThat(assessment(high, low).result(D1).question(Q1).orElseThrow().counted()).contains(low);
    Answer zero = declared(Q1, "not-met", D1, CHAIR);
    assertThat(assessment(low, zero).result(D1).question(Q1).orElseThrow().counted()).contains(zero);
  }

  @Test
  void refusesAnAnswerToAQuestionTheFrameworkDoesNotHave() {
    UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class,
        () -> Assessment.of(SMALL, YAG).withAnswer(declared(QuestionId.parse("q9"), "met", D1)));
    assertThat(e.kind()).isEqualTo("question of framework small");
    assertThat(e.reference()).isEqualTo("q9");
  }

  @Test
  void refusesALevelOffTheQuestionsScale() {
    var e = rejectionOf(() -> Assessment.of(SMALL, YAG).withAnswer(declared(Q2, "met", D1)));
    assertThat(e.field()).isEqualTo("answer.level");
    assertThat(e.rule()).isEqualTo("must be a level of scale yn of question q2 (no, yes)");
    assertThat(e.offendingValue()).contains("met");
  }

  @Test
  void refusesABatchWholeWhenOneAnswerIsBad() {
    Assessment empty = Assessment.of(SMALL, YAG);
    rejectionOf(() -> empty.withAnswers(List.of(declared(Q1, "met", D1), declared(Q2, "met", D1))));
    assertThat(empty.answers()).isEmpty();
  }

  @Test
  void recordingAHeldAnswerAgainChangesNothing() {
    Assessment a = assessment(declared(Q1, "met", D1));
    assertThat(a.withAnswer(declared(Q1, "met", D1))).isSameAs(a);
    assertThat(a.withAnswers(List.of(declared(Q1, "met", D1)))).isEqualTo(a);
    assertThat(a.withAnswer(declared(Q1, "met", D2)).answers()).hasSize(2);
  }

  @Test
  void keepsAnswersInAFixedOrder() {
    Answer a = declared(Q2, "yes", D1);
    Answer b = computed(Q1, "met", D2);
    Answer c = declared(Q1, "met", D2);
    Answer d = declared(Q1, "met", D1);
    assertThat(assessment(a, b, c, d).answers()).containsExactly(d, c, b, a);
  }

  @Test
  void equalWhenTheyHoldTheSameAnswersWhateverTheOrder() {
    Answer a = declared(Q1, "met", D1);
    Answer b = computed(Q2, "no", D2);
    new EqualsTester()
        .addEqualityGroup(assessment(a, b), assessment(b, a), Assessment.of(SMALL, YAG).withAnswer(b).withAnswer(a))
        .addEqualityGroup(assessment(a))
        .addEqualityGroup(Assessment.of(SMALL, AssessmentSubject.forum(io.coproduce.participation.forum.ForumId.parse("other")))
            .withAnswers(List.of(a, b)))
        .addEqualityGroup(Assessment.of(Frameworks.lundy(), YAG))
        .testEquals();
  }

  @Test
  void exposesWhatItAssesses() {
    Assessment a = assessment(declared(Q1, "met", D1));
    assertThat(a.framework()).isSameAs(SMALL);
    assertThat(a.subject()).isEqualTo(YAG);
    assertThat(a.toString()).isEqualTo("Assessment of forum yag-north against small 1.0 (1 answers)");
  }

  @Test
  void aShippedFrameworkCanBeAssessedWithComputedInfluence() {
    Framework lundy = Frameworks.lundy();
    Assessment a = Assessment.of(lundy, YAG)
        .withAnswer(declared(QuestionId.parse("influence.on-time"), "met", D1))
        .withAnswer(computed(QuestionId.parse("influence.on-time"), "not-met", D2));
    AssessmentResult r = a.result(D3);
    assertThat(r.score(ElementId.parse("influence"))).contains(new Score(0, 6, 1, 3));
    assertThat(r.overall()).isEqualTo(new Score(0, 24, 1, 12));
    assertThat(r.findings()).singleElement().extracting(Finding::rule)
        .isEqualTo(FrameworkRules.COMPUTED_BELOW_DECLARED);
  }
}
