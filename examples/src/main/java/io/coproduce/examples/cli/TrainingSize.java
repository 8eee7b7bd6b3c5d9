package io.coproduce.examples.cli;

import io.coproduce.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How big a training scenario to generate, as given to {@code --size}: a named size ({@code
 * tiny}, {@code small}, {@code medium}, {@code large}) or a number of young people (100 to
 * 50,000,000; underscores may group digits, as in {@code 10_000}). Exactly one of the two is
 * held. Immutable; {@link #toString()} round-trips with {@link #parse(String)}.
 *
 * @param preset the named size, or {@code null} when a number was given
 * @param youngPeople the number of young people, or 0 when a named size was given
 */
public record TrainingSize(Preset preset, int youngPeople) {

  /** The fewest young people a numbered size may ask for. */
  public static final int FEWEST_YOUNG_PEOPLE = 100;
  /** The most young people a numbered size may ask for. */
  public static final int MOST_YOUNG_PEOPLE = 50_000_000;

  /** The default size: the small training set a newcomer runs. */
  public static final TrainingSize DEFAULT = new TrainingSize(Preset.TINY, 0);

  /** The named sizes, smallest first. */
  public enum Preset {
    /** The training set: about a hundred young people. */
    TINY,
    /** About a thousand young people. */
    SMALL,
    /** About ten thousand young people. */
    MEDIUM,
    /** Hundreds of thousands of young people and millions of events, as the benchmarks use. */
    LARGE
  }

  /**
   * Validates the size.
   *
   * @throws InvalidInputException naming {@code size} when both or neither are given, or the
   *     number is out of range
   */
  public TrainingSize {
    if ((preset == null) == (youngPeople == 0)) {
      throw InvalidInputException.of("size", "is either a named size or a number of young people, not both", youngPeople);
    }
    if (preset == null && (youngPeople < FEWEST_YOUNG_PEOPLE || youngPeople > MOST_YOUNG_PEOPLE)) {
      throw InvalidInputException.of("size", "a number of young people must be " + FEWEST_YOUNG_PEOPLE
          + " to " + MOST_YOUNG_PEOPLE, youngPeople);
    }
  }

  /** A named size. */
  public static TrainingSize of(Preset preset) {
    return new TrainingSize(Objects.requireNonNull(preset, "preset"), 0);
  }

  /**
   * A size of {@code youngPeople} young people.
   *
   * @throws InvalidInputException when the number is out of range
   */
  public static TrainingSize ofYoungPeople(int youngPeople) {
    if (youngPeople == 0) {
      throw InvalidInputException.of("size", "a number of young people must be " + FEWEST_YOUNG_PEOPLE
          + " to " + MOST_YOUNG_PEOPLE, 0);
    }
    return new TrainingSize(null, youngPeople);
  }

  /**
   * Reads {@code tiny}, {@code small}, {@code medium}, {@code large} (any case) or a number.
   *
   * @throws InvalidInputException naming {@code size} when the text is neither
   */
  public static TrainingSize parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    for (Preset p : Preset.values()) {
      if (p.name().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
        return of(p);
      }
    }
    if (!t.matches("[0-9]+(_[0-9]+)*") || t.length() > 14) {
      throw InvalidInputException.of("size", "must be tiny, small, medium, large or a number of young people ("
          + FEWEST_YOUNG_PEOPLE + " to " + MOST_YOUNG_PEOPLE + ")", text);
    }
    long n = Long.parseLong(t.replace("_", ""));
    if (n < FEWEST_YOUNG_PEOPLE || n > MOST_YOUNG_PEOPLE) {
      throw InvalidInputException.of("size", "a number of young people must be " + FEWEST_YOUNG_PEOPLE
          + " to " + MOST_YOUNG_PEOPLE, text);
    }
    return ofYoungPeople((int) n);
  }

  /** Returns the named size, if one was given. */
  public Optional<Preset> named() {
    return Optional.ofNullable(preset);
  }

  /** Returns the number of young people, if a number was given. */
  public OptionalInt count() {
    return preset == null ? OptionalInt.of(youngPeople) : OptionalInt.empty();
  }

  /** Returns the size as {@code --size} takes it: {@code tiny} or {@code 1000}. */
  @Override
  public String toString() {
    return preset != null ? preset.name().toLowerCase(Locale.ROOT) : Integer.toString(youngPeople);
  }
}
