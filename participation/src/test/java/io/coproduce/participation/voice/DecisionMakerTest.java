package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.BOARD;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionMakerTest {

  @Test
  void aForumDecides() {
    DecisionMaker m = DecisionMaker.forum(BOARD);
    assertThat(m.forumId()).contains(BOARD);
    assertThat(m.roleCode()).isEmpty();
    assertThat(m).hasToString("forum forum-board");
  }

  @ParameterizedTest
  @ValueSource(strings = {"commissioner", "trust-board", "icb.board", "DCS_2026"})
  void aRoleDecidesByItsCode(String code) {
    DecisionMaker m = DecisionMaker.role(code);
    assertThat(m.roleCode()).contains(code);
    assertThat(m.forumId()).isEmpty();
    assertThat(m).hasToString("role " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Jane Smith", "jane@example.org", "-board", "director of children's services"})
  void refusesARoleThatIsNotACodeAndWithholdsIt(String code) {
    InvalidInputException e = rejectionOf(() -> DecisionMaker.role(code));
    assertThat(e.field()).isEqualTo("decisionMaker.role");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("@");
  }

  @Test
  void isEitherAForumOrARole() {
    assertThat(rejectionOf(() -> new DecisionMaker(BOARD, "commissioner")).field()).isEqualTo("decisionMaker");
    assertThat(rejectionOf(() -> new DecisionMaker(null, null)).field()).isEqualTo("decisionMaker");
  }
}
