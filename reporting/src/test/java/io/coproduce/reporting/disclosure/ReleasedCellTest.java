package io.coproduce.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.coproduce.reporting.table.Cell;
import org.junit.jupiter.api.Test;

class ReleasedCellTest {

  @Test
  void shownCellsCarryTheirValueAndReliability() {
    assertThat(ReleasedCell.shown(Cell.count(10))).isEqualTo(new ReleasedCell.Shown(Cell.count(10), false));
    assertThat(ReleasedCell.unreliable(Cell.number(4.5)).unreliable()).isTrue();
  }

  @Test
  void suppressedCellsCarryTheirReasonForTheTallies() {
    assertThat(ReleasedCell.suppressed(Suppression.SECONDARY).why()).isEqualTo(Suppression.SECONDARY);
    assertThat(ReleasedCell.SUPPRESSED_MARK).isEqualTo("*");
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> ReleasedCell.shown(null));
    assertThatNullPointerException().isThrownBy(() -> ReleasedCell.suppressed(null));
  }
}
