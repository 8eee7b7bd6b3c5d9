package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The level of Shier's pathways a process (or a forum) reached at an instant, inferred from the
 * facts: which of the five levels the facts show, the highest of them, and a reason for each
 * level, shown or not, so a gap below the level reached is visible. No level when the facts show
 * none. Immutable and thread-safe.
 *
 * @param scope what was assessed
 * @param at the instant of the assessment
 * @param shown the levels the facts show, lowest first
 * @param reasons a reason for each level, lowest first, then the conclusion ({@link
 *     QualityRules#SHIER_LEVEL} or {@link QualityRules#SHIER_NO_PARTICIPATION})
 */
public record ShierAssessment(QualityScope scope, Instant at, Set<ShierLevel> shown, List<Reason> reasons) {

  /**
   * Validates the assessment.
   *
   * @throws InvalidInputException naming {@code shierAssessment.reasons} when there is no reason
   */
  public ShierAssessment {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    shown = Sets.immutableEnumSet(copy(shown));
    reasons = ImmutableList.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("shierAssessment.reasons", "must give a reason", shown.size());
    }
  }

  private static EnumSet<ShierLevel> copy(Collection<ShierLevel> levels) {
    EnumSet<ShierLevel> out = EnumSet.noneOf(ShierLevel.class);
    out.addAll(Objects.requireNonNull(levels, "shown"));
    return out;
  }

  /** Returns the highest level the facts show, if they show any. */
  public Optional<ShierLevel> levelReached() {
    ShierLevel highest = null;
    for (ShierLevel level : shown) {
      highest = level;
    }
    return Optional.ofNullable(highest);
  }

  /** Returns whether the facts show {@code level}. */
  public boolean shows(ShierLevel level) {
    return shown.contains(Objects.requireNonNull(level, "level"));
  }

  /** Returns the levels below the one reached that the facts do not show, lowest first. */
  public List<ShierLevel> gapsBelow() {
    Optional<ShierLevel> reached = levelReached();
    if (reached.isEmpty()) {
      return List.of();
    }
    return EnumSet.range(ShierLevel.LISTENED_TO, reached.get()).stream().filter(l -> !shown.contains(l))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the last reason: the one that states the level, or that the facts show none. */
  public Reason conclusion() {
    return reasons.get(reasons.size() - 1);
  }
}
