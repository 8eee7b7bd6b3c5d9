package io.coproduce.participation.joint;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.joint.JointWorld.GREEN_PAPER;
import static io.coproduce.participation.joint.JointWorld.O1;
import static io.coproduce.participation.joint.JointWorld.OFSTED;
import static io.coproduce.participation.joint.JointWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JointAreaTest {

  private static final JointAreaId ID = JointAreaId.parse("ja-1");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2025-08-31, false", "2025-09-01, true", "2026-07-31, true", "2026-08-01, false"})
  void isActiveFromItsFirstToItsLastDayInclusive(LocalDate date, boolean active) {
    assertThat(OFSTED.activeOn(date)).isEqualTo(active);
  }

  @Test
  void withoutAPlannedEndItStaysActive() {
    assertThat(GREEN_PAPER.lastDay()).isEmpty();
    assertThat(GREEN_PAPER.activeOn(LocalDate.of(2040, 1, 1))).isTrue();
    assertThat(OFSTED.lastDay()).contains(LocalDate.of(2026, 7, 31));
  }

  @Test
  void holdsObjectivesInIdOrderAndMayHaveNone() {
    JointArea area = JointArea.from(ID, "Evidence", List.of(ObjectiveId.parse("o-b"), ObjectiveId.parse("o-a")),
        START);
    assertThat(area.objectives()).extracting(ObjectiveId::value).containsExactly("o-a", "o-b");
    assertThat(OFSTED.objectives()).isEmpty();
    assertThat(GREEN_PAPER.objectives()).containsExactly(O1);
  }

  @Test
  void acceptsAOneDayArea() {
    assertThat(JointArea.between(ID, "Summit", List.of(), START, START).activeOn(START)).isTrue();
  }

  @Test
  void refusesALastDayBeforeTheFirst() {
    var e = rejectionOf(() -> JointArea.between(ID, "Evidence", List.of(), START, START.minusDays(1)));
    assertThat(e.field()).isEqualTo("jointArea.until");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Line one\nline two", "Tab\there"})
  void refusesABlankOrMultiLineLabelWithoutRepeatingIt(String label) {
    var e = rejectionOf(() -> JointArea.from(ID, label, List.of(), START));
    assertThat(e.field()).isEqualTo("jointArea.label");
    assertThat(e.offendingValue()).contains("ja-1");
    if (!label.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(label);
    }
  }

  @Test
  void refusesALabelLongerThanTheLimit() {
    assertThat(JointArea.from(ID, "x".repeat(JointArea.MAX_LABEL_LENGTH), List.of(), START).label())
        .hasSize(JointArea.MAX_LABEL_LENGTH);
    var e = rejectionOf(() -> JointArea.from(ID, "x".repeat(JointArea.MAX_LABEL_LENGTH + 1), List.of(), START));
    assertThat(e.field()).isEqualTo("jointArea.label");
  }

  @Test
  void describesItselfWithoutItsLabel() {
    assertThat(OFSTED.toString()).isEqualTo("JointArea[ja-ofsted, 2025-09-01..2026-07-31]").doesNotContain("Ofsted");
    assertThat(GREEN_PAPER.toString()).isEqualTo("JointArea[ja-green-paper, 2025-09-01..]");
  }
}
