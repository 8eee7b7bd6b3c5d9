package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.VoiceReach;
import io.coproduce.participation.layer.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceReachExerciseTest {

  private final VoiceReachExercise exercise = new VoiceReachExercise();

  /** Lundy (2007), audience: the north group's voice reaches the national forum through two people. */
  @Test
  void onlyTheNorthGroupReachesTheNationalForum() {
    List<VoiceReach> answers = exercise.answers();

    assertThat(answers).extracting(VoiceReach::origin).containsExactlyElementsOf(exercise.localGroups());
    assertThat(answers.get(0).reaches(VoiceReachExercise.NATIONAL_FORUM)).isTrue();
    assertThat(answers.get(0).find(VoiceReachExercise.NATIONAL_FORUM).orElseThrow().carriers())
        .containsExactly(PersonId.parse("yp-ash-16"), PersonId.parse("yp-dell-19"));
    assertThat(answers.get(0).highestLayerReached()).contains(Layer.NATION);
    assertThat(answers.get(1).reached()).as("the south group's link ended early").isEmpty();
    assertThat(answers.get(2).reached()).isEmpty();
  }

  @Test
  void theNationalBoardHearsNoYoungPeople() {
    List<Finding> gaps = exercise.gaps();

    assertThat(gaps).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("representation.none");
      assertThat(f.reason().explanation()).contains("national-board");
    });
    assertThat(exercise.network().hasYoungPeoplesRepresentation(ForumId.parse("lsf-northshire"),
        VoiceReachExercise.DATE, exercise.people())).isTrue();
  }

  @Test
  void showsThePathsAndTheGapsTheNetworkGives() {
    Transcripts run = Transcripts.of(exercise);

    assertThat(run.rules()).isEqualTo(exercise.gaps().stream().map(Finding::rule).toList());
    assertThat(run.answers()).contains("1 of 3 local groups reach nyag")
        .contains("yag-north -(yp-ash-16)-> lsf-northshire -(yp-dell-19)-> nyag")
        .contains("yag-south reaches no other forum").contains("source: Lundy");
    assertThat(run.text()).contains("(not active on 2026-11-23)");
  }
}
