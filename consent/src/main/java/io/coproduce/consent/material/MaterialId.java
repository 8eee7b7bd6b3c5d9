package io.coproduce.consent.material;

import io.coproduce.core.id.IdentifierSyntax;
import java.util.random.RandomGenerator;

/**
 * The id of an information material (an information sheet, a consent form, an easy-read or
 * pictorial version). Immutable and thread-safe; {@link #toString()} gives the text that
 * {@link #parse(String)} reads.
 *
 * @param value the id text, following {@link IdentifierSyntax}
 */
public record MaterialId(String value) {

  /** Validates the id. */
  public MaterialId {
    IdentifierSyntax.requireValid("materialId", value);
  }

  /** Parses an id from its text form. */
  public static MaterialId parse(String text) {
    return new MaterialId(text);
  }

  /** Mints a new random id. */
  public static MaterialId random(RandomGenerator random) {
    return new MaterialId(IdentifierSyntax.mint(random));
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
