package io.coproduce.reporting.quality;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.quality.ElementStatus;
import io.coproduce.participation.quality.LundyElement;
import io.coproduce.participation.quality.ParticipationQuality;
import io.coproduce.participation.quality.QualityScope;
import io.coproduce.participation.quality.HartRung;
import io.coproduce.participation.quality.ShierLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the quality report reads about one process or forum: the status of each Lundy element,
 * the rung of Hart's ladder and the level of Shier's pathways reached (if any), and the rules of
 * the tokenism, decoration and manipulation findings raised. Taken from a {@link
 * ParticipationQuality} by {@link #of(ParticipationQuality)}; nothing about any person. Immutable.
 *
 * @param scope the process or forum assessed
 * @param lundy the status of each of the four elements
 * @param hart the rung reached, empty when no young person took part
 * @param shier the level reached, empty when the facts show none
 * @param concerns the rules of the tokenism, decoration and manipulation findings, sorted
 */
public record QualityResult(QualityScope scope, Map<LundyElement, ElementStatus> lundy, Optional<HartRung> hart,
    Optional<ShierLevel> shier, Set<String> concerns) {

  /**
   * Validates the result.
   *
   * @throws InvalidInputException naming {@code qualityResult.lundy} when an element is missing
   */
  public QualityResult {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(lundy, "lundy");
    Objects.requireNonNull(hart, "hart");
    Objects.requireNonNull(shier, "shier");
    Objects.requireNonNull(concerns, "concerns");
    EnumMap<LundyElement, ElementStatus> copy = new EnumMap<>(LundyElement.class);
    lundy.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "element"), Objects.requireNonNull(v, "status")));
    if (copy.size() != LundyElement.values().length) {
      throw InvalidInputException.of("qualityResult.lundy", "must give a status for each of the four elements",
          copy.size());
    }
    lundy = Collections.unmodifiableMap(copy);
    concerns = Collections.unmodifiableSortedSet(new TreeSet<>(concerns));
  }

  /** The result read from a computed participation quality. */
  public static QualityResult of(ParticipationQuality quality) {
    Objects.requireNonNull(quality, "quality");
    var lundy = quality.lundy();
    Map<LundyElement, ElementStatus> statuses = new EnumMap<>(LundyElement.class);
    for (LundyElement e : LundyElement.values()) {
      statuses.put(e, lundy.status(e));
    }
    Set<String> concerns = new TreeSet<>();
    for (Finding f : quality.tokenism()) {
      concerns.add(f.rule());
    }
    return new QualityResult(lundy.scope(), statuses, quality.hart().rungReached(), quality.shier().levelReached(),
        concerns);
  }

  /** Returns the scope's label: the process's or the forum's id. */
  public String label() {
    return scope.processScope().map(p -> p.id().value())
        .orElseGet(() -> scope.forums().iterator().next().value());
  }
}
