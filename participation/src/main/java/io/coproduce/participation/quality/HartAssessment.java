package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rung of Hart's ladder a process (or a forum) reached at an instant, inferred from the
 * facts, with the reasons for it, each citing its source. No rung when no young person took part
 * at all: the ladder describes how young people take part, and there was nothing to place on it.
 * Immutable and thread-safe.
 *
 * @param scope what was assessed
 * @param at the instant of the assessment
 * @param initiator who started it, as the host recorded
 * @param rung the rung reached, or {@code null} when no young person took part
 * @param reasons why, step by step, ending with the rule {@link QualityRules#HART_RUNG} or
 *     {@link QualityRules#HART_NO_PARTICIPATION}; at least one
 */
public record HartAssessment(QualityScope scope, Instant at, Initiator initiator, HartRung rung,
    List<Reason> reasons) {

  /**
   * Validates the assessment.
   *
   * @throws InvalidInputException naming {@code hartAssessment.reasons} when there is no reason
   */
  public HartAssessment {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(initiator, "initiator");
    reasons = ImmutableList.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("hartAssessment.reasons", "must give a reason", rung);
    }
  }

  /** Returns the rung reached, if any young person took part. */
  public Optional<HartRung> rungReached() {
    return Optional.ofNullable(rung);
  }

  /** Returns whether the rung reached is a degree of participation (4 or above). */
  public boolean isParticipation() {
    return rung != null && rung.isParticipation();
  }

  /** Returns the last reason: the one that states the rung, or that no young person took part. */
  public Reason conclusion() {
    return reasons.get(reasons.size() - 1);
  }
}
