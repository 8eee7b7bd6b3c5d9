package io.coproduce.examples.scenario;

import io.coproduce.core.id.PersonId;
import java.util.Objects;

/**
 * A consent story the generator planted for one young person: the answer key for trainees.
 * Immutable.
 *
 * @param person the young person
 * @param story what was planted
 */
public record PlantedConsent(PersonId person, ConsentStory story) {

  /** Validates the record. */
  public PlantedConsent {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(story, "story");
  }
}
