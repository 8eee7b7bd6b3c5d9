package io.coproduce.reporting.aggregate.internal;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative {@code long} keys to dense {@code int} indexes
 * 0, 1, 2, ... in order of first insertion. No boxing. Not thread-safe.
 */
public final class LongIntMap {
  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] indexes;
  private long[] byIndex;
  private int mask;
  private int size;

  /** An empty map. */
  public LongIntMap() {
    keys = new long[16];
    Arrays.fill(keys, EMPTY);
    indexes = new int[16];
    byIndex = new long[8];
    mask = 15;
  }

  /** Returns the number of keys. */
  public int size() {
    return size;
  }

  /** Returns the key given index {@code index}. */
  public long keyAt(int index) {
    return byIndex[index];
  }

  /** Returns the index of {@code key}, or -1 when absent. */
  public int find(long key) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return indexes[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Returns the index of {@code key}, giving it the next index when absent. */
  public int indexOf(long key) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return indexes[slot];
      }
      if (k == EMPTY) {
        return insert(slot, key);
      }
      slot = (slot + 1) & mask;
    }
  }

  private int insert(int slot, long key) {
    int index = size++;
    keys[slot] = key;
    indexes[slot] = index;
    if (index == byIndex.length) {
      byIndex = Arrays.copyOf(byIndex, index * 2);
    }
    byIndex[index] = key;
    if (size * 2 > keys.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    int capacity = keys.length * 2;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    indexes = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      int slot = slot(byIndex[i]);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = byIndex[i];
      indexes[slot] = i;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
