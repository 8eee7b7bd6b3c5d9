package io.coproduce.consent.gate;

import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing a consent check found about one purpose for one young person: its {@link
 * FindingKind kind} and the facts it rests on (who, which event, when). People are named by id
 * only. The explanation is written on demand by {@link #reason()}, so a check that is only asked
 * yes or no does not build sentences. Immutable and thread-safe.
 *
 * @param kind what was found
 * @param subject the young person
 * @param purpose the purpose
 * @param party who else the finding is about (a parent, a local authority), or {@code null}
 * @param event the consent event it rests on, or {@code null}
 * @param instant when the fact happened (a withdrawal, an expiry, a publication), or {@code null}
 * @param number an age threshold for {@link FindingKind#RECONSENT_AFTER_AGE_TRANSITION}, else -1
 * @param detail a short, non-personal detail (an authority, an assessment id, a version), or {@code null}
 */
public record Finding(
    FindingKind kind, PersonId subject, Purpose purpose, PartyId party, ConsentEventId event,
    Instant instant, int number, String detail) {

  /** Validates the finding. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
  }

  static Finding of(FindingKind kind, PersonId subject, Purpose purpose) {
    return new Finding(kind, subject, purpose, null, null, null, -1, null);
  }

  static Finding of(FindingKind kind, PersonId subject, Purpose purpose, PartyId party,
      ConsentEventId event, Instant instant, String detail) {
    return new Finding(kind, subject, purpose, party, event, instant, -1, detail);
  }

  /** Returns the other party, if any. */
  public Optional<PartyId> about() {
    return Optional.ofNullable(party);
  }

  /** Returns the event, if any. */
  public Optional<ConsentEventId> restsOn() {
    return Optional.ofNullable(event);
  }

  /** Returns the instant, if any. */
  public Optional<Instant> when() {
    return Optional.ofNullable(instant);
  }

  /** Returns the age threshold, for a re-consent after a birthday. */
  public OptionalInt threshold() {
    return number < 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** Returns whether the finding names something missing (it blocks, or is another way). */
  public boolean isGap() {
    return kind.isGap();
  }

  /** Returns whether the finding blocks the purpose. */
  public boolean blocks() {
    return kind.role() == FindingKind.Role.BLOCKS;
  }

  /** Returns the explanation, with the rule's name and source. */
  public Reason reason() {
    return Reason.of(kind.rule(), explanation(), kind.source());
  }

  private String explanation() {
    String s = subject.value();
    String p = purpose.describe();
    String who = party == null ? "someone" : party.value();
    String at = instant == null ? "" : " at " + instant;
    String ev = event == null ? "" : " (event " + event + ")";
    return switch (kind) {
      case OWN_CONSENT -> s + "'s own consent to " + p + ev + at + " stands" + paren(detail);
      case SURROGATE_CONSENT -> who + "'s consent to " + p + " for " + s + ev + at + " stands" + paren(detail);
      case ASSENT -> s + " assented to " + p + at;
      case NEEDS_OWN_CONSENT -> p + " needs " + s + "'s own consent" + (detail == null ? "" : ": " + detail);
      case NEEDS_SURROGATE_CONSENT -> party == null
          ? p + " needs consent from a person with parental responsibility for " + s
              + (detail == null ? "" : " (" + detail + ")")
          : p + " needs consent from " + who + (detail == null ? "" : " (" + detail + ")");
      case NEEDS_ASSENT -> p + " needs " + s + "'s own assent beside the consent given for them";
      case NEEDS_CAPACITY_ASSESSMENT -> "or: an assessment finding " + s + " capable of this decision"
          + " would let them decide about " + p + " for themself";
      case DISSENTED -> s + " objected to " + p + at + "; that blocks it, whatever the adults decided";
      case REFUSED_BY_YOUNG_PERSON -> s + " refused " + p + ev + at;
      case REFUSED_BY_SURROGATE -> who + " refused " + p + " for " + s + ev + at;
      case WITHDRAWN -> s + " withdrew consent to " + p + ev + at + "; nothing after that is allowed"
          + " until " + s + " gives new consent or assent";
      case REVOKED -> who + " revoked consent to " + p + " for " + s + ev + at;
      case EXPIRED -> "consent to " + p + " for " + s + ev + " expired" + at;
      case INVALIDATED -> "consent to " + p + " for " + s + ev + " was invalidated" + at + paren(detail);
      case NOT_YET_VALID -> "consent to " + p + " for " + s + ev + " applies only from " + instant;
      case DEFERRED -> who + " deferred the decision about " + p + " for " + s + ev + at;
      case RECONSENT_AFTER_AGE_TRANSITION -> "since their " + ordinal(number) + " birthday " + s
          + " decides about " + p + " for themself: the consent " + who + " gave" + ev
          + " must be re-confirmed by " + s;
      case RECONSENT_AFTER_MATERIAL_CHANGE -> "consent to " + p + " for " + s + ev + " rested on "
          + detail + ", which changed materially" + at + ": consent must be sought again";
      case HOLDERS_DISAGREE -> "people with parental responsibility for " + s + " disagree about " + p
          + ": " + who + " refused" + ev + at;
      case OVERRIDES_PARENTAL_REFUSAL -> s + " was assessed capable of this decision" + paren(detail)
          + ": their own decision stands over " + who + "'s refusal";
      case LOCAL_AUTHORITY_PREVAILS -> who + " (the local authority, holding parental responsibility"
          + " under a care order) decided" + ev + "; its decision prevails over a parent's";
      case DECIDER_WITHOUT_AUTHORITY -> "the decision by " + who + ev + " about " + p + " for " + s
          + " does not count: " + detail;
      case OWN_DECISION_NOT_COUNTED -> s + "'s own decision" + ev + " about " + p + " does not count: " + detail;
      case ASSESSED_NOT_CAPABLE -> "capacity assessment " + detail + at + " found " + s
          + " not capable of deciding about " + p + "; someone with parental responsibility decides";
      case ASSESSMENT_STALE -> "capacity assessment " + detail + at + " of " + s
          + " is older than the organisation accepts; it no longer counts";
    };
  }

  private static String paren(String text) {
    return text == null ? "" : " (" + text + ")";
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  @Override
  public String toString() {
    return kind + ": " + explanation();
  }
}
