package io.coproduce.reporting.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Sum;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit behind secondary suppression (SDC practice: no hidden cell recoverable from totals). */
class LinearAuditTest {

  static CellRef c(int row, int column) {
    return CellRef.of(row, column);
  }

  static Sum sum(CellRef total, CellRef... parts) {
    return new Sum(total, List.of(parts));
  }

  static final CellRef X = c(0, 0);
  static final CellRef Y = c(0, 1);
  static final CellRef Z = c(0, 2);

  @Test
  void aCellAloneInARelationIsFixed() {
    List<Sum> sums = List.of(sum(c(1, 0), X, Y));

    assertThat(LinearAudit.firstDetermined(sums, Set.of(X), Set.of(X))).contains(X);
  }

  @Test
  void twoHiddenCellsInOneRelationAreNotFixed() {
    List<Sum> sums = List.of(sum(c(1, 0), X, Y));

    assertThat(LinearAudit.firstDetermined(sums, Set.of(X, Y), Set.of(X))).isEmpty();
  }

  @Test
  void threeCellsPairwiseInThreeRelationsAreFixed() {
    List<Sum> sums = List.of(sum(c(1, 0), X, Y), sum(c(1, 1), Y, Z), sum(c(1, 2), X, Z));

    assertThat(LinearAudit.firstDetermined(sums, Set.of(X, Y, Z), Set.of(Y, Z))).contains(Y);
    assertThat(LinearAudit.firstDetermined(sums, Set.of(X, Y, Z, c(1, 0)), Set.of(X, Y, Z))).isEmpty();
  }

  @Test
  void aBridgeBetweenTwoHiddenBlocksOfAGridIsFixed() {
    // rows r0..r3 and columns k0..k3 of a 4 by 4 grid; cell (r, k) at CellRef(r, k); row totals at
    // column 4, column totals at row 4. Two hidden 2x2 blocks joined by the cell (0, 2).
    List<Sum> sums = new java.util.ArrayList<>();
    for (int r = 0; r < 4; r++) {
      sums.add(sum(c(r, 4), c(r, 0), c(r, 1), c(r, 2), c(r, 3)));
    }
    for (int k = 0; k < 4; k++) {
      sums.add(sum(c(4, k), c(0, k), c(1, k), c(2, k), c(3, k)));
    }
    Set<CellRef> blocks =
        Set.of(c(0, 0), c(0, 1), c(1, 0), c(1, 1), c(2, 2), c(2, 3), c(3, 2), c(3, 3));
    Set<CellRef> withBridge = new java.util.HashSet<>(blocks);
    withBridge.add(c(0, 2));

    assertThat(LinearAudit.firstDetermined(sums, blocks, blocks)).isEmpty();
    assertThat(LinearAudit.firstDetermined(sums, withBridge, Set.of(c(0, 2)))).contains(c(0, 2));
    assertThat(LinearAudit.firstDetermined(sums, withBridge, blocks)).isEmpty();
  }

  @Test
  void reportsTheFirstFixedCellInRowAndColumnOrder() {
    List<Sum> sums = List.of(sum(c(5, 0), c(3, 0), c(3, 1)), sum(c(5, 1), c(1, 2), c(1, 3)));
    Set<CellRef> hidden = Set.of(c(3, 0), c(1, 2), c(1, 3));

    assertThat(LinearAudit.firstDetermined(sums, hidden, hidden)).contains(c(3, 0));
    assertThat(LinearAudit.firstDetermined(sums, Set.of(c(3, 0), c(1, 2)), Set.of(c(3, 0), c(1, 2))))
        .contains(c(1, 2));
  }

  @Test
  void reducesToReducedRowEchelonForm() {
    long p = LinearAudit.PRIME;
    long[][] m = {{0, 2, 4}, {1, 1, 1}, {2, 2, 2}};

    int[] pivots = LinearAudit.reduce(m, 3);

    assertThat(pivots).containsExactly(0, 1, -1);
    assertThat(m[0]).containsExactly(1, 0, p - 1);
    assertThat(m[1]).containsExactly(0, 1, 2);
    assertThat(m[2]).containsExactly(0, 0, 0);
  }
}
