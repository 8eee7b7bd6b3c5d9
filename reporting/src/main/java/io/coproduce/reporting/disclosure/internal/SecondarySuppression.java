package io.coproduce.reporting.disclosure.internal;

import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Sum;
import io.coproduce.reporting.table.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Secondary suppression: given the cells a policy hides because they are small, finds further
 * cells to hide so that no hidden small cell can be worked out from the table's additive
 * relations ({@link Table#sums()}). Stateless and thread-safe.
 *
 * <p>Two steps, repeated until neither changes anything:
 *
 * <ol>
 *   <li><b>No relation hides exactly one cell.</b> Every relation with exactly one hidden cell gets
 *       a second one; a cell lies in several relations (its row's total, its column's total, a
 *       roll-up over layers, a sum column), so hiding one can leave another relation with a single
 *       hidden cell, and the step runs to a fixpoint.
 *   <li><b>No combination of relations pins a small cell.</b> Even when every relation hides two
 *       cells or more, relations taken together can (a "bridge" between two blocks of hidden cells
 *       in a grid, or three cells pairwise in three relations). The audit treats every shown figure
 *       as exact, which is the attacker's best case, and solves the relations over the hidden cells
 *       (Gaussian elimination, modulo the prime 2<sup>31</sup>-1); a small cell whose value the
 *       equations fix is exposed, and one more cell of a relation it lies in is hidden.
 * </ol>
 *
 * <p>Which cell to hide is a fixed order, so the result is deterministic: a non-zero cell before a
 * zero (hiding a zero protects nothing the rounding does not, and it cannot be needed: a relation
 * with one hidden non-zero cell always holds another non-zero cell), a cell that is not a grand
 * total before one that is (a grand total is the total of some relation and part of none), then
 * the smallest value, then the lowest row and column.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  /**
   * The cells to hide besides {@code primary}, in row and column order.
   *
   * @param table the table with its relations
   * @param primary the count cells hidden because they are small
   * @return the further cells to hide, never one of {@code primary}
   */
  public static Set<CellRef> protect(Table table, Set<CellRef> primary) {
    List<Sum> sums = table.sums();
    Map<CellRef, List<Integer>> sumsOf = new HashMap<>();
    Set<CellRef> parts = new HashSet<>();
    for (int i = 0; i < sums.size(); i++) {
      for (CellRef ref : sums.get(i).cells()) {
        sumsOf.computeIfAbsent(ref, k -> new ArrayList<>()).add(i);
      }
      parts.addAll(sums.get(i).parts());
    }
    Comparator<CellRef> cost =
        Comparator.<CellRef>comparingInt(ref -> table.count(ref) == 0 ? 1 : 0)
            .thenComparingInt(ref -> parts.contains(ref) ? 0 : 1)
            .thenComparingLong(table::count)
            .thenComparingInt(CellRef::row)
            .thenComparingInt(CellRef::column);
    Set<CellRef> hidden = new HashSet<>(primary);
    Set<CellRef> added = new TreeSet<>(Comparator.comparingInt(CellRef::row).thenComparingInt(CellRef::column));
    TreeSet<Integer> work = new TreeSet<>();
    for (int i = 0; i < sums.size(); i++) {
      work.add(i);
    }
    while (true) {
      while (!work.isEmpty()) {
        Sum sum = sums.get(work.pollFirst());
        if (sum.cells().stream().filter(hidden::contains).count() == 1) {
          CellRef pick = cheapestVisible(sum.cells(), hidden, cost).orElseThrow();
          hide(pick, hidden, added, sumsOf, work);
        }
      }
      Optional<CellRef> exposed = LinearAudit.firstDetermined(sums, hidden, primary);
      if (exposed.isEmpty()) {
        return added;
      }
      Set<CellRef> near = new LinkedHashSet<>();
      for (int i : sumsOf.get(exposed.get())) {
        near.addAll(sums.get(i).cells());
      }
      Optional<CellRef> pick = cheapestVisible(near, hidden, cost);
      if (pick.isEmpty()) {
        Set<CellRef> all = new LinkedHashSet<>(sumsOf.keySet());
        pick = cheapestVisible(all, hidden, cost);
      }
      // the audit only reports a cell it can fix from shown figures, so some cell is still shown
      hide(pick.orElseThrow(), hidden, added, sumsOf, work);
    }
  }

  private static Optional<CellRef> cheapestVisible(
      java.util.Collection<CellRef> cells, Set<CellRef> hidden, Comparator<CellRef> cost) {
    return cells.stream().filter(ref -> !hidden.contains(ref)).min(cost);
  }

  private static void hide(
      CellRef ref,
      Set<CellRef> hidden,
      Set<CellRef> added,
      Map<CellRef, List<Integer>> sumsOf,
      TreeSet<Integer> work) {
    hidden.add(ref);
    added.add(ref);
    work.addAll(sumsOf.getOrDefault(ref, List.of()));
  }
}
