package io.coproduce.reporting.aggregate;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Person;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.ProcessId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a person did on a date: who (a pseudonymous id) took part in, contributed to or
 * heard back from what (organisation, layer, and where known forum and process), with the facts
 * about the person that reports group by (age band on that date, jurisdiction, equality-monitoring
 * answers). It holds nothing else about the person. Immutable and thread-safe.
 *
 * @param person the person's pseudonymous id
 * @param organisation the organisation running the activity
 * @param layer the layer the activity sits at
 * @param forum the forum it was held for, or {@code null} when none
 * @param process the co-production process it belongs to, or {@code null} when none
 * @param date the date it happened
 * @param kind what the person did
 * @param ageBand the person's age band on {@code date}
 * @param jurisdiction the person's jurisdiction
 * @param monitoring the person's equality-monitoring answers
 */
public record ActivityEvent(
    PersonId person,
    OrganisationId organisation,
    Layer layer,
    ForumId forum,
    ProcessId process,
    LocalDate date,
    ActivityKind kind,
    AgeBand ageBand,
    Jurisdiction jurisdiction,
    EqualityMonitoring monitoring) {

  /** Validates the event: every field but {@code forum} and {@code process} is required. */
  public ActivityEvent {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(monitoring, "monitoring");
  }

  /**
   * An event for {@code person}, with their age band on {@code date}, their jurisdiction and
   * their monitoring answers taken from the record.
   *
   * @param forum the forum, or {@code null} when none
   * @param process the process, or {@code null} when none
   */
  public static ActivityEvent of(Person person, OrganisationId organisation, Layer layer,
      ForumId forum, ProcessId process, LocalDate date, ActivityKind kind) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(date, "date");
    return new ActivityEvent(person.id(), organisation, layer, forum, process, date, kind,
        person.ageBandOn(date), person.jurisdiction(), person.monitoring());
  }

  /** Returns the forum, if the activity was held for one. */
  public Optional<ForumId> forumId() {
    return Optional.ofNullable(forum);
  }

  /** Returns the process, if the activity belongs to one. */
  public Optional<ProcessId> processId() {
    return Optional.ofNullable(process);
  }
}
