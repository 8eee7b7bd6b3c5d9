package io.coproduce.participation.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An assessment of one subject (an organisation, forum or process) against one framework: the
 * answers given to its questions over time, declared by people or computed by the library.
 * Immutable and thread-safe; {@code with...} returns a new assessment, or refuses the answer and
 * leaves nothing changed.
 *
 * <h2>Which answer counts</h2>
 *
 * <p>{@link #result(LocalDate)} looks only at answers given on or before the day asked about,
 * and for each question:
 *
 * <ol>
 *   <li>Picks the latest declared answer and the latest computed answer: the one given on the
 *       latest day; of several given that day, the one whose level scores lowest; of several at
 *       that level (the same level, differing in who answered or the evidence), the first in a
 *       fixed order of their contents (who answered, then evidence, then basis). So the pick
 *       never depends on the order answers were recorded in.
 *   <li>Counts the computed answer if there is one, whatever the dates: facts outrank
 *       self-assessment. Otherwise it counts the declared answer; with neither, the question
 *       scores nothing but still counts toward the maximum.
 *   <li>Where both were given and the computed one scores lower, flags the question ({@link
 *       QuestionResult#computedBelowDeclared()}) and adds a {@link Severity#WARNING} finding
 *       about the person who declared it.
 * </ol>
 *
 * <p>Each question's {@linkplain QuestionResult#reason() reason} says which rule decided it (see
 * {@link FrameworkRules} for the rules and their sources). Scores add up per element and
 * overall.
 *
 * <h2>What is refused and what is accepted</h2>
 *
 * <p>An answer to a question the framework does not have is refused ({@link
 * UnknownReferenceException}, kind {@code "question of framework <id>"}), as is one at a level
 * its question's scale does not have ({@link InvalidInputException} naming {@code
 * answer.level}). Deliberately accepted: any number of answers to one question, by any number of
 * people, including answers on the same day that disagree (the rule above settles them);
 * recording an answer that is already held (nothing changes). Two assessments are equal when
 * they hold the same framework, subject and answers, whatever order the answers came in.
 */
public final class Assessment {

  private final Framework framework;
  private final AssessmentSubject subject;
  private final ImmutableSortedSet<Answer> answers;

  private Assessment(Framework framework, AssessmentSubject subject, ImmutableSortedSet<Answer> answers) {
    this.framework = framework;
    this.subject = subject;
    this.answers = answers;
  }

  /** An assessment of {@code subject} against {@code framework} with no answers yet. */
  public static Assessment of(Framework framework, AssessmentSubject subject) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(subject, "subject");
    return new Assessment(framework, subject, ImmutableSortedSet.orderedBy(Answer.ORDER).build());
  }

  /**
   * Returns a copy with {@code answer} recorded; this assessment when it already holds an equal
   * answer.
   *
   * @throws UnknownReferenceException when the framework has no such question
   * @throws InvalidInputException naming {@code answer.level} when the level is not on the
   *     question's scale
   */
  public Assessment withAnswer(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    check(answer);
    if (answers.contains(answer)) {
      return this;
    }
    return new Assessment(framework, subject, ImmutableSortedSet.orderedBy(Answer.ORDER)
        .addAll(answers).add(answer).build());
  }

  /**
   * Returns a copy with every answer recorded, or refuses them all if any is refused.
   *
   * @throws UnknownReferenceException when the framework lacks a question answered
   * @throws InvalidInputException naming {@code answer.level} when a level is not on its
   *     question's scale
   */
  public Assessment withAnswers(Collection<Answer> more) {
    List<Answer> copy = ImmutableList.copyOf(more);
    copy.forEach(this::check);
    return new Assessment(framework, subject, ImmutableSortedSet.orderedBy(Answer.ORDER)
        .addAll(answers).addAll(copy).build());
  }

  private void check(Answer answer) {
    Question question = framework.question(answer.question()).orElseThrow(
        () -> UnknownReferenceException.of("question of framework " + framework.id(), answer.question()));
    ScoringScale scale = framework.scaleOf(question);
    if (scale.level(answer.level()).isEmpty()) {
      throw InvalidInputException.of("answer.level", "must be a level of scale " + scale.id()
          + " of question " + question.id() + " (" + scale.levelNames() + ")", answer.level());
    }
  }

  /** Returns the framework assessed against. */
  public Framework framework() {
    return framework;
  }

  /** Returns what is assessed. */
  public AssessmentSubject subject() {
    return subject;
  }

  /** Returns every answer recorded, by question, provenance and day (see {@link Answer}). */
  public List<Answer> answers() {
    return answers.asList();
  }

  /**
   * Returns how the assessment came out on {@code asOf}, counting only answers given on or
   * before it (see the class description for which answer counts).
   */
  public AssessmentResult result(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<QuestionResult> questions = new ArrayList<>();
    List<ElementScore> elements = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Score overall = null;
    for (Element element : framework.elements()) {
      int points = 0;
      int maximum = 0;
      int answered = 0;
      for (Question question : element.questions()) {
        QuestionResult r = resultOf(element, question, asOf);
        questions.add(r);
        maximum += r.maximum();
        if (r.score().isPresent()) {
          points += r.score().getAsInt();
          answered++;
        }
        if (r.computedBelowDeclared()) {
          findings.add(belowDeclared(question, r));
        }
      }
      Score score = new Score(points, maximum, answered, element.questions().size());
      elements.add(new ElementScore(element.id(), score));
      overall = overall == null ? score : overall.plus(score);
    }
    return new AssessmentResult(framework.id(), subject, asOf, questions, elements, overall, findings);
  }

  private QuestionResult resultOf(Element element, Question question, LocalDate asOf) {
    ScoringScale scale = framework.scaleOf(question);
    Answer declared = pick(question, Provenance.DECLARED, scale, asOf);
    Answer computed = pick(question, Provenance.COMPUTED, scale, asOf);
    Integer declaredScore = declared == null ? null : scoreOf(scale, declared);
    Integer computedScore = computed == null ? null : scoreOf(scale, computed);
    String about = "For " + subject + ", question " + question.id() + " of " + framework.id();
    Reason reason;
    if (computed != null) {
      reason = Reason.of(FrameworkRules.COMPUTED_COUNTS, about + ": the computed answer "
          + describe(computed, computedScore) + " counts"
          + (declared == null ? "; none was declared" : " over the declared answer "
              + describe(declared, declaredScore)), FrameworkRules.COMPUTED_OVERRIDES_SOURCE);
    } else if (declared != null) {
      reason = Reason.of(FrameworkRules.LATEST_DECLARED, about + ": the latest declared answer "
          + describe(declared, declaredScore) + " counts; none was computed",
          FrameworkRules.LATEST_ANSWER_SOURCE);
    } else {
      reason = Reason.of(FrameworkRules.UNANSWERED, about + ": no answer was given on or before "
          + asOf + ", so it scores 0 of " + scale.highest().score(), FrameworkRules.UNANSWERED_SOURCE);
    }
    return new QuestionResult(question.id(), element.id(), declared, declaredScore, computed,
        computedScore, scale.highest().score(), reason);
  }

  private Finding belowDeclared(Question question, QuestionResult r) {
    Answer declared = r.declared().orElseThrow();
    Answer computed = r.computed().orElseThrow();
    Reason reason = Reason.of(FrameworkRules.COMPUTED_BELOW_DECLARED, "For " + subject + ", question "
        + question.id() + " of " + framework.id() + ": the answer computed from recorded facts "
        + describe(computed, r.score().getAsInt()) + " is lower than the declared answer "
        + describe(declared, scoreOf(framework.scaleOf(question), declared))
        + "; the computed answer counts", FrameworkRules.COMPUTED_OVERRIDES_SOURCE);
    return Finding.of(Severity.WARNING, reason, List.of(declared.answeredBy()));
  }

  private static String describe(Answer answer, int score) {
    PersonId by = answer.answeredBy();
    return "(" + answer.level() + ", score " + score + ", given " + answer.answeredOn()
        + (by == null ? "" : " by " + by) + ")";
  }

  /** The latest answer of {@code provenance} on or before {@code asOf}; same day: lowest score, then {@link Answer#ORDER}. */
  private Answer pick(Question question, Provenance provenance, ScoringScale scale, LocalDate asOf) {
    Answer best = null;
    int bestScore = 0;
    for (Answer a : answers) {
      if (!a.question().equals(question.id()) || a.provenance() != provenance || a.answeredOn().isAfter(asOf)) {
        continue;
      }
      int score = scoreOf(scale, a);
      // Answers arrive in Answer.ORDER, so on a full tie the first one seen is kept.
      if (best == null || a.answeredOn().isAfter(best.answeredOn())
          || (a.answeredOn().equals(best.answeredOn()) && score < bestScore)) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  private static int scoreOf(ScoringScale scale, Answer answer) {
    return scale.level(answer.level()).orElseThrow().score();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a && framework.equals(a.framework) && subject.equals(a.subject)
        && answers.equals(a.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, subject, answers);
  }

  /** Returns the framework, subject and number of answers. */
  @Override
  public String toString() {
    return "Assessment of " + subject + " against " + framework + " (" + answers.size() + " answers)";
  }
}
