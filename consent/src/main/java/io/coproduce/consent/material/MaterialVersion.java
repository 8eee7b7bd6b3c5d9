package io.coproduce.consent.material;

import io.coproduce.core.error.InvalidInputException;

/**
 * The version of an information material, {@code major.minor}. A new major version is a
 * material change: consent that rested on an older major version no longer stands, because the
 * young person agreed to something described differently. A new minor version is a correction
 * (a typo, a phone number) and leaves consent standing. Immutable and thread-safe; text form
 * {@code "2.1"}.
 *
 * @param major the major version, 1 to 9999
 * @param minor the minor version, 0 to 9999
 */
public record MaterialVersion(int major, int minor) implements Comparable<MaterialVersion> {

  /** Validates the version. */
  public MaterialVersion {
    if (major < 1 || major > 9999) {
      throw InvalidInputException.of("materialVersion.major", "must be 1 to 9999", major);
    }
    if (minor < 0 || minor > 9999) {
      throw InvalidInputException.of("materialVersion.minor", "must be 0 to 9999", minor);
    }
  }

  /** A version. */
  public static MaterialVersion of(int major, int minor) {
    return new MaterialVersion(major, minor);
  }

  /**
   * Parses {@code major.minor}, each one to four digits.
   *
   * @throws InvalidInputException naming {@code materialVersion}
   */
  public static MaterialVersion parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("materialVersion", "must not be null", null);
    }
    int dot = text.indexOf('.');
    if (dot < 0 || !digits(text.substring(0, dot)) || !digits(text.substring(dot + 1))) {
      throw InvalidInputException.of("materialVersion", "must look like 2.1 (major.minor)", text);
    }
    return new MaterialVersion(
        Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Returns whether {@code later} is a material change from this version (a higher major). */
  public boolean isMateriallyChangedBy(MaterialVersion later) {
    return later.major > major;
  }

  @Override
  public int compareTo(MaterialVersion other) {
    int c = Integer.compare(major, other.major);
    return c != 0 ? c : Integer.compare(minor, other.minor);
  }

  /** Returns {@code "major.minor"}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
