package io.coproduce.consent.material;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadingLevel;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The information material a decision rested on: which sheet, which version, in which
 * language, and (for written material) how hard it is to read. Immutable and thread-safe.
 *
 * @param id the material
 * @param version the version shown
 * @param language the language as a BCP 47 tag ({@code en}, {@code cy}, {@code pl}, {@code en-GB})
 * @param readingLevel the measured reading level of its text, or {@code null} for material that
 *     is not text (a pictorial sheet, a video)
 */
public record InformationMaterial(
    MaterialId id, MaterialVersion version, String language, ReadingLevel readingLevel) {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

  /** Validates the material. */
  public InformationMaterial {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(language, "language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw InvalidInputException.of(
          "informationMaterial.language", "must be a BCP 47 tag such as en, cy or en-GB", language);
    }
  }

  /** Material shown, with its measured reading level. */
  public static InformationMaterial of(
      MaterialId id, MaterialVersion version, String language, ReadingLevel readingLevel) {
    return new InformationMaterial(id, version, language, Objects.requireNonNull(readingLevel, "readingLevel"));
  }

  /** Material that is not text (pictorial, audio or video): no reading level. */
  public static InformationMaterial nonText(MaterialId id, MaterialVersion version, String language) {
    return new InformationMaterial(id, version, language, null);
  }

  /** Returns the reading level, for written material. */
  public Optional<ReadingLevel> level() {
    return Optional.ofNullable(readingLevel);
  }
}
