package io.coproduce.core.error;

import java.util.Objects;

/**
 * Thrown when an id refers to something the library (or the host's store) does not hold: a
 * consent for a person never recorded, a forum that does not exist.
 */
public final class UnknownReferenceException extends CoproduceException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String reference;

  private UnknownReferenceException(String kind, String reference) {
    super(kind + " " + reference + " is not known", "must refer to a known " + kind, null);
    this.kind = kind;
    this.reference = reference;
  }

  /**
   * An unknown reference.
   *
   * @param kind what kind of thing was referred to (for example {@code "person"})
   * @param reference the id used; ids are pseudonymous, so this is never personal data
   */
  public static UnknownReferenceException of(String kind, Object reference) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    return new UnknownReferenceException(kind, String.valueOf(reference));
  }

  /** Returns the kind of thing referred to. */
  public String kind() {
    return kind;
  }

  /** Returns the id that was not found. */
  public String reference() {
    return reference;
  }
}
