package io.coproduce.examples.scenario;

import io.coproduce.participation.session.SessionId;
import java.util.Objects;

/**
 * A fault the generator planted in one session: the answer key for trainees. Immutable.
 *
 * @param session the session holding the fault
 * @param fault what was planted
 */
public record PlantedFault(SessionId session, SessionFault fault) {

  /** Validates the record. */
  public PlantedFault {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(fault, "fault");
  }
}
