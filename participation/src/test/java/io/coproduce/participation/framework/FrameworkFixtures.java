package io.coproduce.participation.framework;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.forum.ForumId;
import java.time.LocalDate;
import java.util.List;

/** A small framework with two scales and two elements, and helpers to answer it. */
final class FrameworkFixtures {

  private FrameworkFixtures() {}

  static final ScoringScale MET = ScoringScale.of("npm", List.of(
      ScoreLevel.of("not-met", "Not met", 0),
      ScoreLevel.of("partly-met", "Partly met", 1),
      ScoreLevel.of("met", "Met", 2)));
  static final ScoringScale YES = ScoringScale.of("yn", List.of(
      ScoreLevel.of("no", "No", 0),
      ScoreLevel.of("yes", "Yes", 3)));

  static final QuestionId Q1 = QuestionId.parse("q1");
  static final QuestionId Q2 = QuestionId.parse("q2");
  static final QuestionId Q3 = QuestionId.parse("q3");
  static final ElementId E1 = ElementId.parse("e1");
  static final ElementId E2 = ElementId.parse("e2");

  static final RuleSource SOURCE = RuleSource.organisationPolicy("Our own participation checklist (2026)");

  static final Framework SMALL = Framework.of(FrameworkId.parse("small"), "A small framework", "1.0", SOURCE,
      List.of(MET, YES),
      List.of(Element.of("e1", "First", List.of(Question.of("q1", "Is the first thing done?", "npm"),
              Question.of("q2", "Is the second thing done?", "yn"))),
          Element.of("e2", "Second", List.of(Question.of("q3", "Is the third thing done?", "npm")))));

  static final AssessmentSubject YAG = AssessmentSubject.forum(ForumId.parse("yag-north"));
  static final PersonId LEAD = PersonId.parse("p-lead");
  static final PersonId CHAIR = PersonId.parse("p-chair");
  static final Reason FACTS = Reason.of("quality.test", "Computed from the voice record",
      RuleSource.libraryDefault("test rule"));

  static final LocalDate D1 = LocalDate.of(2026, 2, 1);
  static final LocalDate D2 = LocalDate.of(2026, 3, 1);
  static final LocalDate D3 = LocalDate.of(2026, 4, 1);

  static Answer declared(QuestionId q, String level, LocalDate on) {
    return Answer.declared(q, LevelId.parse(level), on, LEAD, List.of());
  }

  static Answer declared(QuestionId q, String level, LocalDate on, PersonId by) {
    return Answer.declared(q, LevelId.parse(level), on, by, List.of());
  }

  static Answer computed(QuestionId q, String level, LocalDate on) {
    return Answer.computed(q, LevelId.parse(level), on, FACTS, List.of());
  }

  static Assessment assessment(Answer... answers) {
    return Assessment.of(SMALL, YAG).withAnswers(List.of(answers));
  }
}
