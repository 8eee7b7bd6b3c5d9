package io.coproduce.reporting.aggregate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The key of one group: a value for each dimension of a {@link Grouping}, in its order.
 * Immutable and thread-safe.
 *
 * @param values the values (an organisation id, a layer, a period, a monitoring response, ...)
 */
public record Group(List<Object> values) implements Comparable<Group> {

  private static final Comparator<Object> VALUE_ORDER = Group::compareValues;

  /** Validates the key and makes it immutable; no value may be null. */
  public Group {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
  }

  /** The key with {@code values}. */
  public static Group of(List<?> values) {
    return new Group(List.copyOf(values));
  }

  /** The key with {@code values}. */
  public static Group of(Object... values) {
    return new Group(List.of(values));
  }

  /** Returns the value at {@code position}. */
  public Object value(int position) {
    return values.get(position);
  }

  /** Orders value by value: comparable values of one type by their own order, others by text. */
  @Override
  public int compareTo(Group other) {
    int n = Math.min(values.size(), other.values.size());
    for (int i = 0; i < n; i++) {
      int c = VALUE_ORDER.compare(values.get(i), other.values.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), other.values.size());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a.getClass() == b.getClass() && a instanceof Comparable) {
      return ((Comparable) a).compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
