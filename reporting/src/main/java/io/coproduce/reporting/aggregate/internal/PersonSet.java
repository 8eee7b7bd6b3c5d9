package io.coproduce.reporting.aggregate.internal;

import java.util.Arrays;

/**
 * An exact set of non-negative person codes that starts as a small open-addressing hash set and
 * becomes a bitset once it holds at least {@value #DENSE_AT} codes and the bitset would be no
 * larger than 16 bytes per code held (codes below 128 times the size), so a group with few people
 * costs a few kilobytes, a group with many costs one bit per code, and a few very large codes never
 * force a huge bitset: once dense, a code more than twice beyond the bitset goes to a sparse
 * overflow set, and from then on the bitset no longer grows, so every code lives in exactly one
 * place. No boxing. Not thread-safe.
 */
public final class PersonSet {
  /** The size at which the set switches to a bitset. */
  public static final int DENSE_AT = 4096;
  private static final int FREE = -1;

  private final int universe;
  private int[] table;
  private int shift = 28;
  private int size;
  private int maxCode = -1;
  private long[] words;
  private PersonSet overflow;

  /** An empty set with no known bound on its codes. */
  public PersonSet() {
    this(0);
  }

  /**
   * An empty set whose codes are expected below {@code universe} (0 when unknown): its bitset is
   * then sized once, and only codes beyond it make it grow.
   */
  public PersonSet(int universe) {
    this.universe = Math.max(0, universe);
    table = new int[16];
    Arrays.fill(table, FREE);
  }

  /**
   * A set holding exactly the codes whose bits are set in {@code bits} (bit {@code c % 64} of word
   * {@code c / 64}), as a bitset from the start; it keeps {@code bits} as its own.
   */
  public static PersonSet ofBits(long[] bits) {
    PersonSet set = new PersonSet(bits.length << 6);
    set.table = null;
    set.words = bits;
    return set;
  }

  /** Adds {@code code} (non-negative). */
  public void add(int code) {
    long[] w = words;
    if (w != null) {
      int word = code >>> 6;
      if (word >= w.length) {
        if (overflow != null || word >= 2 * w.length) {
          overflowAdd(code);
          return;
        }
        w = grow(word);
      }
      w[word] |= 1L << code;
    } else {
      addSparse(code);
    }
  }

  private void overflowAdd(int code) {
    if (overflow == null) {
      overflow = new PersonSet(0);
    }
    overflow.addSparseOnly(code);
  }

  /** Adds to a set that stays a hash set (the overflow of a dense set). */
  private void addSparseOnly(int code) {
    forceSparse = true;
    addSparse(code);
  }

  private boolean forceSparse;

  private long[] grow(int word) {
    words = Arrays.copyOf(words, Math.max(word + 1, words.length + (words.length >> 3)));
    return words;
  }

  private void addSparse(int code) {
    int mask = table.length - 1;
    int slot = (code * 0x9E3779B9) >>> shift;
    while (true) {
      int c = table[slot];
      if (c == code) {
        return;
      }
      if (c == FREE) {
        table[slot] = code;
        size++;
        maxCode = Math.max(maxCode, code);
        if (size * 2 > table.length) {
          if (!forceSparse && size >= DENSE_AT && (maxCode >>> 7) < size) {
            toDense();
          } else {
            rehash();
          }
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void rehash() {
    int[] old = table;
    table = new int[old.length * 2];
    shift--;
    Arrays.fill(table, FREE);
    size = 0;
    for (int c : old) {
      if (c != FREE) {
        addSparse(c);
      }
    }
  }

  private void toDense() {
    int hinted = (universe >>> 7) < size ? (int) ((universe + 63L) >>> 6) : 0;
    long[] w = new long[Math.max((maxCode >>> 6) + 1, hinted)];
    for (int c : table) {
      if (c != FREE) {
        w[c >>> 6] |= 1L << c;
      }
    }
    table = null;
    words = w;
  }

  /** Returns whether {@code code} is in the set. */
  public boolean contains(int code) {
    if (words != null) {
      int word = code >>> 6;
      if (word >= words.length) {
        return overflow != null && overflow.contains(code);
      }
      return (words[word] & (1L << code)) != 0;
    }
    int mask = table.length - 1;
    int slot = (code * 0x9E3779B9) >>> shift;
    while (true) {
      int c = table[slot];
      if (c == code) {
        return true;
      }
      if (c == FREE) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Returns the number of codes in the set. */
  public int size() {
    if (words == null) {
      return size;
    }
    int n = overflow == null ? 0 : overflow.size();
    for (long word : words) {
      n += Long.bitCount(word);
    }
    return n;
  }

  /** Adds every code of {@code other}, each mapped through {@code remap} (or as is when {@code remap} is null). */
  public void addAll(PersonSet other, int[] remap) {
    if (remap == null && words != null && other.words != null && overflow == null && other.overflow == null) {
      if (other.words.length > words.length) {
        grow(other.words.length - 1);
      }
      for (int i = 0; i < other.words.length; i++) {
        words[i] |= other.words[i];
      }
      return;
    }
    other.forEach(code -> add(remap == null ? code : remap[code]));
  }

  /** Calls {@code action} with every code, in no particular order. */
  public void forEach(java.util.function.IntConsumer action) {
    if (words != null) {
      for (int i = 0; i < words.length; i++) {
        long word = words[i];
        while (word != 0) {
          action.accept(i * 64 + Long.numberOfTrailingZeros(word));
          word &= word - 1;
        }
      }
      if (overflow != null) {
        overflow.forEach(action);
      }
    } else {
      for (int c : table) {
        if (c != FREE) {
          action.accept(c);
        }
      }
    }
  }
}
