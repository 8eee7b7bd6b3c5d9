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
 * zero, then the smallest value, then the lowest row and column. That order alone keeps totals
 * shown wherever it can: a relation's total is at least each of its parts, and strictly more than
 * every shown part once a non-zero part is hidden, so a total (and the grand total above all) is
 * hidden only when every shown part of the relation is zero. Zeros are never needed by the first
 * step (a relation with one hidden non-zero cell always holds a shown non-zero cell: its total, or
 * a part if the hidden cell is the total); the audit looks for a non-zero cell in the relations
 * around the exposed cell, then one relation further out, and so on, and hides a zero only if the
 * table has no shown non-zero cell left in any relation.
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
    for (int i = 0; i < sums.size(); i++) {
      for (CellRef ref : sums.get(i).cells()) {
        sumsOf.computeIfAbsent(ref, k -> new ArrayList<>()).add(i);
      }
    }
    Comparator<CellRef> cost =
        Comparator.<CellRef>comparingInt(ref -> table.count(ref) == 0 ? 1 : 0)
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
      Optional<CellRef> pick = nearestNonZero(exposed.get(), table, sums, sumsOf, hidden, cost);
      if (pick.isEmpty()) {
        pick = cheapestVisible(sumsOf.keySet(), hidden, cost);
      }
      // the audit only reports a cell it can fix from shown figures, so some cell is still shown
      hide(pick.orElseThrow(), hidden, added, sumsOf, work);
    }
  }

  /**
   * The cheapest shown non-zero cell of the relations holding {@code exposed}; failing that, of
   * the relations one step further out, and so on.
   */
  private static Optional<CellRef> nearestNonZero(
      CellRef exposed,
      Table table,
      List<Sum> sums,
      Map<CellRef, List<Integer>> sumsOf,
      Set<CellRef> hidden,
      Comparator<CellRef> cost) {
    Set<CellRef> seen = new HashSet<>(List.of(exposed));
    Set<Integer> usedSums = new HashSet<>();
    List<CellRef> frontier = List.of(exposed);
    while (!frontier.isEmpty()) {
      Set<CellRef> ring = new LinkedHashSet<>();
      for (CellRef ref : frontier) {
        for (int i : sumsOf.getOrDefault(ref, List.of())) {
          if (usedSums.add(i)) {
            ring.addAll(sums.get(i).cells());
          }
        }
      }
      ring.removeAll(seen);
      seen.addAll(ring);
      Optional<CellRef> pick =
          ring.stream().filter(ref -> !hidden.contains(ref) && table.count(ref) > 0).min(cost);
      if (pick.isPresent()) {
        return pick;
      }
      frontier = List.copyOf(ring);
    }
    return Optional.empty();
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
