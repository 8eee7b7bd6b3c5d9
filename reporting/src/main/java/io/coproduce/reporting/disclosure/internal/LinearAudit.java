package io.coproduce.reporting.disclosure.internal;

import io.coproduce.reporting.table.CellRef;
import io.coproduce.reporting.table.Sum;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds a hidden cell whose value the additive relations fix when every shown figure is taken as
 * exact: the cell's unit vector lies in the row space of the relations restricted to the hidden
 * cells. Works one connected block of hidden cells at a time (cells linked by a relation), with
 * Gaussian elimination modulo the prime 2<sup>31</sup>-1, which agrees with elimination over the
 * rationals for the small coefficient matrices tables give (entries 0, 1 and -1). Stateless and
 * thread-safe.
 */
public final class LinearAudit {

  static final long PRIME = 2_147_483_647L;

  private LinearAudit() {}

  /**
   * The first cell of {@code watched} (in row and column order) whose value the relations fix.
   *
   * @param sums the table's additive relations
   * @param hidden every hidden cell
   * @param watched the hidden cells that must not be fixed (the small ones)
   * @return the first fixed cell of {@code watched}, if any
   */
  public static Optional<CellRef> firstDetermined(
      List<Sum> sums, Set<CellRef> hidden, Set<CellRef> watched) {
    Comparator<CellRef> order =
        Comparator.comparingInt(CellRef::row).thenComparingInt(CellRef::column);
    // blocks of hidden cells linked by relations (union-find over positions)
    Map<CellRef, CellRef> parent = new HashMap<>();
    for (CellRef ref : hidden) {
      parent.put(ref, ref);
    }
    List<List<CellRef>> hiddenOfSum = new ArrayList<>(sums.size());
    for (Sum sum : sums) {
      List<CellRef> inSum = sum.cells().stream().filter(hidden::contains).toList();
      hiddenOfSum.add(inSum);
      for (int i = 1; i < inSum.size(); i++) {
        union(parent, inSum.get(0), inSum.get(i));
      }
    }
    Map<CellRef, List<Integer>> sumsOfBlock = new TreeMap<>(order);
    for (int s = 0; s < sums.size(); s++) {
      if (!hiddenOfSum.get(s).isEmpty()) {
        sumsOfBlock.computeIfAbsent(find(parent, hiddenOfSum.get(s).get(0)), k -> new ArrayList<>()).add(s);
      }
    }
    Optional<CellRef> first = Optional.empty();
    for (Map.Entry<CellRef, List<Integer>> block : sumsOfBlock.entrySet()) {
      Optional<CellRef> found = determinedIn(block.getValue(), sums, hiddenOfSum, watched, order);
      if (found.isPresent() && (first.isEmpty() || order.compare(found.get(), first.get()) < 0)) {
        first = found;
      }
    }
    return first;
  }

  private static Optional<CellRef> determinedIn(
      List<Integer> blockSums,
      List<Sum> sums,
      List<List<CellRef>> hiddenOfSum,
      Set<CellRef> watched,
      Comparator<CellRef> order) {
    Map<CellRef, Integer> column = new TreeMap<>(order);
    for (int s : blockSums) {
      for (CellRef ref : hiddenOfSum.get(s)) {
        column.putIfAbsent(ref, 0);
      }
    }
    List<CellRef> cells = new ArrayList<>(column.keySet());
    for (int i = 0; i < cells.size(); i++) {
      column.put(cells.get(i), i);
    }
    int n = cells.size();
    long[][] m = new long[blockSums.size()][n];
    for (int r = 0; r < blockSums.size(); r++) {
      Sum sum = sums.get(blockSums.get(r));
      for (CellRef ref : hiddenOfSum.get(blockSums.get(r))) {
        m[r][column.get(ref)] = ref.equals(sum.total()) ? 1 : PRIME - 1;
      }
    }
    int[] pivotRowOf = reduce(m, n);
    for (int c = 0; c < n; c++) {
      if (pivotRowOf[c] >= 0 && watched.contains(cells.get(c)) && alone(m[pivotRowOf[c]], c)) {
        return Optional.of(cells.get(c));
      }
    }
    return Optional.empty();
  }

  /** Reduces {@code m} to reduced row echelon form; returns each column's pivot row, or -1. */
  static int[] reduce(long[][] m, int n) {
    int[] pivotRowOf = new int[n];
    java.util.Arrays.fill(pivotRowOf, -1);
    int row = 0;
    for (int c = 0; c < n && row < m.length; c++) {
      int p = row;
      while (p < m.length && m[p][c] == 0) {
        p++;
      }
      if (p == m.length) {
        continue;
      }
      long[] swap = m[p];
      m[p] = m[row];
      m[row] = swap;
      long inverse = power(m[row][c], PRIME - 2);
      for (int j = 0; j < n; j++) {
        m[row][j] = m[row][j] * inverse % PRIME;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != row && m[r][c] != 0) {
          long factor = m[r][c];
          for (int j = 0; j < n; j++) {
            m[r][j] = Math.floorMod(m[r][j] - factor * m[row][j] % PRIME, PRIME);
          }
        }
      }
      pivotRowOf[c] = row;
      row++;
    }
    return pivotRowOf;
  }

  private static boolean alone(long[] row, int c) {
    for (int j = 0; j < row.length; j++) {
      if (j != c && row[j] != 0) {
        return false;
      }
    }
    return true;
  }

  private static long power(long base, long exponent) {
    long result = 1;
    long b = base % PRIME;
    long e = exponent;
    while (e > 0) {
      if ((e & 1) == 1) {
        result = result * b % PRIME;
      }
      b = b * b % PRIME;
      e >>= 1;
    }
    return result;
  }

  private static CellRef find(Map<CellRef, CellRef> parent, CellRef ref) {
    CellRef root = ref;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static void union(Map<CellRef, CellRef> parent, CellRef a, CellRef b) {
    CellRef ra = find(parent, a);
    CellRef rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
