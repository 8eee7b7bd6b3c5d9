package io.coproduce.participation.session;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * The live online platform a session uses and the minimum age its own terms of service set
 * (many require 13 or 16). That minimum is separate from the age at which a child may consent
 * to data processing for an online service. Immutable.
 *
 * @param name the platform's name (a product name, never personal)
 * @param minimumAge the youngest age the platform's terms allow, 0 when it sets none
 */
public record OnlinePlatform(String name, int minimumAge) {

  /** Validates the platform. */
  public OnlinePlatform {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 80) {
      throw InvalidInputException.of("onlinePlatform.name", "must be 1 to 80 characters, not blank", name);
    }
    if (minimumAge < 0 || minimumAge > 25) {
      throw InvalidInputException.of("onlinePlatform.minimumAge", "must be 0 to 25", minimumAge);
    }
  }

  /** A platform with a minimum age. */
  public static OnlinePlatform of(String name, int minimumAge) {
    return new OnlinePlatform(name, minimumAge);
  }
}
