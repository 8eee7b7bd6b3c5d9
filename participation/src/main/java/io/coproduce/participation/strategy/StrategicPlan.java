package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A strategic plan as data: its aims, each with objectives, enablers and indicators, and the
 * source the plan comes from. The library ships the coalition's plan ({@link
 * StrategicPlans#coalition()}); hosts may build or {@linkplain StrategicPlans#read read} their
 * own. Immutable and thread-safe; two plans are equal when all their parts are.
 *
 * <p>What a plan refuses, each error naming the field as a path from {@code strategicPlan} (the
 * same path the JSON reader names): no aims; two aims, two objectives, two enablers or two
 * indicators anywhere in the plan with the same id. Deliberately accepted: an objective id that
 * does not start with its aim's id (ids are opaque).
 */
public final class StrategicPlan {

  /** The longest name accepted. */
  public static final int MAX_NAME = 200;

  /** The longest version accepted. */
  public static final int MAX_VERSION = 64;

  private final PlanId id;
  private final String name;
  private final String version;
  private final RuleSource source;
  private final ImmutableList<Aim> aims;
  private final ImmutableMap<AimId, Aim> aimsById;
  private final ImmutableMap<ObjectiveId, Aim> aimOfObjective;
  private final ImmutableMap<ObjectiveId, Objective> objectives;
  private final ImmutableMap<IndicatorId, Aim> aimOfIndicator;
  private final ImmutableMap<IndicatorId, Indicator> indicators;

  private StrategicPlan(PlanId id, String name, String version, RuleSource source, List<Aim> aims) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Texts.require("strategicPlan.name", name, MAX_NAME);
    this.version = Texts.require("strategicPlan.version", version, MAX_VERSION);
    this.source = Objects.requireNonNull(source, "source");
    this.aims = ImmutableList.copyOf(aims);
    if (this.aims.isEmpty()) {
      throw InvalidInputException.of("strategicPlan.aims", "must hold at least one aim", null);
    }
    Map<AimId, Aim> aimMap = new LinkedHashMap<>();
    Map<ObjectiveId, Aim> objectiveAim = new LinkedHashMap<>();
    Map<ObjectiveId, Objective> objectiveMap = new LinkedHashMap<>();
    Map<IndicatorId, Aim> indicatorAim = new LinkedHashMap<>();
    Map<IndicatorId, Indicator> indicatorMap = new LinkedHashMap<>();
    Map<Object, String> seen = new HashMap<>();
    for (int a = 0; a < this.aims.size(); a++) {
      Aim aim = this.aims.get(a);
      String path = "strategicPlan.aims[" + a + "]";
      unique(seen, aim.id(), path + ".id");
      aimMap.put(aim.id(), aim);
      each(seen, aim.objectives(), Objective::id, path + ".objectives");
      each(seen, aim.enablers(), Enabler::id, path + ".enablers");
      each(seen, aim.indicators(), Indicator::id, path + ".indicators");
      aim.objectives().forEach(o -> {
        objectiveAim.put(o.id(), aim);
        objectiveMap.put(o.id(), o);
      });
      aim.indicators().forEach(i -> {
        indicatorAim.put(i.id(), aim);
        indicatorMap.put(i.id(), i);
      });
    }
    this.aimsById = ImmutableMap.copyOf(aimMap);
    this.aimOfObjective = ImmutableMap.copyOf(objectiveAim);
    this.objectives = ImmutableMap.copyOf(objectiveMap);
    this.aimOfIndicator = ImmutableMap.copyOf(indicatorAim);
    this.indicators = ImmutableMap.copyOf(indicatorMap);
  }

  private static <T> void each(Map<Object, String> seen, List<T> items, Function<T, Object> id, String path) {
    for (int i = 0; i < items.size(); i++) {
      unique(seen, id.apply(items.get(i)), path + "[" + i + "].id");
    }
  }

  /** Ids of different kinds never clash: an {@code AimId} and an {@code ObjectiveId} are never equal. */
  private static void unique(Map<Object, String> seen, Object id, String path) {
    String before = seen.putIfAbsent(id, path);
    if (before != null) {
      throw InvalidInputException.of(path, "must not repeat the id at " + before
          + ": ids are unique across the plan", id);
    }
  }

  /**
   * A plan of the given parts.
   *
   * @param id the plan's id
   * @param name what it is called (at most {@value #MAX_NAME} characters)
   * @param version the version of this data (at most {@value #MAX_VERSION} characters)
   * @param source where the plan comes from
   * @param aims its aims in order; at least one
   * @throws InvalidInputException naming the field under {@code strategicPlan} and the rule broken
   */
  public static StrategicPlan of(PlanId id, String name, String version, RuleSource source, List<Aim> aims) {
    return new StrategicPlan(id, name, version, source, aims);
  }

  /** Returns the plan's id. */
  public PlanId id() {
    return id;
  }

  /** Returns what the plan is called. */
  public String name() {
    return name;
  }

  /** Returns the version of this data. */
  public String version() {
    return version;
  }

  /** Returns where the plan comes from. */
  public RuleSource source() {
    return source;
  }

  /** Returns the aims, in order. */
  public List<Aim> aims() {
    return aims;
  }

  /** Returns every objective, aim by aim. */
  public List<Objective> objectives() {
    return objectives.values().asList();
  }

  /** Returns every indicator, aim by aim. */
  public List<Indicator> indicators() {
    return indicators.values().asList();
  }

  /** Returns the aim with id {@code aim}, if the plan has it. */
  public Optional<Aim> aim(AimId aim) {
    return Optional.ofNullable(aimsById.get(Objects.requireNonNull(aim, "aim")));
  }

  /** Returns the objective with id {@code objective}, if the plan has it. */
  public Optional<Objective> objective(ObjectiveId objective) {
    return Optional.ofNullable(objectives.get(Objects.requireNonNull(objective, "objective")));
  }

  /** Returns the indicator with id {@code indicator}, if the plan has it. */
  public Optional<Indicator> indicator(IndicatorId indicator) {
    return Optional.ofNullable(indicators.get(Objects.requireNonNull(indicator, "indicator")));
  }

  /** Returns the aim an objective belongs to, if the plan has the objective. */
  public Optional<Aim> aimOf(ObjectiveId objective) {
    return Optional.ofNullable(aimOfObjective.get(Objects.requireNonNull(objective, "objective")));
  }

  /** Returns the aim an indicator belongs to, if the plan has the indicator. */
  public Optional<Aim> aimOf(IndicatorId indicator) {
    return Optional.ofNullable(aimOfIndicator.get(Objects.requireNonNull(indicator, "indicator")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategicPlan p && id.equals(p.id) && name.equals(p.name)
        && version.equals(p.version) && source.equals(p.source) && aims.equals(p.aims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, version, source, aims);
  }

  /** Returns the id and version, for example {@code cypmhc-strategic-plan 1.0}. */
  @Override
  public String toString() {
    return id + " " + version;
  }
}
