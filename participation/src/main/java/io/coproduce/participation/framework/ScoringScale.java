package io.coproduce.participation.framework;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ordered scale that answers are given on: "not met, partly met, met", "no, yes" or "0 to 3".
 * Levels run from the lowest to the highest, their scores strictly increasing, so a higher level
 * always scores more. Immutable and thread-safe.
 *
 * @param id the scale's id, unique within its framework
 * @param levels the levels, lowest first: 2 to {@value #MAX_LEVELS}, ids and labels distinct,
 *     scores strictly increasing
 */
public record ScoringScale(ScaleId id, List<ScoreLevel> levels) {

  /** The most levels a scale may have. */
  public static final int MAX_LEVELS = 20;

  /** Validates the scale and makes {@code levels} immutable. */
  public ScoringScale {
    Objects.requireNonNull(id, "id");
    levels = ImmutableList.copyOf(levels);
    if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
      throw InvalidInputException.of("scoringScale.levels",
          "must hold 2 to " + MAX_LEVELS + " levels, lowest first", levels.size());
    }
    Map<LevelId, Integer> ids = new HashMap<>();
    Map<String, Integer> labels = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      ScoreLevel level = levels.get(i);
      Integer earlier = ids.putIfAbsent(level.id(), i);
      if (earlier != null) {
        throw InvalidInputException.of("scoringScale.levels[" + i + "].id",
            "must not repeat the id of levels[" + earlier + "]", level.id());
      }
      earlier = labels.putIfAbsent(level.label(), i);
      if (earlier != null) {
        throw InvalidInputException.of("scoringScale.levels[" + i + "].label",
            "must not repeat the label of levels[" + earlier + "]", level.label());
      }
      if (i > 0 && level.score() <= levels.get(i - 1).score()) {
        throw InvalidInputException.of("scoringScale.levels[" + i + "].score",
            "must be higher than the score of the level before it (" + levels.get(i - 1).score()
                + "): levels run from the lowest to the highest", level.score());
      }
    }
  }

  /** A scale of the given levels, lowest first. */
  public static ScoringScale of(String id, List<ScoreLevel> levels) {
    return new ScoringScale(ScaleId.parse(id), levels);
  }

  /** Returns the level with id {@code level}, if the scale has it. */
  public Optional<ScoreLevel> level(LevelId level) {
    Objects.requireNonNull(level, "level");
    return levels.stream().filter(l -> l.id().equals(level)).findFirst();
  }

  /** Returns the lowest level. */
  public ScoreLevel lowest() {
    return levels.get(0);
  }

  /** Returns the highest level, whose score is the most a question on this scale can score. */
  public ScoreLevel highest() {
    return levels.get(levels.size() - 1);
  }

  /** Returns the level ids, lowest first, comma-separated (as error messages list them). */
  String levelNames() {
    return levels.stream().map(l -> l.id().value()).collect(Collectors.joining(", "));
  }
}
