package io.coproduce.participation.forum;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import java.util.Objects;

/**
 * A forum: a group that meets to discuss and decide (a youth advisory group, a steering group, a
 * panel, a board, a reference group), held by an organisation and sitting at a {@link Layer}.
 * Who sits on it is not held here but in {@link Membership}s of a {@link ForumNetwork}, so
 * whether it is a young people's forum is read from its members on a date. Immutable and
 * thread-safe.
 *
 * <p>The label is the forum's public name ("Youth advisory group, north locality"), never a
 * person's. Since it is free text, errors about it never repeat it.
 *
 * @param id the forum's id
 * @param organisation the organisation that holds the forum
 * @param kind what kind of group it is
 * @param layer the layer it sits at
 * @param label its public name: 1 to {@value #MAX_LABEL_LENGTH} characters, not blank, no
 *     line breaks or other control characters
 */
public record Forum(ForumId id, OrganisationId organisation, ForumKind kind, Layer layer, String label) {

  /** The longest label accepted. */
  public static final int MAX_LABEL_LENGTH = 120;

  /** Validates the forum. */
  public Forum {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw InvalidInputException.of("forum.label", "must not be blank", null);
    }
    if (label.length() > MAX_LABEL_LENGTH) {
      throw InvalidInputException.of(
          "forum.label", "must be at most " + MAX_LABEL_LENGTH + " characters", null);
    }
    if (label.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInputException.of(
          "forum.label", "must not contain line breaks or other control characters", null);
    }
  }

  /** A forum. */
  public static Forum of(ForumId id, OrganisationId organisation, ForumKind kind, Layer layer, String label) {
    return new Forum(id, organisation, kind, layer, label);
  }

  /** Returns the id, kind and layer; the label is left out, as errors and logs show ids only. */
  @Override
  public String toString() {
    return "Forum[" + id + ", " + organisation + ", " + kind + ", " + layer + "]";
  }
}
