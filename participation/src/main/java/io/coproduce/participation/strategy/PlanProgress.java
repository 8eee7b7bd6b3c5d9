package io.coproduce.participation.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What members have done and measured against one strategic plan: activities tagged to its aims
 * and objectives, and measurements, baselines and targets of its indicators. Each member keeps
 * its own series of each indicator (one member's count of trained staff is not another's), with
 * its own baseline and targets. Immutable and thread-safe; {@code with...} returns a new record,
 * or refuses the change and leaves nothing changed.
 *
 * <h2>What is refused</h2>
 *
 * <ul>
 *   <li>A reference to something the plan does not hold ({@link UnknownReferenceException}): an
 *       activity's aim or objective (kind {@code "aim of plan <id>"} or {@code "objective of plan
 *       <id>"}), or the indicator of a measurement, baseline or target, or of a query (kind
 *       {@code "indicator of plan <id>"}).
 *   <li>A different activity under an id already used ({@code activity.id}); a second, different
 *       value for the same member, indicator and day ({@code measurement.on}); a second,
 *       different baseline for a member and indicator ({@code baseline}); a second, different
 *       target set on the same day ({@code target.setOn}). Nothing recorded is ever overwritten.
 * </ul>
 *
 * <p>Recording what is already held changes nothing, and records built in any order are equal
 * and answer every query alike.
 *
 * <h2>Queries</h2>
 *
 * <p>{@link #progress(IndicatorId, OrganisationId, LocalDate)} answers as known on a day:
 * measurements, baselines and targets dated after it are left out. {@link #activities(AimId,
 * LocalDate, LocalDate)} and {@link #activities(ObjectiveId, LocalDate, LocalDate)} list the
 * activities running on at least one day of a period, oldest first.
 */
public final class PlanProgress {

  private static final Comparator<OrganisationId> MEMBER_ORDER = Comparator.comparing(OrganisationId::value);
  private static final Comparator<IndicatorId> INDICATOR_ORDER = Comparator.comparing(IndicatorId::value);
  private static final Comparator<ActivityId> ACTIVITY_ORDER = Comparator.comparing(ActivityId::value);
  /** One per member, indicator and day: the record never holds two that compare equal. */
  private static final Comparator<Measurement> MEASUREMENT_ORDER = Comparator
      .comparing(Measurement::indicator, INDICATOR_ORDER)
      .thenComparing(Measurement::member, MEMBER_ORDER)
      .thenComparing(Measurement::on);
  /** One per member and indicator. */
  private static final Comparator<Baseline> BASELINE_ORDER = Comparator
      .comparing(Baseline::indicator, INDICATOR_ORDER)
      .thenComparing(Baseline::member, MEMBER_ORDER);
  /** One per member, indicator and day set. */
  private static final Comparator<Target> TARGET_ORDER = Comparator
      .comparing(Target::indicator, INDICATOR_ORDER)
      .thenComparing(Target::member, MEMBER_ORDER)
      .thenComparing(Target::setOn);
  private static final Comparator<Activity> OLDEST_FIRST =
      Comparator.comparing(Activity::start).thenComparing(Activity::id, ACTIVITY_ORDER);

  private final StrategicPlan plan;
  private final ImmutableSortedMap<ActivityId, Activity> activities;
  private final ImmutableSortedSet<Measurement> measurements;
  private final ImmutableSortedSet<Baseline> baselines;
  private final ImmutableSortedSet<Target> targets;

  private PlanProgress(StrategicPlan plan, ImmutableSortedMap<ActivityId, Activity> activities,
      ImmutableSortedSet<Measurement> measurements, ImmutableSortedSet<Baseline> baselines,
      ImmutableSortedSet<Target> targets) {
    this.plan = plan;
    this.activities = activities;
    this.measurements = measurements;
    this.baselines = baselines;
    this.targets = targets;
  }

  /** An empty record of progress against {@code plan}. */
  public static PlanProgress of(StrategicPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return new PlanProgress(plan, ImmutableSortedMap.<ActivityId, Activity>orderedBy(ACTIVITY_ORDER).build(),
        ImmutableSortedSet.orderedBy(MEASUREMENT_ORDER).build(),
        ImmutableSortedSet.orderedBy(BASELINE_ORDER).build(),
        ImmutableSortedSet.orderedBy(TARGET_ORDER).build());
  }

  /** Returns the plan progress is recorded against. */
  public StrategicPlan plan() {
    return plan;
  }

  /** Returns every activity, in id order. */
  public List<Activity> activities() {
    return activities.values().asList();
  }

  /** Returns every measurement, by indicator, member and day. */
  public List<Measurement> measurements() {
    return measurements.asList();
  }

  /** Returns every baseline, by indicator and member. */
  public List<Baseline> baselines() {
    return baselines.asList();
  }

  /** Returns every target, by indicator, member and day set. */
  public List<Target> targets() {
    return targets.asList();
  }

  /**
   * Returns a copy with {@code activity} recorded; this record if an equal one is already held.
   *
   * @throws UnknownReferenceException when the plan lacks an aim or objective it is tagged to
   * @throws InvalidInputException naming {@code activity.id} when a different activity has its id
   */
  public PlanProgress withActivity(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    for (AimId aim : activity.aims()) {
      if (plan.aim(aim).isEmpty()) {
        throw UnknownReferenceException.of("aim of plan " + plan.id(), aim);
      }
    }
    for (ObjectiveId objective : activity.objectives()) {
      if (plan.objective(objective).isEmpty()) {
        throw UnknownReferenceException.of("objective of plan " + plan.id(), objective);
      }
    }
    Activity known = activities.get(activity.id());
    if (known != null) {
      if (known.equals(activity)) {
        return this;
      }
      throw InvalidInputException.of("activity.id", "must not reuse the id of a different activity", activity.id());
    }
    return new PlanProgress(plan, ImmutableSortedMap.<ActivityId, Activity>orderedBy(ACTIVITY_ORDER)
        .putAll(activities).put(activity.id(), activity).build(), measurements, baselines, targets);
  }

  /**
   * Returns a copy with {@code measurement} recorded; this record if an equal one is already held.
   *
   * @throws UnknownReferenceException when the plan has no such indicator
   * @throws InvalidInputException naming {@code measurement.on} when the member already has a
   *     different value for that indicator on that day
   */
  public PlanProgress withMeasurement(Measurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    indicator(measurement.indicator());
    Measurement known = held(measurements, measurement);
    if (known != null) {
      if (known.equals(measurement)) {
        return this;
      }
      throw InvalidInputException.of("measurement.on", "already has the value " + known.value().toPlainString()
          + " for indicator " + measurement.indicator() + " and member " + measurement.member()
          + ": a measurement is never overwritten", measurement.on());
    }
    return new PlanProgress(plan, activities, plus(MEASUREMENT_ORDER, measurements, measurement), baselines, targets);
  }

  /**
   * Returns a copy with {@code baseline} recorded; this record if an equal one is already held.
   *
   * @throws UnknownReferenceException when the plan has no such indicator
   * @throws InvalidInputException naming {@code baseline} when the member already has a
   *     different baseline for that indicator
   */
  public PlanProgress withBaseline(Baseline baseline) {
    Objects.requireNonNull(baseline, "baseline");
    indicator(baseline.indicator());
    Baseline known = held(baselines, baseline);
    if (known != null) {
      if (known.equals(baseline)) {
        return this;
      }
      throw InvalidInputException.of("baseline", "is already set for indicator " + baseline.indicator()
          + " and member " + baseline.member() + " (" + known.value().toPlainString() + " on " + known.on()
          + "): a baseline is never changed", baseline.value().toPlainString());
    }
    return new PlanProgress(plan, activities, measurements, plus(BASELINE_ORDER, baselines, baseline), targets);
  }

  /**
   * Returns a copy with {@code target} recorded; this record if an equal one is already held. A
   * target set on a later day revises an earlier one from that day on.
   *
   * @throws UnknownReferenceException when the plan has no such indicator
   * @throws InvalidInputException naming {@code target.setOn} when the member already set a
   *     different target for that indicator on that day
   */
  public PlanProgress withTarget(Target target) {
    Objects.requireNonNull(target, "target");
    indicator(target.indicator());
    Target known = held(targets, target);
    if (known != null) {
      if (known.equals(target)) {
        return this;
      }
      throw InvalidInputException.of("target.setOn", "already has the target " + known.value().toPlainString()
          + " for indicator " + target.indicator() + " and member " + target.member()
          + ": set a revised target on a later day", target.setOn());
    }
    return new PlanProgress(plan, activities, measurements, baselines, plus(TARGET_ORDER, targets, target));
  }

  /**
   * Returns {@code member}'s progress on {@code indicator} as known on {@code asOf}.
   *
   * @throws UnknownReferenceException when the plan has no such indicator
   */
  public IndicatorProgress progress(IndicatorId indicator, OrganisationId member, LocalDate asOf) {
    Indicator known = indicator(indicator);
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(asOf, "asOf");
    List<Measurement> series = new ArrayList<>();
    for (Measurement m : measurements) {
      if (m.indicator().equals(indicator) && m.member().equals(member) && !m.on().isAfter(asOf)) {
        series.add(m);
      }
    }
    Baseline baseline = baselines.stream()
        .filter(b -> b.indicator().equals(indicator) && b.member().equals(member) && !b.on().isAfter(asOf))
        .findFirst().orElse(null);
    Target target = null;
    for (Target t : targets) {
      if (t.indicator().equals(indicator) && t.member().equals(member) && !t.setOn().isAfter(asOf)) {
        target = t;
      }
    }
    return new IndicatorProgress(known, member, asOf, series, baseline, target);
  }

  /**
   * Returns the progress on {@code indicator} of every member that had measured it, or set a
   * baseline or target for it, on or before {@code asOf}, in member id order.
   *
   * @throws UnknownReferenceException when the plan has no such indicator
   */
  public List<IndicatorProgress> progress(IndicatorId indicator, LocalDate asOf) {
    indicator(indicator);
    Objects.requireNonNull(asOf, "asOf");
    TreeSet<OrganisationId> members = new TreeSet<>(MEMBER_ORDER);
    measurements.stream().filter(m -> m.indicator().equals(indicator) && !m.on().isAfter(asOf))
        .forEach(m -> members.add(m.member()));
    baselines.stream().filter(b -> b.indicator().equals(indicator) && !b.on().isAfter(asOf))
        .forEach(b -> members.add(b.member()));
    targets.stream().filter(t -> t.indicator().equals(indicator) && !t.setOn().isAfter(asOf))
        .forEach(t -> members.add(t.member()));
    return members.stream().map(m -> progress(indicator, m, asOf)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the activities serving {@code aim} (tagged to it, or to one of its objectives) that
   * run on at least one day from {@code from} to {@code to} (both included), oldest first.
   *
   * @throws UnknownReferenceException when the plan has no such aim
   * @throws InvalidInputException naming {@code period.to} when {@code to} is before {@code from}
   */
  public List<Activity> activities(AimId aim, LocalDate from, LocalDate to) {
    Aim known = plan.aim(aim).orElseThrow(() -> UnknownReferenceException.of("aim of plan " + plan.id(), aim));
    return running(from, to, a -> a.aims().contains(aim)
        || known.objectives().stream().anyMatch(o -> a.objectives().contains(o.id())));
  }

  /**
   * Returns the activities tagged to {@code objective} that run on at least one day from {@code
   * from} to {@code to} (both included), oldest first.
   *
   * @throws UnknownReferenceException when the plan has no such objective
   * @throws InvalidInputException naming {@code period.to} when {@code to} is before {@code from}
   */
  public List<Activity> activities(ObjectiveId objective, LocalDate from, LocalDate to) {
    if (plan.objective(objective).isEmpty()) {
      throw UnknownReferenceException.of("objective of plan " + plan.id(), objective);
    }
    return running(from, to, a -> a.objectives().contains(objective));
  }

  private List<Activity> running(LocalDate from, LocalDate to, Predicate<Activity> serves) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("period.to", "must not be before period.from (" + from + ")", to);
    }
    return activities.values().stream().filter(a -> a.overlaps(from, to) && serves.test(a))
        .sorted(OLDEST_FIRST).collect(ImmutableList.toImmutableList());
  }

  private Indicator indicator(IndicatorId id) {
    Objects.requireNonNull(id, "indicator");
    return plan.indicator(id).orElseThrow(() -> UnknownReferenceException.of("indicator of plan " + plan.id(), id));
  }

  private static <T> T held(ImmutableSortedSet<T> set, T probe) {
    T floor = set.floor(probe);
    return floor != null && set.comparator().compare(floor, probe) == 0 ? floor : null;
  }

  private static <T> ImmutableSortedSet<T> plus(Comparator<T> order, ImmutableSortedSet<T> set, T item) {
    return ImmutableSortedSet.orderedBy(order).addAll(set).add(item).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanProgress p && plan.equals(p.plan) && activities.equals(p.activities)
        && measurements.asList().equals(p.measurements.asList()) && baselines.asList().equals(p.baselines.asList())
        && targets.asList().equals(p.targets.asList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, activities, measurements.asList(), baselines.asList(), targets.asList());
  }

  /** Returns the plan and how much is recorded. */
  @Override
  public String toString() {
    return "Progress against " + plan + ": " + activities.size() + " activities, " + measurements.size()
        + " measurements";
  }
}
