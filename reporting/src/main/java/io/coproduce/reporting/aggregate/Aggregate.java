package io.coproduce.reporting.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an aggregation: the totals of every group seen, ordered by group. Two results of
 * the same events are equal however the events were split, merged or ordered. Immutable and
 * thread-safe.
 *
 * @param grouping what the events were grouped by
 * @param groups the totals per group, ordered by group (each group once)
 */
public record Aggregate(Grouping grouping, List<GroupTotals> groups) {

  /** Validates the result and orders the groups. */
  public Aggregate {
    Objects.requireNonNull(grouping, "grouping");
    List<GroupTotals> sorted = new ArrayList<>(Objects.requireNonNull(groups, "groups"));
    sorted.sort(Comparator.comparing(GroupTotals::group));
    groups = List.copyOf(sorted);
  }

  /** Returns the totals of {@code group}, if it was seen. */
  public Optional<GroupTotals> find(Group group) {
    return groups.stream().filter(t -> t.group().equals(group)).findFirst();
  }

  /** Returns the events of every kind over all groups. */
  public long events() {
    return groups.stream().mapToLong(GroupTotals::events).sum();
  }

  /** Returns the events of {@code kind} over all groups. */
  public long events(ActivityKind kind) {
    return groups.stream().mapToLong(t -> t.events(kind)).sum();
  }
}
