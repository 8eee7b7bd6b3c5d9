package io.coproduce.participation.framework;

import io.coproduce.participation.internal.Texts;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.IdentifierSyntax;
import java.util.Comparator;
import java.util.Objects;

/**
 * What an answer rests on: a short description of the evidence, or the id of a document or
 * record the host holds (minutes, a feedback log, a report). Never personal: a description says
 * what the evidence is ("minutes of the March board, item 4"), not who said what, and the library
 * cannot check that, so hosts must. A description that breaks a rule is withheld from the error,
 * in case it is personal. Immutable and thread-safe.
 *
 * @param kind whether {@code text} describes the evidence or refers to it by id
 * @param text a description (1 to {@value #MAX_DESCRIPTION} characters, not blank, no control
 *     characters other than line breaks) or an id following {@link IdentifierSyntax}
 */
public record Evidence(Kind kind, String text) {

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 500;

  /** A stable order: descriptions before references, then by text. */
  static final Comparator<Evidence> ORDER =
      Comparator.comparing(Evidence::kind).thenComparing(Evidence::text);

  /** The two ways of giving evidence. */
  public enum Kind {
    /** A non-personal description of the evidence. */
    DESCRIPTION,
    /** The id of a document or record the host holds. */
    REFERENCE
  }

  /** Validates the evidence. */
  public Evidence {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.REFERENCE) {
      IdentifierSyntax.requireValid("evidence.text", text);
    } else {
      try {
        Texts.require("evidence.text", text, MAX_DESCRIPTION);
      } catch (InvalidInputException e) {
        throw InvalidInputException.personal(e.field(), e.rule());
      }
    }
  }

  /** Evidence described in a few non-personal words. */
  public static Evidence described(String description) {
    return new Evidence(Kind.DESCRIPTION, description);
  }

  /** Evidence referred to by the id of a document or record the host holds. */
  public static Evidence reference(String id) {
    return new Evidence(Kind.REFERENCE, id);
  }
}
