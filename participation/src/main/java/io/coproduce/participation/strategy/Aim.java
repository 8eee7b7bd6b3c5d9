package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One strategic aim of a plan, with the objectives that make it up, the enablers it needs and the
 * indicators that show whether it is being reached. Immutable and thread-safe.
 *
 * <p>Deliberately accepted: an aim with no enablers or no indicators yet (a plan being drafted);
 * an aim needs at least one objective.
 *
 * @param id the aim's id, unique within its plan
 * @param title what the aim is, in a sentence (at most {@value #MAX_TITLE} characters)
 * @param objectives its objectives, at least one, ids distinct
 * @param enablers its enablers, ids distinct; may be empty
 * @param indicators its indicators, ids distinct; may be empty
 */
public record Aim(AimId id, String title, List<Objective> objectives, List<Enabler> enablers,
    List<Indicator> indicators) {

  /** The longest title accepted. */
  public static final int MAX_TITLE = 500;

  /** Validates the aim and makes its lists immutable. */
  public Aim {
    Objects.requireNonNull(id, "id");
    Texts.require("aim.title", title, MAX_TITLE);
    objectives = ImmutableList.copyOf(objectives);
    enablers = ImmutableList.copyOf(enablers);
    indicators = ImmutableList.copyOf(indicators);
    if (objectives.isEmpty()) {
      throw InvalidInputException.of("aim.objectives", "must hold at least one objective", null);
    }
    distinct("objectives", objectives, Objective::id);
    distinct("enablers", enablers, Enabler::id);
    distinct("indicators", indicators, Indicator::id);
  }

  /** An aim with the given id text, title, objectives, enablers and indicators. */
  public static Aim of(String id, String title, List<Objective> objectives, List<Enabler> enablers,
      List<Indicator> indicators) {
    return new Aim(AimId.parse(id), title, objectives, enablers, indicators);
  }

  private static <T> void distinct(String name, List<T> items, Function<T, Object> id) {
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object key = id.apply(items.get(i));
      Integer earlier = seen.putIfAbsent(key, i);
      if (earlier != null) {
        throw InvalidInputException.of("aim." + name + "[" + i + "].id",
            "must not repeat the id of " + name + "[" + earlier + "]", key);
      }
    }
  }
}
