package io.coproduce.participation.framework;

import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.process.ProcessId;
import java.util.Objects;

/**
 * What an assessment is of: an organisation, a forum or a co-production process, by id.
 * Immutable and thread-safe.
 *
 * @param kind what kind of thing is assessed
 * @param id its id text, following {@link IdentifierSyntax}
 */
public record AssessmentSubject(Kind kind, String id) {

  /** The kinds of thing that can be assessed against a framework. */
  public enum Kind {
    /** A member organisation (its id is an {@link OrganisationId}). */
    ORGANISATION,
    /** A forum (its id is a {@link ForumId}). */
    FORUM,
    /** A co-production process (its id is a {@link ProcessId}). */
    PROCESS
  }

  /** Validates the subject. */
  public AssessmentSubject {
    Objects.requireNonNull(kind, "kind");
    IdentifierSyntax.requireValid("assessmentSubject.id", id);
  }

  /** An organisation as the subject. */
  public static AssessmentSubject organisation(OrganisationId organisation) {
    return new AssessmentSubject(Kind.ORGANISATION, organisation.value());
  }

  /** A forum as the subject. */
  public static AssessmentSubject forum(ForumId forum) {
    return new AssessmentSubject(Kind.FORUM, forum.value());
  }

  /** A co-production process as the subject. */
  public static AssessmentSubject process(ProcessId process) {
    return new AssessmentSubject(Kind.PROCESS, process.value());
  }

  /** Returns the kind and id, for example {@code forum yag-north}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
  }
}
