package io.coproduce.examples.scenario;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * A session of the scenario: the plan the session checker sees, and where it sits in the
 * coalition (the forum it was held for, the process it served, the layer). Immutable.
 *
 * @param plan the session plan
 * @param forum the forum the session was held for
 * @param process the co-production process it served
 * @param layer the layer it worked at
 * @param fault the safeguarding fault planted in it, or {@code null} for a clean session
 */
public record ScheduledSession(SessionPlan plan, ForumId forum, ProcessId process, Layer layer,
    SessionFault fault) {

  /** Validates the record. */
  public ScheduledSession {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(layer, "layer");
  }

  /** Returns the session's id. */
  public SessionId id() {
    return plan.id();
  }

  /** Returns the organisation running it. */
  public OrganisationId organiser() {
    return plan.organiser();
  }

  /** Returns the planted fault, if any. */
  public Optional<SessionFault> plantedFault() {
    return Optional.ofNullable(fault);
  }
}
