package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.FeedbackStatus;
import io.coproduce.participation.voice.OverdueFeedback;
import io.coproduce.participation.voice.VoiceRecord;
import io.coproduce.participation.voice.VoiceRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueFeedbackExerciseTest {

  private final OverdueFeedbackExercise exercise = new OverdueFeedbackExercise();

  /** The forum's own 14-day period (organisation policy) and the library's 28-day default both apply. */
  @Test
  void twoContributorsAreStillWaiting() {
    List<OverdueFeedback> overdue = exercise.answers();

    assertThat(overdue).extracting(OverdueFeedback::contribution)
        .containsExactly(ContributionId.parse("c-103"), ContributionId.parse("c-104"));
    assertThat(overdue).extracting(OverdueFeedback::daysOverdue).containsExactly(11L, 6L);
    assertThat(overdue.get(0).source().kind()).isEqualTo(RuleSource.Kind.ORGANISATION_POLICY);
    assertThat(overdue.get(1).source()).isEqualTo(VoiceRules.DEFAULT_PERIOD_SOURCE);
  }

  @Test
  void lateFeedbackIsNotOverdueAndFutureDeadlinesAreNotYetDue() {
    VoiceRecord record = exercise.record();

    assertThat(record.feedbackStatus(ContributionId.parse("c-101"), OverdueFeedbackExercise.AS_OF))
        .isEqualTo(FeedbackStatus.DELIVERED_ON_TIME);
    assertThat(record.feedbackStatus(ContributionId.parse("c-102"), OverdueFeedbackExercise.AS_OF))
        .isEqualTo(FeedbackStatus.DELIVERED_LATE);
    assertThat(record.feedbackStatus(ContributionId.parse("c-105"), OverdueFeedbackExercise.AS_OF))
        .isEqualTo(FeedbackStatus.NOT_YET_DUE);
  }

  @Test
  void showsExactlyTheOverdueFindingsTheRecordGives() {
    Transcripts run = Transcripts.of(exercise);

    assertThat(run.rules()).containsExactly(VoiceRules.FEEDBACK_OVERDUE, VoiceRules.FEEDBACK_OVERDUE);
    assertThat(run.answers()).contains("2 of 5 contributions are owed overdue feedback", "c-102: DELIVERED_LATE",
        "c-103: OVERDUE", exercise.answers().get(0).toFinding().reason().explanation());
  }
}
