package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.gate.FindingKind;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.core.rule.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhotographConsentExerciseTest {

  private final PhotographConsentExercise exercise = new PhotographConsentExercise();

  @Test
  void isAboutAFourteenYearOld() {
    LocalDate day = LocalDate.ofInstant(PhotographConsentExercise.SESSION_START, ConsentPolicy.defaults().zone());

    assertThat(exercise.youngPerson().ageOn(day).years()).isEqualTo(14);
    assertThat(exercise.name()).isEqualTo("photograph-consent");
    assertThat(exercise.question()).isEqualTo("Can this 14-year-old be photographed?");
  }

  /** Children Act 1989 s.2(7) and UNCRC Art 12: a parent's consent is not enough without the child's assent. */
  @Test
  void aParentsConsentAloneNeedsTheChildsAssent() {
    PurposeDecision d = exercise.answers().get(0);

    assertThat(d.allowed()).isFalse();
    assertThat(d.has(FindingKind.SURROGATE_CONSENT)).isTrue();
    assertThat(d.has(FindingKind.NEEDS_ASSENT)).isTrue();
    assertThat(d.has(FindingKind.NEEDS_CAPACITY_ASSESSMENT)).isTrue();
  }

  @Test
  void withHerAssentPhotographsAreAllowed() {
    PurposeDecision d = exercise.answers().get(1);

    assertThat(d.allowed()).isTrue();
    assertThat(d.has(FindingKind.ASSENT)).isTrue();
  }

  /** UNCRC Art 12: the child's dissent blocks, whatever the adults decided. */
  @Test
  void herObjectionBlocksWhateverHerMotherDecided() {
    PurposeDecision d = exercise.answers().get(2);

    assertThat(d.allowed()).isFalse();
    assertThat(d.has(FindingKind.DISSENTED)).isTrue();
    assertThat(d.has(FindingKind.SURROGATE_CONSENT)).isTrue();
  }

  /** Gillick v West Norfolk and Wisbech AHA [1986]: a competent child's own decision stands over a parent's refusal. */
  @Test
  void aGillickCompetentChildsConsentStandsOverHerMothersRefusal() {
    PurposeDecision d = exercise.answers().get(3);

    assertThat(d.allowed()).isTrue();
    assertThat(d.has(FindingKind.OWN_CONSENT)).isTrue();
    assertThat(d.has(FindingKind.OVERRIDES_PARENTAL_REFUSAL)).isTrue();
  }

  @Test
  void showsExactlyTheReasonsTheGateGives() {
    Transcripts run = Transcripts.of(exercise);

    List<String> fromTheGate = exercise.answers().stream()
        .flatMap(d -> d.reasons().stream()).map(Reason::rule).toList();
    assertThat(run.rules()).isEqualTo(fromTheGate);
    assertThat(run.text()).contains("[consent.gate.needs-assent]", "[consent.gate.assent]", "[consent.gate.dissented]",
        "[consent.gate.capable-overrides-refusal]", "source: Gillick v West Norfolk");
  }

  @Test
  void printsEachSituationBeforeItsAnswer() {
    String text = Transcripts.of(exercise).text();

    assertThat(text).containsSubsequence(
        "SITUATION: 1.", "GIVEN PHOTOGRAPHY for yp-juniper-14 by adult-rowan-31", "LIBRARY'S ANSWER: no",
        "SITUATION: 2.", "ASSENTED", "LIBRARY'S ANSWER: yes",
        "SITUATION: 3.", "DISSENTED", "LIBRARY'S ANSWER: no",
        "SITUATION: 4.", "REFUSED", "capacity assessment ca-juniper-01", "CAPABLE (every criterion met)",
        "LIBRARY'S ANSWER: yes");
  }

  @Test
  void printsTheSameTextEveryRun() {
    assertThat(Transcripts.of(exercise).text()).isEqualTo(Transcripts.of(new PhotographConsentExercise()).text());
  }
}
