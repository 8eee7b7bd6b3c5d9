package io.coproduce.participation.framework;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One answer to one question of a framework: the level chosen, the evidence it rests on, the
 * day it was given, who gave it and where it comes from. A {@linkplain Provenance#DECLARED
 * declared} answer is a person's self-assessment and names that person; a {@linkplain
 * Provenance#COMPUTED computed} answer is derived from facts and says why in {@code basis} (it
 * may name the person who asked for it). Immutable and thread-safe.
 *
 * @param question the question answered
 * @param level the level chosen, one of the question's scale
 * @param provenance whether a person declared it or the library computed it
 * @param answeredOn the day it was given
 * @param answeredBy who gave it; required when declared, {@code null} allowed when computed
 * @param evidence what it rests on, in a stable order (duplicates dropped); may be empty
 * @param basis why the library computed this level (the rule, what it found, its source);
 *     required when computed, {@code null} when declared
 */
public record Answer(QuestionId question, LevelId level, Provenance provenance,
    LocalDate answeredOn, PersonId answeredBy, List<Evidence> evidence, Reason basis) {

  /**
   * A total order consistent with {@code equals}: by question, provenance, day, level, who
   * answered (none first), evidence and basis. Assessments keep answers in this order and break
   * the last ties between same-day answers with it.
   */
  static final Comparator<Answer> ORDER = Comparator.comparing(Answer::question, Comparator.comparing(QuestionId::value))
      .thenComparing(Answer::provenance)
      .thenComparing(Answer::answeredOn)
      .thenComparing(Answer::level, Comparator.comparing(LevelId::value))
      .thenComparing(Answer::answeredBy, Comparator.nullsFirst(Comparator.comparing(PersonId::value)))
      .thenComparing(Answer::evidence, Answer::compareEvidence)
      .thenComparing(Answer::basis, Comparator.nullsFirst(Comparator.comparing(Reason::rule)
          .thenComparing(Reason::explanation)
          .thenComparing(Reason::source, Comparator.comparing(RuleSource::kind)
              .thenComparing(RuleSource::citation))));

  /** Validates the answer and puts {@code evidence} in its stable order. */
  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(answeredOn, "answeredOn");
    evidence = ImmutableList.sortedCopyOf(Evidence.ORDER, ImmutableList.copyOf(evidence).stream().distinct().toList());
    if (provenance == Provenance.DECLARED) {
      if (answeredBy == null) {
        throw InvalidInputException.of("answer.answeredBy",
            "must name the person who declared the answer", null);
      }
      if (basis != null) {
        throw InvalidInputException.of("answer.basis",
            "must be absent for a declared answer: only computed answers have a computed basis", basis.rule());
      }
    } else if (basis == null) {
      throw InvalidInputException.of("answer.basis",
          "must say why the library computed this answer", null);
    }
  }

  /** A person's self-assessment of one question. */
  public static Answer declared(QuestionId question, LevelId level, LocalDate answeredOn,
      PersonId answeredBy, List<Evidence> evidence) {
    return new Answer(question, level, Provenance.DECLARED, answeredOn,
        Objects.requireNonNull(answeredBy, "answeredBy"), evidence, null);
  }

  /** An answer the library derived from facts, with why. */
  public static Answer computed(QuestionId question, LevelId level, LocalDate answeredOn,
      Reason basis, List<Evidence> evidence) {
    return new Answer(question, level, Provenance.COMPUTED, answeredOn, null, evidence,
        Objects.requireNonNull(basis, "basis"));
  }

  /** Returns a copy naming {@code person} as the one who answered (who asked for a computed answer). */
  public Answer by(PersonId person) {
    Objects.requireNonNull(person, "person");
    return new Answer(question, level, provenance, answeredOn, person, evidence, basis);
  }

  private static int compareEvidence(List<Evidence> a, List<Evidence> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Evidence.ORDER.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
