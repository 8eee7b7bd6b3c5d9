package io.coproduce.participation.framework;

import com.google.common.collect.ImmutableList;
import io.coproduce.participation.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an assessment came out on a day: every question with the answer that counts and why, the
 * score of each element and overall, and findings where the facts show less than was declared.
 * Built by {@link Assessment#result}; immutable and thread-safe.
 *
 * @param framework the framework assessed against
 * @param subject what was assessed
 * @param asOf the day asked about: answers given after it are left out
 * @param questions every question of the framework, in the framework's order
 * @param elements every element's score, in the framework's order
 * @param overall the score over every question of the framework
 * @param findings one {@link FrameworkRules#COMPUTED_BELOW_DECLARED} warning per question whose
 *     computed answer is lower than its declared one, in question order
 */
public record AssessmentResult(FrameworkId framework, AssessmentSubject subject, LocalDate asOf,
    List<QuestionResult> questions, List<ElementScore> elements, Score overall, List<Finding> findings) {

  /** Validates the result and makes its lists immutable. */
  public AssessmentResult {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    questions = ImmutableList.copyOf(questions);
    elements = ImmutableList.copyOf(elements);
    Objects.requireNonNull(overall, "overall");
    findings = ImmutableList.copyOf(findings);
  }

  /** Returns the score of element {@code element}, if the framework has it. */
  public Optional<Score> score(ElementId element) {
    Objects.requireNonNull(element, "element");
    return elements.stream().filter(e -> e.element().equals(element)).map(ElementScore::score).findFirst();
  }

  /** Returns how question {@code question} came out, if the framework has it. */
  public Optional<QuestionResult> question(QuestionId question) {
    Objects.requireNonNull(question, "question");
    return questions.stream().filter(q -> q.question().equals(question)).findFirst();
  }
}
