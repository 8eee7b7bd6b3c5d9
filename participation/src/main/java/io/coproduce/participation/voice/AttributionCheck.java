package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers which attribution may actually be used when quoting a contributor at an instant, from
 * the consent recorded for them. Immutable and thread-safe (as the {@link ConsentGate} it reads).
 *
 * <h2>The rule</h2>
 *
 * <ol>
 *   <li>Each attribution needs its own consent: {@link Attribution#purposes()} (UK GDPR Art 4(11)
 *       and Art 7, {@link VoiceRules#CONSENT_PER_ATTRIBUTION_SOURCE}). A named quote needs both
 *       quoting by first name and public credit ({@link VoiceRules#NAMED_NEEDS_BOTH_SOURCE}).
 *   <li>If the consent gate allows every purpose of the preferred attribution at the instant, it
 *       is used ({@link AttributionOutcome#AS_PREFERRED}).
 *   <li>Otherwise, if the gate allows an anonymous quote, the words may be used anonymously
 *       ({@link AttributionOutcome#ANONYMOUS_FALLBACK}). This is the only fallback: a young person
 *       is never attributed under a different name from the one they asked for ({@link
 *       VoiceRules#FALLBACK_SOURCE}).
 *   <li>Otherwise they may not be quoted ({@link AttributionOutcome#NOT_QUOTABLE}).
 * </ol>
 *
 * <p>The gate is protective: no consent recorded, consent refused, withdrawn, revoked, expired,
 * or resting on changed information, a child's dissent, a missing assent: each blocks the
 * purpose, and the answer carries the gate's reasons. Whether the contribution may be published
 * at all (the consent purpose {@link Purpose#publication()}) is a separate check for the host.
 */
public final class AttributionCheck {

  private static final Purpose ANONYMOUS_QUOTE = Attribution.ANONYMOUS.purposes().get(0);

  private final ConsentGate gate;

  private AttributionCheck(ConsentGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /** A check reading consent through {@code gate}. */
  public static AttributionCheck of(ConsentGate gate) {
    return new AttributionCheck(gate);
  }

  /**
   * Checks which attribution may be used for {@code contributor}, who prefers {@code preferred},
   * at {@code at}.
   *
   * @throws InvalidInputException when {@code at} may be before the contributor's birth (from
   *     the gate)
   */
  public AttributionDecision check(Person contributor, Attribution preferred, Instant at) {
    Objects.requireNonNull(contributor, "contributor");
    Objects.requireNonNull(preferred, "preferred");
    Objects.requireNonNull(at, "at");
    List<Purpose> asked = new ArrayList<>(preferred.purposes());
    if (preferred != Attribution.ANONYMOUS) {
      asked.add(ANONYMOUS_QUOTE);
    }
    ConsentCheck consent = gate.check(contributor, asked, at);
    List<PurposeDecision> forPreferred = new ArrayList<>();
    boolean preferredAllowed = true;
    for (Purpose p : preferred.purposes()) {
      PurposeDecision d = consent.decision(p);
      forPreferred.add(d);
      preferredAllowed &= d.allowed();
    }
    PurposeDecision anonymous = consent.decision(ANONYMOUS_QUOTE);
    String who = contributor.id().value();
    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    Attribution allowed;
    if (preferredAllowed) {
      allowed = preferred;
      reasons.add(Reason.of(VoiceRules.ATTRIBUTION_AS_PREFERRED, who + " may be quoted as they prefer ("
          + preferred + "): the consent it needs stands at " + at, VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE));
    } else if (anonymous.allowed()) {
      allowed = Attribution.ANONYMOUS;
      reasons.add(Reason.of(VoiceRules.ATTRIBUTION_ANONYMOUS_FALLBACK, who + " may not be quoted as they"
          + " prefer (" + preferred + ") at " + at + ", but may be quoted anonymously: consent to that"
          + " stands, and no other name is used", VoiceRules.FALLBACK_SOURCE));
    } else {
      allowed = null;
      reasons.add(Reason.of(VoiceRules.ATTRIBUTION_NOT_QUOTABLE, who + " may not be quoted at " + at
          + ": there is no standing consent to being quoted as they prefer (" + preferred + ")"
          + (preferred == Attribution.ANONYMOUS ? "" : " or anonymously"),
          VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE));
    }
    if (preferred == Attribution.NAMED) {
      reasons.add(Reason.of(VoiceRules.ATTRIBUTION_NAMED_NEEDS_BOTH, "a quote under " + who + "'s name"
          + " needs consent to being quoted by first name and to being named or credited publicly",
          VoiceRules.NAMED_NEEDS_BOTH_SOURCE));
    }
    for (PurposeDecision d : forPreferred) {
      reasons.addAll(d.reasons());
    }
    if (!preferredAllowed && preferred != Attribution.ANONYMOUS) {
      reasons.addAll(anonymous.reasons());
    }
    return new AttributionDecision(contributor.id(), preferred, at, allowed, reasons.build());
  }

  /**
   * Checks which attribution may be used for {@code contribution}, whose contributor is {@code
   * contributor}, at {@code at}, with the contribution's own preference.
   *
   * @throws InvalidInputException naming {@code contributor} when the person is not the
   *     contribution's contributor
   */
  public AttributionDecision check(Contribution contribution, Person contributor, Instant at) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(contributor, "contributor");
    if (!contribution.contributor().equals(contributor.id())) {
      throw InvalidInputException.of("contributor",
          "must be the contributor of contribution " + contribution.id(), contributor.id());
    }
    return check(contributor, contribution.attribution(), at);
  }

  @Override
  public String toString() {
    return "AttributionCheck[" + gate + "]";
  }
}
