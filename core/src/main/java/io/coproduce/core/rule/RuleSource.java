package io.coproduce.core.rule;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * Where a rule comes from, so a host application can show a facilitator not only what the
 * library decided but on whose authority. Immutable and thread-safe.
 *
 * @param kind what kind of authority the source is
 * @param citation a citation a person can look up, for example
 *     {@code "Children Act 1989 s.3"} or {@code "NSPCC, Recommended adult to child ratios (2023)"}
 */
public record RuleSource(Kind kind, String citation) {

  /** The kinds of authority a rule can rest on, strongest first. */
  public enum Kind {
    /** An Act, statutory instrument, retained EU law or case law. */
    LAW,
    /** Guidance a body must have regard to by statute. */
    STATUTORY_GUIDANCE,
    /** Recognised guidance or a published model (NSPCC, ICO, NHS England, academic models). */
    GUIDANCE,
    /** The organisation's own policy, stricter than the defaults the library ships. */
    ORGANISATION_POLICY,
    /** A reading Coproduce takes where the sources leave a gap; always the protective one. */
    LIBRARY_DEFAULT
  }

  /** Validates the source. */
  public RuleSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(citation, "citation");
    if (citation.isBlank()) {
      throw InvalidInputException.of("ruleSource.citation", "must not be blank", citation);
    }
  }

  /** A law (Act, regulation or case law). */
  public static RuleSource law(String citation) {
    return new RuleSource(Kind.LAW, citation);
  }

  /** Statutory guidance. */
  public static RuleSource statutoryGuidance(String citation) {
    return new RuleSource(Kind.STATUTORY_GUIDANCE, citation);
  }

  /** Recognised guidance or a published model. */
  public static RuleSource guidance(String citation) {
    return new RuleSource(Kind.GUIDANCE, citation);
  }

  /** An organisation's own policy. */
  public static RuleSource organisationPolicy(String citation) {
    return new RuleSource(Kind.ORGANISATION_POLICY, citation);
  }

  /** A protective reading the library takes where sources are silent. */
  public static RuleSource libraryDefault(String citation) {
    return new RuleSource(Kind.LIBRARY_DEFAULT, citation);
  }

  @Override
  public String toString() {
    return citation + " [" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]";
  }
}
