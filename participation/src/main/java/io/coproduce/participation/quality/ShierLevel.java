package io.coproduce.participation.quality;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;

/**
 * The five levels of Shier's pathways to participation (Shier 2001, {@link
 * QualityRules#SHIER_SOURCE}), lowest first: the declaration order is the model's, so {@link
 * #isAtLeast(ShierLevel)} compares by it.
 */
public enum ShierLevel {
  /** Young people are listened to. */
  LISTENED_TO(1, "listened to"),
  /** Young people are supported in expressing their views. */
  SUPPORTED_TO_EXPRESS_VIEWS(2, "supported to express their views"),
  /** Young people's views are taken into account. */
  VIEWS_TAKEN_INTO_ACCOUNT(3, "views taken into account"),
  /** Young people are involved in decision-making processes. */
  INVOLVED_IN_DECISION_MAKING(4, "involved in decision-making processes"),
  /** Young people share power and responsibility for decisions. */
  SHARE_POWER_AND_RESPONSIBILITY(5, "share power and responsibility for decisions");

  private final int number;
  private final String label;

  ShierLevel(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /**
   * Returns the level numbered {@code number}.
   *
   * @throws InvalidInputException naming {@code shierLevel} when it is not 1 to 5
   */
  public static ShierLevel ofNumber(int number) {
    if (number < 1 || number > 5) {
      throw InvalidInputException.of("shierLevel", "must be 1 to 5", number);
    }
    return values()[number - 1];
  }

  /** Returns the level's number, 1 to 5. */
  public int number() {
    return number;
  }

  /** Returns a short label a person can read, for example {@code "listened to"}. */
  public String label() {
    return label;
  }

  /** Returns whether this level is at least as high as {@code other}. */
  public boolean isAtLeast(ShierLevel other) {
    return compareTo(other) >= 0;
  }

  /** Returns the source of the model, {@link QualityRules#SHIER_SOURCE}. */
  public RuleSource source() {
    return QualityRules.SHIER_SOURCE;
  }
}
