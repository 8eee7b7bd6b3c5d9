package io.coproduce.reporting.reach;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.aggregate.Dimension;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The population a host compares reach against: for each dimension it knows, the share of the
 * population in each group (for example local census shares by age band and ethnic group), and
 * where the figures come from. Immutable and thread-safe; build with {@link #builder(RuleSource)}.
 */
public final class ReferencePopulation {
  private static final double SLACK = 1e-6;

  private final Map<Dimension, Map<Object, Double>> shares;
  private final RuleSource source;

  private ReferencePopulation(Map<Dimension, Map<Object, Double>> shares, RuleSource source) {
    Map<Dimension, Map<Object, Double>> copy = new EnumMap<>(Dimension.class);
    shares.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
    this.shares = copy;
    this.source = source;
  }

  /** Starts a reference population whose figures come from {@code source}. */
  public static Builder builder(RuleSource source) {
    return new Builder(Objects.requireNonNull(source, "source"));
  }

  /** Returns where the figures come from. */
  public RuleSource source() {
    return source;
  }

  /** Returns the share of the population in {@code value} of {@code dimension}, if known. */
  public OptionalDouble share(Dimension dimension, Object value) {
    Map<Object, Double> m = shares.get(dimension);
    Double s = m == null ? null : m.get(value);
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  /** Returns the groups of {@code dimension} with a known share (empty when none). */
  public java.util.Set<Object> groups(Dimension dimension) {
    Map<Object, Double> m = shares.get(dimension);
    return m == null ? java.util.Set.of() : m.keySet();
  }

  /** Builds a {@link ReferencePopulation}. Not thread-safe. */
  public static final class Builder {
    private final RuleSource source;
    private final Map<Dimension, Map<Object, Double>> shares = new EnumMap<>(Dimension.class);

    private Builder(RuleSource source) {
      this.source = source;
    }

    /**
     * Sets the share of the population in {@code value} of {@code dimension}.
     *
     * @throws InvalidInputException naming {@code referencePopulation.share} when it is not 0 to 1,
     *     or is given twice for a group, or {@code referencePopulation.dimension} for the period
     *     (which has no population share)
     */
    public Builder share(Dimension dimension, Object value, double share) {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(value, "value");
      if (dimension == Dimension.PERIOD) {
        throw InvalidInputException.of("referencePopulation.dimension", "a period has no population share", dimension);
      }
      if (!(share >= 0 && share <= 1)) {
        throw InvalidInputException.of("referencePopulation.share", "must be 0 to 1", share);
      }
      if (shares.computeIfAbsent(dimension, d -> new LinkedHashMap<>()).putIfAbsent(value, share) != null) {
        throw InvalidInputException.of("referencePopulation.share", "is given twice for a group", value);
      }
      return this;
    }

    /**
     * Builds the reference population.
     *
     * @throws InvalidInputException naming {@code referencePopulation.share} when the shares of a
     *     dimension add up to more than 1
     */
    public ReferencePopulation build() {
      shares.forEach((d, m) -> {
        double sum = m.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum > 1 + SLACK) {
          throw InvalidInputException.of("referencePopulation.share",
              "the shares of a dimension must add up to at most 1", d + "=" + sum);
        }
      });
      return new ReferencePopulation(shares, source);
    }
  }
}
