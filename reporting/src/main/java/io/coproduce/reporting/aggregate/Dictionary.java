package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small dense codes 0, 1, 2, ... for the values of one dimension (or for people), in order of
 * first sight, so accumulators can key primitive arrays by code. At most {@value #MAX_CODES}
 * codes, so four codes pack into one {@code long} key.
 *
 * <p>Mutable: {@link #code(Object)} assigns a new code to a value not seen before. Not
 * thread-safe while codes are being assigned; once encoding is done, lookups may be shared.
 *
 * @param <V> the type of the values
 */
public final class Dictionary<V> {
  /** The largest number of codes a dictionary gives out. */
  public static final int MAX_CODES = 1 << 16;

  private final String name;
  private final int maxCodes;
  private final Map<V, Integer> codes = new HashMap<>();
  private final List<V> values = new ArrayList<>();

  Dictionary(String name, int maxCodes) {
    this.name = name;
    this.maxCodes = maxCodes;
  }

  /** An empty dictionary; {@code name} names it in errors (for example {@code "organisation"}). */
  public static <V> Dictionary<V> named(String name) {
    return new Dictionary<>(Objects.requireNonNull(name, "name"), MAX_CODES);
  }

  /**
   * Returns the code of {@code value}, assigning the next one when it is new.
   *
   * @throws InvalidInputException naming this dictionary when {@code value} is null or no code
   *     is left
   */
  public int code(V value) {
    if (value == null) {
      throw InvalidInputException.of(name, "must not be null", null);
    }
    Integer known = codes.get(value);
    if (known != null) {
      return known;
    }
    if (values.size() == maxCodes) {
      throw InvalidInputException.of(name, "has more than " + maxCodes + " distinct values", null);
    }
    int code = values.size();
    codes.put(value, code);
    values.add(value);
    return code;
  }

  /** Returns the code of {@code value}, or -1 when it has none. */
  public int find(V value) {
    Integer known = value == null ? null : codes.get(value);
    return known == null ? -1 : known;
  }

  /**
   * Returns the value with {@code code}.
   *
   * @throws InvalidInputException naming this dictionary when no value has the code
   */
  public V value(int code) {
    if (code < 0 || code >= values.size()) {
      throw InvalidInputException.of(name, "has no value with this code", code);
    }
    return values.get(code);
  }

  /** Returns the number of codes given out. */
  public int size() {
    return values.size();
  }

  /** Returns the values in code order (an immutable copy). */
  public List<V> values() {
    return List.copyOf(values);
  }

  /** Returns the name used in errors. */
  public String name() {
    return name;
  }

  /**
   * Returns, for each code of {@code other}, this dictionary's code for the same value, assigning
   * codes to values it has not seen: how a merge translates another partial's codes.
   */
  int[] remapFrom(Dictionary<V> other) {
    int[] map = new int[other.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = code(other.values.get(i));
    }
    return map;
  }

  @Override
  public String toString() {
    return "Dictionary[" + name + ", " + values.size() + " codes]";
  }
}
