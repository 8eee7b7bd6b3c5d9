package io.coproduce.examples.scenario;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.ProcessId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fact for reporting: a young person took part in something, at an organisation, a layer, a
 * forum and a process, on a date. Ids only. Immutable.
 *
 * @param person who took part
 * @param organisation the organisation that ran it
 * @param layer the layer it worked at
 * @param forum the forum it was for
 * @param process the process it served
 * @param date the day (in the UK)
 * @param kind what they did
 */
public record ActivityFact(PersonId person, OrganisationId organisation, Layer layer, ForumId forum,
    ProcessId process, LocalDate date, ActivityKind kind) {

  /** Validates the fact. */
  public ActivityFact {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }
}
