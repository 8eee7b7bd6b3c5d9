package io.coproduce.reporting.aggregate;

import io.coproduce.core.error.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an aggregation groups by: up to {@value #MAX_DIMENSIONS} dimensions (none: one group of
 * everything), the period unit when {@link Dimension#PERIOD} is one of them, and whether distinct
 * people are counted. Immutable and thread-safe.
 *
 * @param dimensions the dimensions, in key order, each at most once
 * @param periodUnit the unit of {@link Dimension#PERIOD}; {@code null} when it is not grouped by
 * @param distinctPeople whether each group counts distinct people as well as events
 */
public record Grouping(List<Dimension> dimensions, PeriodUnit periodUnit, boolean distinctPeople) {
  /** The most dimensions one grouping packs into its key. */
  public static final int MAX_DIMENSIONS = 4;

  /**
   * Validates the grouping.
   *
   * @throws InvalidInputException naming {@code grouping.dimensions} when there are more than
   *     {@value #MAX_DIMENSIONS} or one repeats, or {@code grouping.periodUnit} when it is missing
   *     for {@link Dimension#PERIOD} or given without it
   */
  public Grouping {
    Objects.requireNonNull(dimensions, "dimensions");
    dimensions = List.copyOf(dimensions);
    if (dimensions.size() > MAX_DIMENSIONS) {
      throw InvalidInputException.of("grouping.dimensions", "must be at most " + MAX_DIMENSIONS, dimensions);
    }
    Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
    for (Dimension d : dimensions) {
      if (!seen.add(d)) {
        throw InvalidInputException.of("grouping.dimensions", "must not repeat a dimension", d);
      }
    }
    if (seen.contains(Dimension.PERIOD) != (periodUnit != null)) {
      throw InvalidInputException.of("grouping.periodUnit",
          "must be given exactly when grouping by period", periodUnit);
    }
  }

  /** Groups by {@code dimensions} (not by period), counting distinct people. */
  public static Grouping by(Dimension... dimensions) {
    return new Grouping(List.of(dimensions), null, true);
  }

  /** Groups by period of {@code unit}, then by {@code dimensions}, counting distinct people. */
  public static Grouping byPeriod(PeriodUnit unit, Dimension... dimensions) {
    Objects.requireNonNull(unit, "unit");
    List<Dimension> all = new java.util.ArrayList<>();
    all.add(Dimension.PERIOD);
    all.addAll(List.of(dimensions));
    return new Grouping(all, unit, true);
  }

  /** Returns this grouping counting events only (faster when distinct people are not needed). */
  public Grouping withoutDistinctPeople() {
    return new Grouping(dimensions, periodUnit, false);
  }

  /** Returns a new, empty aggregator for this grouping with its own dictionaries. */
  public Aggregator aggregator() {
    return new Aggregator(this, Dictionaries.create());
  }

  /** Returns a new, empty aggregator for this grouping over {@code dictionaries}. */
  public Aggregator aggregator(Dictionaries dictionaries) {
    return new Aggregator(this, Objects.requireNonNull(dictionaries, "dictionaries"));
  }
}
