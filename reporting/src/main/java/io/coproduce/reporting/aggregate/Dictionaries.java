package io.coproduce.reporting.aggregate;

import io.coproduce.core.id.PersonId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The dictionaries of one partial aggregation: one per {@link Dimension} and one for people.
 * Aggregators that share a {@code Dictionaries} (partials over one host's data, threads of one
 * pass) merge without translating codes; aggregators with their own are merged by value.
 *
 * <p>People are either coded by the {@link #people()} dictionary (the object API does this), or
 * numbered densely by the host itself ({@link #hostNumberedPeople()}): the host then promises that
 * a person has the same number in every partial it merges, and the library never sees person ids.
 * Mutable, like its dictionaries; not thread-safe while codes are being assigned.
 */
public final class Dictionaries {
  private final Map<Dimension, Dictionary<Object>> byDimension = new EnumMap<>(Dimension.class);
  private final Dictionary<PersonId> people;
  private final int peopleBound;

  private Dictionaries(boolean hostNumbered, int peopleBound) {
    this.peopleBound = peopleBound;
    for (Dimension d : Dimension.values()) {
      byDimension.put(d, Dictionary.named(d.name().toLowerCase(Locale.ROOT)));
    }
    this.people = hostNumbered ? null : new Dictionary<>("person", Integer.MAX_VALUE);
  }

  /** Empty dictionaries, with people coded by {@link #people()}. */
  public static Dictionaries create() {
    return new Dictionaries(false, 0);
  }

  /**
   * Empty dictionaries for a host that numbers people itself, densely from 0, with the same number
   * for a person in every partial (the fast columnar path for very many people).
   */
  public static Dictionaries hostNumberedPeople() {
    return new Dictionaries(true, 0);
  }

  /**
   * Like {@link #hostNumberedPeople()}, with every number below {@code bound}: the bitsets of
   * large groups are then sized once, and a number at or above the bound is refused.
   *
   * @throws io.coproduce.core.error.InvalidInputException naming {@code people.bound} when it is
   *     not positive
   */
  public static Dictionaries hostNumberedPeople(int bound) {
    if (bound <= 0) {
      throw io.coproduce.core.error.InvalidInputException.of("people.bound", "must be positive", bound);
    }
    return new Dictionaries(true, bound);
  }

  /** Returns the bound the host set on its person numbers, or 0 when it set none. */
  public int peopleBound() {
    return peopleBound;
  }

  /** Returns the dictionary of {@code dimension}. */
  public Dictionary<Object> of(Dimension dimension) {
    return byDimension.get(java.util.Objects.requireNonNull(dimension, "dimension"));
  }

  /** Returns whether the host numbers people itself. */
  public boolean isHostNumbered() {
    return people == null;
  }

  /**
   * Returns the dictionary of people.
   *
   * @throws IllegalStateException when the host numbers people itself
   */
  public Dictionary<PersonId> people() {
    if (people == null) {
      throw new IllegalStateException("people are numbered by the host");
    }
    return people;
  }
}
