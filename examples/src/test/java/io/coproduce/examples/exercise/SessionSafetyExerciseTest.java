package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSafetyExerciseTest {

  private final SessionSafetyExercise exercise = new SessionSafetyExercise();

  /** NSPCC ratios (2023), DBS regulated activity (2024), Working Together (2023): the planted faults are found. */
  @Test
  void findsEveryPlantedFault() {
    SessionCheck planned = exercise.answers().get(0);

    assertThat(planned.blocks()).isTrue();
    assertThat(planned.byRule(SessionChecker.RATIO_RULE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKER));
    assertThat(planned.byRule(SessionChecker.MIXED_AGES_RULE)).hasSize(1);
    assertThat(planned.hasFinding(SessionChecker.ALONE_RULE, io.coproduce.core.id.PersonId.parse("vol-oak-22"))).isTrue();
    assertThat(planned.hasFinding(SessionChecker.ADULT_AGE_RULE, io.coproduce.core.id.PersonId.parse("vol-teen-17")))
        .isTrue();
  }

  @Test
  void consentIsInOrderSoTheFaultsAreElsewhere() {
    for (SessionCheck check : exercise.answers()) {
      assertThat(check.findings()).noneMatch(f -> f.rule().startsWith("consent."));
    }
  }

  @Test
  void theCorrectedSessionMayRun() {
    SessionCheck corrected = exercise.answers().get(1);

    assertThat(corrected.blocks()).isFalse();
    assertThat(corrected.findings(Severity.WARNING)).isEmpty();
    assertThat(corrected.findings()).noneMatch(f -> f.rule().startsWith("supervision.") || f.rule().startsWith("vetting.")
        || f.rule().startsWith("safeguarding."));
  }

  @Test
  void showsExactlyTheFindingsTheCheckerGives() {
    Transcripts run = Transcripts.of(exercise);

    List<String> fromTheChecker = exercise.answers().stream()
        .flatMap(c -> c.findings().stream()).map(Finding::rule).toList();
    assertThat(run.rules()).isEqualTo(fromTheChecker);
    assertThat(run.text()).containsSubsequence("SITUATION: 1.", "LIBRARY'S ANSWER: NOT safe to run as planned",
        "BLOCKER [supervision.ratio]", "SITUATION: 2.", "LIBRARY'S ANSWER: safe to run");
  }

  @Test
  void describesThePlanFromItsOwnValues() {
    String text = Transcripts.of(exercise).text();

    assertThat(text).contains("14 young people", "yp-hazel-07 (7)", "yp-maple-19 (19)",
        "adult vol-teen-17: VOLUNTEER, aged 17, check NONE", "may be left alone with children",
        "no safeguarding decision recorded", "mixed-age safeguarding decision sg-decision-0412");
  }
}
