package io.coproduce.reporting.reach;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.aggregate.ActivityEvent;
import io.coproduce.reporting.aggregate.Aggregate;
import io.coproduce.reporting.aggregate.Aggregator;
import io.coproduce.reporting.aggregate.Dictionaries;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.aggregate.Grouping;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mergeable accumulator behind the reach and equity report: distinct people taking part by
 * each {@linkplain #DIMENSIONS reach dimension}, and overall. Partials over any split of the events
 * merge into exactly the tally of one pass. Mutable and not thread-safe: one per thread, then
 * {@link #merge(ReachTally)}.
 */
public final class ReachTally {
  /** The dimensions reach is reported by: age band, layer, organisation, jurisdiction and every monitoring question. */
  public static final List<Dimension> DIMENSIONS;

  static {
    List<Dimension> all = new ArrayList<>(List.of(Dimension.AGE_BAND, Dimension.LAYER,
        Dimension.ORGANISATION, Dimension.JURISDICTION));
    for (Dimension d : Dimension.values()) {
      if (d.isMonitoring()) {
        all.add(d);
      }
    }
    DIMENSIONS = List.copyOf(all);
  }

  private final Map<Dimension, Aggregator> byDimension = new EnumMap<>(Dimension.class);
  private final Aggregator overall;

  private ReachTally() {
    Dictionaries dictionaries = Dictionaries.create();
    for (Dimension d : DIMENSIONS) {
      byDimension.put(d, Grouping.by(d).aggregator(dictionaries));
    }
    overall = Grouping.by().aggregator(dictionaries);
  }

  /** An empty tally. */
  public static ReachTally create() {
    return new ReachTally();
  }

  /** Adds one event. */
  public void add(ActivityEvent event) {
    Objects.requireNonNull(event, "event");
    for (Aggregator a : byDimension.values()) {
      a.add(event);
    }
    overall.add(event);
  }

  /** Adds every event of {@code events}. */
  public void addAll(Iterable<ActivityEvent> events) {
    for (ActivityEvent e : Objects.requireNonNull(events, "events")) {
      add(e);
    }
  }

  /**
   * Adds everything {@code other} counted and returns this; {@code other} is unchanged.
   *
   * @throws InvalidInputException naming {@code merge.other} when {@code other} is this tally
   */
  public ReachTally merge(ReachTally other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw InvalidInputException.of("merge.other", "must not be the tally itself (it would count twice)", null);
    }
    byDimension.forEach((d, a) -> a.merge(other.byDimension.get(d)));
    overall.merge(other.overall);
    return this;
  }

  /** Returns what has been counted by {@code dimension}, one of {@link #DIMENSIONS}. */
  public Aggregate by(Dimension dimension) {
    Aggregator a = byDimension.get(Objects.requireNonNull(dimension, "dimension"));
    if (a == null) {
      throw InvalidInputException.of("dimension", "is not a reach dimension", dimension);
    }
    return a.result();
  }

  /** Returns the distinct people counted overall. */
  public long people() {
    Aggregate all = overall.result();
    return all.groups().isEmpty() ? 0 : all.groups().get(0).people();
  }
}
