package io.coproduce.reporting.disclosure;

import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Sum;
import io.coproduce.reporting.table.Table;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: someone who knows the policy and the table's structure (which cells add up to
 * which), sees the published table, and works out every true value consistent with it. Shown
 * counts stand for the counts the policy rounds to them, zeros are exact, a {@code *} stands for
 * a count of at least 1 (or, when the attacker also sees why a cell is hidden, 1 to the threshold
 * for a primary cell and above it for a secondary one). Counts are bounded (the attacker is made
 * stronger by the bound, never weaker), and the search is interval propagation over the relations
 * with bisection, so it is exact within the bound.
 */
final class Attacker {

  private final List<Sum> sums;
  private final Map<CellRef, Integer> index = new HashMap<>();
  private final List<CellRef> cells = new ArrayList<>();
  private final BitSet[] start;

  /**
   * @param knowsReasons whether the attacker sees which hidden cells are primary and which secondary
   */
  Attacker(Table truth, PublishedTable published, DisclosurePolicy policy, boolean knowsReasons) {
    this.sums = truth.sums();
    long grand = 0;
    for (int r = 0; r < truth.rows().size(); r++) {
      for (int c = 0; c < truth.columns().size(); c++) {
        if (truth.rows().get(r).get(c) instanceof Cell.Count count) {
          index.put(CellRef.of(r, c), cells.size());
          cells.add(CellRef.of(r, c));
          grand = Math.max(grand, count.value());
        }
      }
    }
    int bound = (int) (3 * grand + 3 * policy.roundingBase() + 30);
    int t = policy.largestSuppressed();
    start = new BitSet[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      CellRef ref = cells.get(i);
      BitSet d = new BitSet(bound + 1);
      ReleasedCell shown = published.rows().get(ref.row()).get(ref.column());
      if (shown instanceof ReleasedCell.Shown s) {
        long v = ((Cell.Count) s.cell()).value();
        if (v == 0) {
          d.set(0);
        } else {
          for (long x = t + 1; x <= Math.min(bound, v + policy.roundingBase() * 2L); x++) {
            if (policy.round(x) == v) {
              d.set((int) x);
            }
          }
        }
      } else {
        Suppression why = ((ReleasedCell.Suppressed) shown).why();
        if (!knowsReasons) {
          d.set(1, bound + 1);
        } else if (why == Suppression.PRIMARY) {
          d.set(1, t + 1);
        } else {
          d.set(t + 1, bound + 1);
        }
      }
      start[i] = d;
    }
  }

  /** The cells of the table's count columns. */
  List<CellRef> cells() {
    return cells;
  }

  /** The count cells whose true value is not among those the attacker considers (none, if sound). */
  List<CellRef> misread(Table truth) {
    List<CellRef> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!start[i].get((int) truth.count(cells.get(i)))) {
        out.add(cells.get(i));
      }
    }
    return out;
  }

  /** Up to {@code enough} values {@code ref} can take in some table consistent with what was published. */
  List<Integer> possibleValues(CellRef ref, int enough) {
    int i = index.get(ref);
    BitSet[] d = copy(start);
    List<Integer> found = new ArrayList<>();
    if (!propagate(d)) {
      return found;
    }
    for (int v = d[i].nextSetBit(0); v >= 0 && found.size() < enough; v = d[i].nextSetBit(v + 1)) {
      BitSet[] trial = copy(d);
      trial[i].clear();
      trial[i].set(v);
      if (feasible(trial)) {
        found.add(v);
      }
    }
    return found;
  }

  private boolean feasible(BitSet[] d) {
    if (!propagate(d)) {
      return false;
    }
    int pick = -1;
    for (int i = 0; i < d.length; i++) {
      int size = d[i].cardinality();
      if (size > 1 && (pick < 0 || size < d[pick].cardinality())) {
        pick = i;
      }
    }
    if (pick < 0) {
      return true;
    }
    int lo = d[pick].nextSetBit(0);
    int hi = d[pick].previousSetBit(d[pick].length());
    int mid = lo + (hi - lo) / 2;
    BitSet[] low = copy(d);
    low[pick].clear(mid + 1, hi + 1);
    if (feasible(low)) {
      return true;
    }
    BitSet[] high = copy(d);
    high[pick].clear(0, mid + 1);
    return feasible(high);
  }

  private boolean propagate(BitSet[] d) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Sum sum : sums) {
        int t = index.get(sum.total());
        long sumLo = 0;
        long sumHi = 0;
        for (CellRef p : sum.parts()) {
          BitSet dp = d[index.get(p)];
          if (dp.isEmpty()) {
            return false;
          }
          sumLo += dp.nextSetBit(0);
          sumHi += dp.previousSetBit(dp.length());
        }
        int before = d[t].cardinality();
        restrict(d[t], sumLo, sumHi);
        if (d[t].isEmpty()) {
          return false;
        }
        changed |= d[t].cardinality() != before;
        long tLo = d[t].nextSetBit(0);
        long tHi = d[t].previousSetBit(d[t].length());
        for (CellRef p : sum.parts()) {
          BitSet dp = d[index.get(p)];
          long pLo = dp.nextSetBit(0);
          long pHi = dp.previousSetBit(dp.length());
          int size = dp.cardinality();
          restrict(dp, tLo - (sumHi - pHi), tHi - (sumLo - pLo));
          if (dp.isEmpty()) {
            return false;
          }
          if (dp.cardinality() != size) {
            changed = true;
            sumLo += dp.nextSetBit(0) - pLo;
            sumHi += dp.previousSetBit(dp.length()) - pHi;
          }
        }
      }
    }
    return true;
  }

  private static void restrict(BitSet d, long lo, long hi) {
    if (lo > 0) {
      d.clear(0, (int) Math.min(lo, d.length()));
    }
    if (hi < d.length() - 1) {
      d.clear((int) Math.max(hi + 1, 0), d.length());
    }
  }

  private static BitSet[] copy(BitSet[] d) {
    BitSet[] out = new BitSet[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = (BitSet) d[i].clone();
    }
    return out;
  }
}
