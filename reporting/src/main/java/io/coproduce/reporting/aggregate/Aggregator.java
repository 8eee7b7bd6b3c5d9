package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.aggregate.internal.LongIntMap;
import io.coproduce.reporting.aggregate.internal.PeopleGrid;
import io.coproduce.reporting.aggregate.internal.PersonSet;
import io.coproduce.reporting.aggregate.internal.VectorCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mergeable accumulator: events per {@link ActivityKind} and exact distinct people per group of
 * a {@link Grouping}, streamed one event at a time ({@link #add(ActivityEvent)}) or in columns of
 * codes ({@link #addColumns(short[][], byte[], int[], int, int)}, the fast path).
 *
 * <p>Memory grows with the number of groups and of distinct people in each group, never with the
 * number of events: a group key packs its dimension codes into one {@code long}, counts live in
 * one {@code long[]}, and each group's people in an exact set of person codes (a small hash set,
 * becoming a bitset of one bit per code once it holds a few thousand). When a columnar batch is
 * dense for a small grid of at most two dimensions (about one event per eight words of a bitset
 * over every cell and person code, at most 64 MiB), the people of all cells are held instead in
 * one bitset laid out person block by person block, and each million events are sorted by the
 * stretch of it they touch before their bits are set, so the writes stay in cache; anything that
 * does not fit that shape (another grid, the object API, a merge with other dictionaries) moves
 * them back to one set per group first. Either way the counts are exact and the same.
 *
 * <p>Columns are checked before anything is counted; with no people to count, the codes and kinds
 * are checked in the same pass that counts them, into a table of its own that is folded in only
 * when every value was good. For one dimension of at most ten codes (a layer, a nation) and
 * batches of a thousand events or more, that pass uses the JDK's Vector API when the host has
 * started the JVM with {@code --add-modules jdk.incubator.vector} (an incubator module in Java
 * 17, so never required), about three times as fast; without it a plain loop gives the same
 * counts.
 *
 * <p>{@link #merge(Aggregator)} is associative and commutative: partials over any split of the
 * events, merged in any grouping and order, give exactly the {@link #result() result} of one pass.
 * Partials that share {@link Dictionaries} merge code by code; others are translated by value.
 *
 * <p>Mutable and not thread-safe: give each thread its own aggregator and merge them.
 */
public final class Aggregator {
  private static final int KINDS = ActivityKind.COUNT;
  private static final ActivityKind[] KIND_VALUES = ActivityKind.values();

  private final Grouping grouping;
  private final Dictionaries dictionaries;
  private final Dimension[] dimensions;
  private final Dictionary<Object>[] dictionary;
  private final boolean countPeople;
  private final LongIntMap groups = new LongIntMap();
  private long[] counts = new long[8 * KINDS];
  private PersonSet[] people = new PersonSet[8];
  // While the people of a dense small grid are held in one PeopleGrid (see addColumns), people[]
  // stays empty and grid cell (a + gridRadix * b) holds the people of the group of codes (a, b).
  private PeopleGrid grid;
  private int gridRadix;

  @SuppressWarnings("unchecked")
  Aggregator(Grouping grouping, Dictionaries dictionaries) {
    this.grouping = grouping;
    this.dictionaries = dictionaries;
    this.dimensions = grouping.dimensions().toArray(new Dimension[0]);
    this.dictionary = new Dictionary[dimensions.length];
    for (int d = 0; d < dimensions.length; d++) {
      dictionary[d] = dictionaries.of(dimensions[d]);
    }
    this.countPeople = grouping.distinctPeople();
  }

  /** Returns the grouping. */
  public Grouping grouping() {
    return grouping;
  }

  /** Returns the dictionaries its codes refer to. */
  public Dictionaries dictionaries() {
    return dictionaries;
  }

  /** Whether people are held in one grid rather than one set per group (for tests). */
  boolean holdsPeopleInGrid() {
    return grid != null;
  }

  /** Returns the number of groups seen so far. */
  public int groupCount() {
    return groups.size();
  }

  /**
   * Adds one event (the object API, for small data).
   *
   * @throws IllegalStateException when the dictionaries are host-numbered (use the columnar API)
   * @throws InvalidInputException when a dictionary is full
   */
  public void add(ActivityEvent event) {
    Objects.requireNonNull(event, "event");
    flatten();
    int person = countPeople ? dictionaries.people().code(event.person()) : 0;
    long key = 0;
    for (int d = 0; d < dimensions.length; d++) {
      key |= (long) dictionary[d].code(dimensions[d].valueOf(event, grouping.periodUnit())) << (16 * d);
    }
    int g = group(key);
    counts[g * KINDS + event.kind().ordinal()]++;
    if (countPeople) {
      people[g].add(person);
    }
  }

  /** Adds every event of {@code events}. */
  public void addAll(Iterable<ActivityEvent> events) {
    Objects.requireNonNull(events, "events");
    for (ActivityEvent e : events) {
      add(e);
    }
  }

  /**
   * Adds events {@code from} (inclusive) to {@code to} (exclusive) given as columns: the fast path.
   * {@code codes[d][i]} is event {@code i}'s code (read unsigned) in the dictionary of the
   * grouping's {@code d}th dimension, {@code kinds[i]} the {@link ActivityKind#ordinal() ordinal}
   * of its kind, and {@code people[i]} its person code ({@link Dictionaries#people()} code, or the
   * host's own number). The whole batch is checked before any of it is counted.
   *
   * @param people the person codes; may be {@code null} when the grouping counts no people
   * @throws InvalidInputException naming {@code columns} when there is not one column per
   *     dimension, a column is shorter than {@code to} or the range is inverted, or
   *     {@code columns.code}, {@code columns.kind} or {@code columns.person} for the first event
   *     whose code is out of range
   */
  public void addColumns(short[][] codes, byte[] kinds, int[] people, int from, int to) {
    checkShape(codes, kinds, people, from, to);
    long cells = 1;
    for (Dictionary<Object> d : dictionary) {
      cells *= Math.max(1, d.size());
    }
    boolean smallGrid = cells <= DIRECT_CELLS && dimensions.length > 0 && dimensions.length <= 2;
    if (smallGrid && !countPeople) {
      // Checks every code and kind while counting into a table of its own, folded in only if all are good.
      addCellCounts(codes, kinds, people, from, to);
      return;
    }
    checkValues(codes, kinds, people, from, to);
    if (!smallGrid) {
      flatten();
      addHashed(codes, kinds, people, from, to);
      return;
    }
    int radix = Math.max(1, dictionary[0].size());
    long universe = universe(people, from, to);
    if (useGrid((int) cells, radix, universe, to - from)) {
      addToGrid(codes, kinds, people, from, to, (int) cells, radix, universe);
      return;
    }
    flatten();
    int[] direct = new int[(int) cells];
    int shift = bucketShift(cells);
    short[] second = dimensions.length == 1 ? null : codes[1];
    for (int start = from; start < to; start += CHUNK) {
      int end = (int) Math.min(to, (long) start + CHUNK);
      groupsOrCells(codes[0], second, kinds, start, end, direct, scratch(), radix, false);
      addPeople(people, start, end, shift);
    }
  }

  /**
   * Whether this batch's people go to one {@link PeopleGrid} over the grid of {@code cells}
   * cells: when the aggregator holds no people yet, or already holds them in a grid of this very
   * shape, and the grid fits and is dense for the batch (at least one event per eight of its
   * words, so the grid costs at most 64 bytes per event of the batch that chose it).
   */
  private boolean useGrid(int cells, int radix, long universe, int events) {
    if (grid != null) {
      return grid.cells() == cells && gridRadix == radix && grid.growTo(universe);
    }
    return groups.size() == 0 && PeopleGrid.fits(cells, universe)
        && (long) events * GRID_WORDS_PER_EVENT >= PeopleGrid.wordsFor(cells, universe);
  }

  private static final int GRID_WORDS_PER_EVENT = 8;

  /** The person codes a grid must hold for this batch: the bound the dictionaries give, or beyond its largest code. */
  private long universe(int[] persons, int from, int to) {
    long bound = dictionaries.isHostNumbered() ? dictionaries.peopleBound() : dictionaries.people().size();
    if (bound > 0) {
      return bound;
    }
    int max = 0;
    for (int i = from; i < to; i++) {
      max = Math.max(max, persons[i]);
    }
    return max + 1L;
  }

  private void addToGrid(short[][] codes, byte[] kinds, int[] persons, int from, int to, int cells, int radix,
      long universe) {
    if (grid == null) {
      grid = PeopleGrid.of(cells, universe);
      gridRadix = radix;
    }
    int[] direct = new int[cells];
    int[] cellOf = grid.cellBuffer(Math.min(to - from, PeopleGrid.CHUNK));
    short[] second = dimensions.length == 1 ? null : codes[1];
    for (int start = from; start < to; start += PeopleGrid.CHUNK) {
      int end = (int) Math.min(to, (long) start + PeopleGrid.CHUNK);
      groupsOrCells(codes[0], second, kinds, start, end, direct, cellOf, radix, true);
      grid.add(cellOf, persons, start, end - start);
    }
  }

  /**
   * Counts the events {@code start..end-1} per group of codes {@code (a, b)} ({@code b} null for
   * one dimension), through the {@code direct} table from grid cell to group, and writes each
   * event's grid cell ({@code cells}) or group index to {@code out}.
   */
  private void groupsOrCells(short[] a, short[] b, byte[] kinds, int start, int end, int[] direct,
      int[] out, int radix, boolean cells) {
    long[] c = counts;
    for (int i = start; i < end; i++) {
      int ca = a[i] & 0xFFFF;
      int cb = b == null ? 0 : b[i] & 0xFFFF;
      int cell = ca + radix * cb;
      int g = direct[cell] - 1;
      if (g < 0) {
        g = group(ca | (long) cb << 16);
        direct[cell] = g + 1;
        c = counts;
      }
      c[g * KINDS + kinds[i]]++;
      out[i - start] = cells ? cell : g;
    }
  }

  /** Moves the people out of the grid into one set per group, leaving the grid behind. */
  private void flatten() {
    if (grid == null) {
      return;
    }
    PeopleGrid held = grid;
    grid = null;
    for (int g = 0; g < groups.size(); g++) {
      people[g] = held.peopleOf(cellOf(groups.keyAt(g)));
    }
  }

  private int cellOf(long key) {
    int a = (int) key & 0xFFFF;
    int b = (int) (key >>> 16) & 0xFFFF;
    return a + gridRadix * b;
  }

  /** The people of group {@code g}, from wherever they are held. */
  private PersonSet peopleOf(int g) {
    return grid == null ? people[g] : grid.peopleOf(cellOf(groups.keyAt(g)));
  }

  // A direct table from the mixed-radix index of a batch's codes to group indexes (0 = not yet
  // looked up, else index + 1) replaces the hash look-up per event while the grid is small.
  private static final long DIRECT_CELLS = 1 << 16;
  // Events are taken a chunk at a time: group indexes first, then people bucketed by the high
  // bits of their code, so the bitsets of every group are touched one narrow band of codes at a
  // time (few cache and TLB misses) instead of at random. The scratch is fixed, whatever the
  // number of events.
  static final int CHUNK = 1 << 18;
  private static final int BAND_BYTES = 1 << 20;
  private int[] groupScratch;
  private long[] pairScratch;

  private static int bucketShift(long groupsAtMost) {
    long bitsPerGroup = Math.max(64, BAND_BYTES * 8L / groupsAtMost);
    return 63 - Long.numberOfLeadingZeros(bitsPerGroup);
  }

  // Events only: count per cell of the batch's small grid (the primitive pass itself), then fold
  // the cells that saw events into their groups. Codes and kinds are checked in the same pass: a
  // code beyond its dictionary is counted in an extra row or column (Math.min), a kind in the
  // spare fourth slot or in the bits it ORs together; any such count means a bad batch, which
  // checkValues then names, with nothing folded in.
  private void addCellCounts(short[][] codes, byte[] kinds, int[] persons, int from, int to) {
    if (dimensions.length == 1 && KINDS == VectorCounts.KINDS && VectorCounts.suits(dictionary[0].size(), to - from)) {
      addVectorCounts(codes, kinds, persons, from, to);
      return;
    }
    int ra = Math.max(1, dictionary[0].size());
    int rb = dimensions.length == 1 ? 0 : Math.max(1, dictionary[1].size());
    int sa = dictionary[0].size();
    int sb = dimensions.length == 1 ? 0 : dictionary[1].size();
    int wide = ra + 1;
    int[] table = new int[wide * (rb + 1) * 4];
    int kindBits = dimensions.length == 1
        ? countOne(codes[0], kinds, from, to, sa, table)
        : countTwo(codes[0], codes[1], kinds, from, to, sa, sb, wide, table);
    boolean bad = (kindBits & ~3) != 0;
    for (int cell = 0; cell < table.length >> 2 && !bad; cell++) {
      int ca = cell % wide;
      int cb = cell / wide;
      boolean pastDictionary = ca >= sa || (dimensions.length == 2 && cb >= sb);
      int at = cell << 2;
      bad = table[at + 3] != 0 || (pastDictionary && (table[at] | table[at + 1] | table[at + 2]) != 0);
    }
    if (bad) {
      checkValues(codes, kinds, persons, from, to);
      throw new IllegalStateException("a bad code or kind was counted but not found");
    }
    for (int cell = 0; cell < table.length >> 2; cell++) {
      int at = cell << 2;
      addKinds(dimensions.length == 1 ? cell : (cell % wide) | (long) (cell / wide) << 16,
          table[at], table[at + 1], table[at + 2]);
    }
  }

  /** Adds events of each of the three kinds to the group of {@code key}, making it only if some were seen. */
  private void addKinds(long key, long tookPart, long contributed, long heardBack) {
    if ((tookPart | contributed | heardBack) == 0) {
      return;
    }
    int g = group(key) * KINDS;
    counts[g] += tookPart;
    counts[g + 1] += contributed;
    counts[g + 2] += heardBack;
  }

  /** As {@link #addCellCounts}, for one dimension of a few codes, with the Vector API. */
  private void addVectorCounts(short[][] codes, byte[] kinds, int[] persons, int from, int to) {
    int size = dictionary[0].size();
    long[] byCode = new long[size * KINDS];
    if (!VectorCounts.count(codes[0], kinds, from, to, size, byCode)) {
      checkValues(codes, kinds, persons, from, to);
      throw new IllegalStateException("a bad code or kind was counted but not found");
    }
    for (int code = 0; code < size; code++) {
      int at = code * KINDS;
      addKinds(code, byCode[at], byCode[at + 1], byCode[at + 2]);
    }
  }

  // The counting loops are small static methods of their own, so the JIT compiles each fully.
  private static int countOne(short[] a, byte[] kinds, int from, int to, int sa, int[] table) {
    int kindBits = 0;
    for (int i = from; i < to; i++) {
      byte k = kinds[i];
      table[Math.min(a[i] & 0xFFFF, sa) << 2 | (k & 3)]++;
      kindBits |= k;
    }
    return kindBits;
  }

  private static int countTwo(short[] a, short[] b, byte[] kinds, int from, int to, int sa, int sb, int wide,
      int[] table) {
    int kindBits = 0;
    for (int i = from; i < to; i++) {
      byte k = kinds[i];
      table[(Math.min(a[i] & 0xFFFF, sa) + wide * Math.min(b[i] & 0xFFFF, sb)) << 2 | (k & 3)]++;
      kindBits |= k;
    }
    return kindBits;
  }

  private int[] scratch() {
    if (groupScratch == null) {
      groupScratch = new int[CHUNK];
    }
    return groupScratch;
  }

  private void addPeople(int[] persons, int start, int end, int shift) {
    int[] gs = groupScratch;
    int n = end - start;
    int max = 0;
    for (int i = start; i < end; i++) {
      max = Math.max(max, persons[i]);
    }
    int buckets = (max >>> shift) + 1;
    int[] offsets = new int[buckets + 1];
    for (int i = start; i < end; i++) {
      offsets[(persons[i] >>> shift) + 1]++;
    }
    for (int k = 0; k < buckets; k++) {
      offsets[k + 1] += offsets[k];
    }
    if (pairScratch == null) {
      pairScratch = new long[CHUNK];
    }
    long[] pairs = pairScratch;
    for (int i = 0; i < n; i++) {
      int p = persons[start + i];
      pairs[offsets[p >>> shift]++] = (long) gs[i] << 32 | p;
    }
    PersonSet[] sets = people;
    for (int i = 0; i < n; i++) {
      long pair = pairs[i];
      sets[(int) (pair >>> 32)].add((int) pair);
    }
  }

  private void addHashed(short[][] codes, byte[] kinds, int[] persons, int from, int to) {
    for (int i = from; i < to; i++) {
      long key = 0;
      for (int d = 0; d < codes.length; d++) {
        key |= (long) (codes[d][i] & 0xFFFF) << (16 * d);
      }
      int g = group(key);
      counts[g * KINDS + kinds[i]]++;
      if (countPeople) {
        people[g].add(persons[i]);
      }
    }
  }

  private void checkShape(short[][] codes, byte[] kinds, int[] persons, int from, int to) {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(kinds, "kinds");
    if (codes.length != dimensions.length) {
      throw InvalidInputException.of("columns", "must have one code column per dimension ("
          + dimensions.length + ")", codes.length);
    }
    if (from < 0 || from > to) {
      throw InvalidInputException.of("columns", "range must be 0 <= from <= to", from + ".." + to);
    }
    if (kinds.length < to || (countPeople && (persons == null || persons.length < to))) {
      throw InvalidInputException.of("columns", "every column must hold the range", to);
    }
    for (short[] column : codes) {
      if (column == null || column.length < to) {
        throw InvalidInputException.of("columns", "every column must hold the range", to);
      }
    }
  }

  /**
   * Whether every person code is within range, by one OR over the batch (which the compiler can
   * vectorise): a code below zero, or at or beyond the bound, sets the sign bit.
   */
  private boolean peopleInRange(int[] persons, int from, int to) {
    boolean host = dictionaries.isHostNumbered();
    int bound = host ? dictionaries.peopleBound() : dictionaries.people().size();
    int last = host && bound == 0 ? Integer.MAX_VALUE : bound - 1;
    int bits = 0;
    for (int i = from; i < to; i++) {
      int p = persons[i];
      bits |= p | (last - p);
    }
    return bits >= 0;
  }

  private void checkValues(short[][] codes, byte[] kinds, int[] persons, int from, int to) {
    for (int d = 0; d < codes.length; d++) {
      short[] column = codes[d];
      int size = dictionary[d].size();
      int max = -1;
      for (int i = from; i < to; i++) {
        max = Math.max(max, column[i] & 0xFFFF);
      }
      if (max >= size) {
        throw InvalidInputException.of("columns.code", "must be a code of the "
            + dictionary[d].name() + " dictionary (" + size + " codes)", max);
      }
    }
    int kindMax = 0;
    int kindMin = 0;
    for (int i = from; i < to; i++) {
      kindMax = Math.max(kindMax, kinds[i]);
      kindMin = Math.min(kindMin, kinds[i]);
    }
    if (kindMin < 0 || kindMax >= KINDS) {
      throw InvalidInputException.of("columns.kind", "must be an ActivityKind ordinal", kindMin < 0 ? kindMin : kindMax);
    }
    if (countPeople && to > from && !peopleInRange(persons, from, to)) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int i = from; i < to; i++) {
        min = Math.min(min, persons[i]);
        max = Math.max(max, persons[i]);
      }
      boolean host = dictionaries.isHostNumbered();
      int bound = host ? dictionaries.peopleBound() : dictionaries.people().size();
      if (min < 0) {
        throw InvalidInputException.of("columns.person", "must not be negative", min);
      }
      if ((!host || bound > 0) && max >= bound) {
        throw InvalidInputException.of("columns.person", host
            ? "must be below the host's bound (" + bound + ")" : "must be a code of the person dictionary", max);
      }
    }
  }

  private int group(long key) {
    int g = groups.indexOf(key);
    if (g == people.length) {
      people = Arrays.copyOf(people, g * 2);
      counts = Arrays.copyOf(counts, g * 2 * KINDS);
    }
    if (countPeople && grid == null && people[g] == null) {
      people[g] = new PersonSet(dictionaries.isHostNumbered()
          ? dictionaries.peopleBound() : dictionaries.people().size());
    }
    return g;
  }

  /**
   * Adds everything {@code other} has counted to this aggregator and returns this; {@code other}
   * is left as it was. Codes are translated by value when the two do not share dictionaries.
   *
   * @throws InvalidInputException naming {@code merge.grouping} when the groupings differ,
   *     {@code merge.other} when {@code other} is this aggregator, or {@code merge.people} when one
   *     numbers people by dictionary and the other by the host
   */
  public Aggregator merge(Aggregator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw InvalidInputException.of("merge.other", "must not be the aggregator itself (it would count twice)", null);
    }
    if (!grouping.equals(other.grouping)) {
      throw InvalidInputException.of("merge.grouping", "must be the same on both sides", other.grouping);
    }
    boolean shared = dictionaries == other.dictionaries;
    int[][] remap = new int[dimensions.length][];
    int[] personRemap = null;
    if (!shared) {
      if (countPeople && dictionaries.isHostNumbered() != other.dictionaries.isHostNumbered()) {
        throw InvalidInputException.of("merge.people",
            "must be numbered the same way (by dictionary or by the host) on both sides", null);
      }
      for (int d = 0; d < dimensions.length; d++) {
        remap[d] = dictionary[d].remapFrom(other.dictionary[d]);
      }
      if (countPeople && !dictionaries.isHostNumbered()) {
        personRemap = dictionaries.people().remapFrom(other.dictionaries.people());
      }
    }
    if (other.groups.size() == 0) {
      return this;
    }
    if (shared && countPeople && other.grid != null && (grid != null || groups.size() == 0)
        && (grid == null || (grid.cells() == other.grid.cells() && gridRadix == other.gridRadix))) {
      if (grid == null) {
        grid = PeopleGrid.of(other.grid.cells(), other.grid.universe());
        gridRadix = other.gridRadix;
      }
      if (grid.addAll(other.grid)) {
        for (int j = 0; j < other.groups.size(); j++) {
          int g = group(other.groups.keyAt(j));
          for (int k = 0; k < KINDS; k++) {
            counts[g * KINDS + k] += other.counts[j * KINDS + k];
          }
        }
        return this;
      }
    }
    flatten();
    for (int j = 0; j < other.groups.size(); j++) {
      long key = other.groups.keyAt(j);
      if (!shared) {
        long mapped = 0;
        for (int d = 0; d < dimensions.length; d++) {
          int code = (int) (key >>> (16 * d)) & 0xFFFF;
          mapped |= (long) remap[d][code] << (16 * d);
        }
        key = mapped;
      }
      int g = group(key);
      for (int k = 0; k < KINDS; k++) {
        counts[g * KINDS + k] += other.counts[j * KINDS + k];
      }
      if (countPeople) {
        people[g].addAll(other.peopleOf(j), personRemap);
      }
    }
    return this;
  }

  /** Returns what has been counted so far, as an immutable value. */
  public Aggregate result() {
    List<GroupTotals> totals = new ArrayList<>(groups.size());
    long[] gridSizes = grid == null ? null : grid.sizes();
    for (int g = 0; g < groups.size(); g++) {
      long key = groups.keyAt(g);
      List<Object> values = new ArrayList<>(dimensions.length);
      for (int d = 0; d < dimensions.length; d++) {
        values.add(dictionary[d].value((int) (key >>> (16 * d)) & 0xFFFF));
      }
      totals.add(new GroupTotals(Group.of(values), counts[g * KINDS], counts[g * KINDS + 1],
          counts[g * KINDS + 2], !countPeople ? 0 : gridSizes != null ? gridSizes[cellOf(key)] : people[g].size()));
    }
    return new Aggregate(grouping, totals);
  }

  /** Returns the events counted for {@code kind}, over all groups. */
  public long events(ActivityKind kind) {
    long n = 0;
    for (int g = 0; g < groups.size(); g++) {
      n += counts[g * KINDS + kind.ordinal()];
    }
    return n;
  }

  @Override
  public String toString() {
    return "Aggregator[" + grouping + ", " + groups.size() + " groups]";
  }

  static ActivityKind kind(int ordinal) {
    return KIND_VALUES[ordinal];
  }
}
