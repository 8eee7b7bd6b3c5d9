package io.coproduce.reporting.aggregate.internal;

import java.util.Arrays;

/**
 * The exact people of every cell of a small grid of groups, as one bitset laid out block by block:
 * the 64 person codes {@code 64b .. 64b + 63} of all cells sit side by side in words
 * {@code b * cells .. b * cells + cells - 1}. A run of nearby person codes therefore touches one
 * contiguous stretch of memory whatever their cells, so a batch of events can be sorted by that
 * stretch (a counting sort on the high bits of each event's bit position) and then set while the
 * stretch is in the processor's cache, instead of scattering every write over the whole bitset.
 *
 * <p>It costs one bit per cell and person code below its universe, fixed when it is made or grown,
 * never per event; it is worth it only when the grid is dense (the aggregator uses it when a
 * batch has about as many events as the grid has words) and is limited to {@link #MAX_BYTES}.
 * Merging is a word-by-word OR. Not thread-safe.
 */
public final class PeopleGrid {
  /** The largest grid made or grown, in bytes (so that every bit position fits an {@code int}). */
  public static final long MAX_BYTES = 64L << 20;
  /**
   * The most events {@link #add} takes at once: a batch is sorted a million events at a time,
   * in two scratch arrays of that many {@code int}s (8 MiB, made on first use and kept).
   */
  public static final int CHUNK = 1 << 20;
  // Events are sorted into stretches of 2^STRETCH_BITS bits (2 KiB): measured on 10M events over
  // a 37.5 MB grid, a million events sorted into stretches this fine set their bits in about
  // half the time of an unsorted pass, and coarser sorts or smaller chunks gain little.
  private static final int STRETCH_BITS = 14;
  // A grid this small stays in cache anyway: bits are set directly, without sorting.
  static final long UNSORTED_BYTES = 1L << 20;

  private final int cells;
  private long[] words;
  private int blocks;
  private int[] packed;
  private int[] sorted;
  private int[] stretchStart;

  private PeopleGrid(int cells, int blocks) {
    this.cells = cells;
    this.blocks = blocks;
    this.words = new long[cells * blocks];
  }

  /**
   * Returns whether a grid of {@code cells} cells and person codes below {@code universe} would
   * be within {@link #MAX_BYTES}.
   */
  public static boolean fits(int cells, long universe) {
    return cells > 0 && universe >= 0 && bytes(cells, blocksFor(universe)) <= MAX_BYTES;
  }

  /** Returns the number of 64-bit words a grid of {@code cells} cells and codes below {@code universe} needs. */
  public static long wordsFor(int cells, long universe) {
    return (long) cells * blocksFor(universe);
  }

  /**
   * An empty grid of {@code cells} cells for person codes below {@code universe}.
   *
   * @throws IllegalArgumentException when it would not {@link #fits fit}
   */
  public static PeopleGrid of(int cells, long universe) {
    if (!fits(cells, universe)) {
      throw new IllegalArgumentException("grid too large: " + cells + " cells x " + universe + " codes");
    }
    return new PeopleGrid(cells, (int) blocksFor(universe));
  }

  private static long blocksFor(long universe) {
    return Math.max(1, (universe + 63) >>> 6);
  }

  private static long bytes(int cells, long blocks) {
    return cells * blocks * 8;
  }

  /** Returns the number of cells. */
  public int cells() {
    return cells;
  }

  /** Returns the person codes it holds without growing: codes below this. */
  public long universe() {
    return (long) blocks << 6;
  }

  /**
   * Makes room for person codes below {@code universe}; returns {@code false}, changing nothing,
   * when that would exceed {@link #MAX_BYTES}.
   */
  public boolean growTo(long universe) {
    long need = blocksFor(universe);
    if (need <= blocks) {
      return true;
    }
    long target = Math.max(need, blocks + (blocks >> 2));
    if (bytes(cells, target) > MAX_BYTES) {
      target = need;
      if (bytes(cells, target) > MAX_BYTES) {
        return false;
      }
    }
    words = Arrays.copyOf(words, (int) (cells * target));
    blocks = (int) target;
    return true;
  }

  /**
   * A scratch array of at least {@code n} (at most {@link #CHUNK}) {@code int}s the caller may
   * fill with cells and pass to {@link #add} as {@code cellOf} (which may overwrite it), so no
   * array of its own is needed. Kept, and grown only when a larger one is asked for.
   */
  public int[] cellBuffer(int n) {
    if (packed == null || packed.length < n) {
      packed = new int[Math.min(CHUNK, Math.max(n, 1024))];
    }
    return packed;
  }

  /**
   * Adds, for {@code i} in {@code 0 .. n-1}, person {@code persons[from + i]} to cell
   * {@code cellOf[i]}; {@code n} is at most {@link #CHUNK}. Every person code must be below
   * {@link #universe()} and every cell below {@link #cells()} (the caller has checked).
   * {@code cellOf} may be the {@link #cellBuffer()}, whose contents are then overwritten.
   */
  public void add(int[] cellOf, int[] persons, int from, int n) {
    if (n > CHUNK) {
      throw new IllegalArgumentException("at most " + CHUNK + " events at a time, not " + n);
    }
    long[] w = words;
    int c = cells;
    if ((long) w.length * 8 <= UNSORTED_BYTES) {
      for (int i = 0; i < n; i++) {
        int p = persons[from + i];
        int word = (p >>> 6) * c + cellOf[i];
        w[word] |= 1L << p;
      }
      return;
    }
    int[] bits = cellBuffer(n);
    if (sorted == null || sorted.length < n) {
      sorted = new int[bits.length];
    }
    int stretches = (int) (((long) w.length << 6) >>> STRETCH_BITS) + 1;
    if (stretchStart == null || stretchStart.length < stretches + 1) {
      stretchStart = new int[stretches + 1];
    } else {
      Arrays.fill(stretchStart, 0, stretches + 1, 0);
    }
    int[] start = stretchStart;
    for (int i = 0; i < n; i++) {
      int p = persons[from + i];
      int bit = ((p >>> 6) * c + cellOf[i]) << 6 | (p & 63);
      bits[i] = bit;
      start[(bit >>> STRETCH_BITS) + 1]++;
    }
    for (int s = 0; s < stretches; s++) {
      start[s + 1] += start[s];
    }
    int[] out = sorted;
    for (int i = 0; i < n; i++) {
      int bit = bits[i];
      out[start[bit >>> STRETCH_BITS]++] = bit;
    }
    for (int i = 0; i < n; i++) {
      int bit = out[i];
      w[bit >>> 6] |= 1L << bit;
    }
  }

  /** Returns the number of distinct people of every cell. */
  public long[] sizes() {
    long[] sizes = new long[cells];
    long[] w = words;
    for (int b = 0, base = 0; b < blocks; b++, base += cells) {
      for (int c = 0; c < cells; c++) {
        sizes[c] += Long.bitCount(w[base + c]);
      }
    }
    return sizes;
  }

  /** Returns the people of {@code cell} as a set of their own. */
  public PersonSet peopleOf(int cell) {
    long[] bits = new long[blocks];
    for (int b = 0; b < blocks; b++) {
      bits[b] = words[b * cells + cell];
    }
    return PersonSet.ofBits(bits);
  }

  /**
   * Adds everyone of {@code other} (a grid of the same cells) to this grid; returns {@code false},
   * changing nothing, when this grid cannot grow to {@code other}'s universe.
   */
  public boolean addAll(PeopleGrid other) {
    if (other.cells != cells) {
      throw new IllegalArgumentException("grids of different cells: " + cells + " and " + other.cells);
    }
    if (!growTo(other.universe())) {
      return false;
    }
    long[] w = words;
    long[] o = other.words;
    for (int i = 0; i < o.length; i++) {
      w[i] |= o[i];
    }
    return true;
  }
}
