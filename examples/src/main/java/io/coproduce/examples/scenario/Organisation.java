package io.coproduce.examples.scenario;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.util.Objects;

/**
 * A fictional member organisation of the scenario's coalition. Immutable.
 *
 * @param id the organisation's id
 * @param kind what kind of organisation it is
 * @param nation the UK nation it works in
 * @param label a made-up display name (no real organisation is meant)
 * @param localSystem the index of the local system it belongs to, or -1 for national bodies
 */
public record Organisation(OrganisationId id, OrganisationKind kind, Jurisdiction nation, String label,
    int localSystem) {

  /** Validates the organisation. */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw InvalidInputException.of("organisation.label", "must not be blank", id);
    }
    if (localSystem < -1) {
      throw InvalidInputException.of("organisation.localSystem", "must be -1 (national) or an index", localSystem);
    }
  }

  /** An organisation. */
  public static Organisation of(OrganisationId id, OrganisationKind kind, Jurisdiction nation, String label,
      int localSystem) {
    return new Organisation(id, kind, nation, label, localSystem);
  }
}
