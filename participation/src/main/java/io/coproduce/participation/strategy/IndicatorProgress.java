package io.coproduce.participation.strategy;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's progress on one indicator as known on a day: the measurements up to that day in
 * date order, the latest of them, the baseline and the change from it, and whether the target in
 * force is met. Measurements, baselines and targets dated after the day are left out, so a report
 * can say what was known on any past day. Built by {@link PlanProgress#progress}; immutable and
 * thread-safe.
 */
public final class IndicatorProgress {

  /** How the target status is decided. */
  public static final RuleSource TARGET_SOURCE = RuleSource.libraryDefault(
      "A target is met when the latest value measured on or before the day asked about is at or"
          + " above it for an indicator that should increase, or at or below it for one that should"
          + " decrease; the target in force is the latest set on or before that day, and anything"
          + " dated after it was not yet known");

  /** The rule name of the target status, as in {@link #reason()}: {@code strategy.target}. */
  public static final String TARGET_RULE = "strategy.target";

  private final Indicator indicator;
  private final OrganisationId member;
  private final LocalDate asOf;
  private final ImmutableList<Measurement> series;
  private final Baseline baseline;
  private final Target target;

  IndicatorProgress(Indicator indicator, OrganisationId member, LocalDate asOf,
      List<Measurement> series, Baseline baseline, Target target) {
    this.indicator = indicator;
    this.member = member;
    this.asOf = asOf;
    this.series = ImmutableList.copyOf(series);
    this.baseline = baseline;
    this.target = target;
  }

  /** Returns the indicator. */
  public IndicatorId indicator() {
    return indicator.id();
  }

  /** Returns the way the indicator should move. */
  public Direction direction() {
    return indicator.direction();
  }

  /** Returns the member whose series this is. */
  public OrganisationId member() {
    return member;
  }

  /** Returns the day asked about. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the measurements on or before {@link #asOf()}, oldest first (one per day). */
  public List<Measurement> series() {
    return series;
  }

  /** Returns the latest measurement on or before {@link #asOf()}, if any. */
  public Optional<Measurement> latest() {
    return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
  }

  /** Returns the baseline, if one applying on or before {@link #asOf()} was set. */
  public Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns the latest value minus the baseline (negative when the value fell), in the canonical
   * form of {@link Measurement}, when both are known. Whether that is good news depends on the
   * {@linkplain #direction() direction}.
   */
  public Optional<BigDecimal> changeFromBaseline() {
    if (baseline == null || series.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Measurement.canonical(latest().orElseThrow().value().subtract(baseline.value())));
  }

  /** Returns the target in force on {@link #asOf()}: the latest set on or before it, if any. */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /** Returns whether the target in force is met by the latest value. */
  public TargetStatus targetStatus() {
    if (target == null) {
      return TargetStatus.NO_TARGET;
    }
    if (series.isEmpty()) {
      return TargetStatus.NOT_MEASURED;
    }
    return direction().meets(latest().orElseThrow().value(), target.value())
        ? TargetStatus.MET : TargetStatus.NOT_MET;
  }

  /** Returns why the target status is what it is, with the values it compared. */
  public Reason reason() {
    String about = "Indicator " + indicator.id() + " for member " + member + " as of " + asOf;
    String found = switch (targetStatus()) {
      case NO_TARGET -> ": no target was set by then";
      case NOT_MEASURED -> ": a target of " + target.value().toPlainString() + " (set " + target.setOn()
          + ") was in force but nothing had been measured";
      case MET, NOT_MET -> {
        Measurement last = latest().orElseThrow();
        yield ": the latest value " + last.value().toPlainString() + " (" + last.on() + ") "
            + (targetStatus() == TargetStatus.MET ? "meets" : "does not meet") + " the target of "
            + target.value().toPlainString() + " (set " + target.setOn() + "), which it should be "
            + (direction() == Direction.INCREASE ? "at or above" : "at or below");
      }
    };
    return Reason.of(TARGET_RULE, about + found, TARGET_SOURCE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorProgress p && indicator.equals(p.indicator) && member.equals(p.member)
        && asOf.equals(p.asOf) && series.equals(p.series) && Objects.equals(baseline, p.baseline)
        && Objects.equals(target, p.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, member, asOf, series, baseline, target);
  }

  /** Returns the indicator, member, day, latest value and target status. */
  @Override
  public String toString() {
    return indicator.id() + " " + member + " as of " + asOf + ": "
        + latest().map(m -> m.value().toPlainString()).orElse("no value") + ", " + targetStatus();
  }
}
