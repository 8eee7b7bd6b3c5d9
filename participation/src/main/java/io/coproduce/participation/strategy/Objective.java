package io.coproduce.participation.strategy;

import io.coproduce.participation.internal.Texts;
import java.util.Objects;

/**
 * One objective under a strategic aim: a piece of what the aim sets out to do. Immutable and
 * thread-safe.
 *
 * @param id the objective's id, unique within its plan
 * @param title what the objective is, in a sentence (at most {@value #MAX_TITLE} characters)
 */
public record Objective(ObjectiveId id, String title) {

  /** The longest title accepted. */
  public static final int MAX_TITLE = 500;

  /** Validates the objective. */
  public Objective {
    Objects.requireNonNull(id, "id");
    Texts.require("objective.title", title, MAX_TITLE);
  }

  /** An objective with the given id text and title. */
  public static Objective of(String id, String title) {
    return new Objective(ObjectiveId.parse(id), title);
  }
}
