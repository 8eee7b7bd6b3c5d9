package io.coproduce.reporting.aggregate.internal;

import java.util.Arrays;

/**
 * An exact set of non-negative person codes that starts as a small open-addressing hash set and
 * becomes a bitset once it holds {@value #DENSE_AT} codes, so a group with few people costs a few
 * kilobytes and a group with many costs one bit per code. No boxing. Not thread-safe.
 */
public final class PersonSet {
  /** The size at which the set switches to a bitset. */
  public static final int DENSE_AT = 4096;
  private static final int FREE = -1;

  private final int universe;
  private int[] table;
  private int size;
  private long[] words;

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

  /** Adds {@code code} (non-negative). */
  public void add(int code) {
    long[] w = words;
    if (w != null) {
      int word = code >>> 6;
      if (word >= w.length) {
        w = grow(word);
      }
      w[word] |= 1L << code;
    } else {
      addSparse(code);
    }
  }

  private long[] grow(int word) {
    words = Arrays.copyOf(words, Math.max(word + 1, words.length + (words.length >> 3)));
    return words;
  }

  private void addSparse(int code) {
    int mask = table.length - 1;
    int slot = (code * 0x9E3779B9) >>> 16 & mask;
    while (true) {
      int c = table[slot];
      if (c == code) {
        return;
      }
      if (c == FREE) {
        table[slot] = code;
        size++;
        if (size >= DENSE_AT) {
          toDense();
        } else if (size * 2 > table.length) {
          rehash();
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void rehash() {
    int[] old = table;
    table = new int[old.length * 2];
    Arrays.fill(table, FREE);
    size = 0;
    for (int c : old) {
      if (c != FREE) {
        addSparse(c);
      }
    }
  }

  private void toDense() {
    int max = 0;
    for (int c : table) {
      max = Math.max(max, c);
    }
    long[] w = new long[Math.max((max >>> 6) + 1, (int) ((universe + 63L) >>> 6))];
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
      return word < words.length && (words[word] & (1L << code)) != 0;
    }
    int mask = table.length - 1;
    int slot = (code * 0x9E3779B9) >>> 16 & mask;
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
    int n = 0;
    for (long word : words) {
      n += Long.bitCount(word);
    }
    return n;
  }

  /** Adds every code of {@code other}, each mapped through {@code remap} (or as is when {@code remap} is null). */
  public void addAll(PersonSet other, int[] remap) {
    if (remap == null && words != null && other.words != null) {
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
    } else {
      for (int c : table) {
        if (c != FREE) {
          action.accept(c);
        }
      }
    }
  }
}
