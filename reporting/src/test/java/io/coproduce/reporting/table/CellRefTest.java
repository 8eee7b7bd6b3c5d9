package io.coproduce.reporting.table;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellRefTest {

  @Test
  void refusesNegativePositions() {
    assertThat(CellRef.of(0, 0)).isEqualTo(new CellRef(0, 0));
    assertThat(rejectionOf(() -> CellRef.of(-1, 0)).field()).isEqualTo("cellRef.row");
    assertThat(rejectionOf(() -> CellRef.of(0, -1)).field()).isEqualTo("cellRef.column");
  }

  @Test
  void aSumHoldsPartsAndNeverItsTotal() {
    Sum sum = new Sum(CellRef.of(2, 1), List.of(CellRef.of(0, 1), CellRef.of(1, 1)));

    assertThat(sum.cells()).containsExactly(CellRef.of(2, 1), CellRef.of(0, 1), CellRef.of(1, 1));
    assertThat(rejectionOf(() -> new Sum(CellRef.of(0, 0), List.of())).field()).isEqualTo("sum.parts");
    assertThat(rejectionOf(() -> new Sum(CellRef.of(0, 0), List.of(CellRef.of(0, 0)))).rule())
        .isEqualTo("must not hold the total itself");
  }
}
