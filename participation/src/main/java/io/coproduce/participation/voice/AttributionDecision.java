package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which attribution may actually be used for a contributor's words at an instant, and why: the
 * answer of an {@link AttributionCheck}. Immutable and thread-safe.
 *
 * <p>The attribution allowed is the preferred one, or {@link Attribution#ANONYMOUS} as the only
 * fallback, or none (not quotable). The reasons start with the attribution rule applied (one of
 * {@link VoiceRules#ATTRIBUTION_AS_PREFERRED}, {@link VoiceRules#ATTRIBUTION_ANONYMOUS_FALLBACK}
 * or {@link VoiceRules#ATTRIBUTION_NOT_QUOTABLE}, and for a named preference {@link
 * VoiceRules#ATTRIBUTION_NAMED_NEEDS_BOTH}), followed by the consent gate's reasons for each
 * purpose the answer rests on, so a host can show exactly which consent is missing.
 *
 * @param contributor who the words are from
 * @param preferred the attribution they asked for
 * @param at the instant checked
 * @param attribution the attribution allowed: {@code preferred}, {@link Attribution#ANONYMOUS},
 *     or {@code null} when they may not be quoted
 * @param reasons why; at least one
 */
public record AttributionDecision(PersonId contributor, Attribution preferred, Instant at,
    Attribution attribution, List<Reason> reasons) {

  /**
   * Validates the decision.
   *
   * @throws InvalidInputException naming {@code attributionDecision.attribution} when it is
   *     neither the preferred one nor anonymous, or {@code attributionDecision.reasons} when there
   *     is no reason
   */
  public AttributionDecision {
    Objects.requireNonNull(contributor, "contributor");
    Objects.requireNonNull(preferred, "preferred");
    Objects.requireNonNull(at, "at");
    reasons = ImmutableList.copyOf(reasons);
    if (attribution != null && attribution != preferred && attribution != Attribution.ANONYMOUS) {
      throw InvalidInputException.of("attributionDecision.attribution",
          "must be the preferred attribution, ANONYMOUS, or none", attribution);
    }
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("attributionDecision.reasons", "must give a reason", contributor);
    }
  }

  /** Returns what the check allows. */
  public AttributionOutcome outcome() {
    if (attribution == null) {
      return AttributionOutcome.NOT_QUOTABLE;
    }
    return attribution == preferred ? AttributionOutcome.AS_PREFERRED : AttributionOutcome.ANONYMOUS_FALLBACK;
  }

  /** Returns the attribution that may be used, if the contributor may be quoted at all. */
  public Optional<Attribution> usable() {
    return Optional.ofNullable(attribution);
  }

  /** Returns whether the contributor may be quoted in any way. */
  public boolean quotable() {
    return attribution != null;
  }
}
