package io.coproduce.consent.event;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One event in a young person's consent history: a request, a decision (given, renewed, refused,
 * withdrawn, revoked, deferred), a recorded expiry or invalidation, or the child's assent or
 * dissent beside someone else's consent. Events are facts and never change; a consent's status
 * at an instant is derived from the events recorded by then. Immutable and thread-safe.
 *
 * <p>The constructor checks that the event is coherent, naming the field and the rule:
 *
 * <ul>
 *   <li>a decision by the young person rests on a {@code SELF_} authority and is decided by the
 *       subject; a decision by anyone else rests on another authority (a local authority or
 *       court is an {@link OrganisationId}, a parent or legal representative a {@link PersonId});
 *   <li>{@link ConsentAction#WITHDRAWN} is by the young person; someone else's is {@link
 *       ConsentAction#REVOKED}; assent and dissent are by the young person and rest on no authority;
 *   <li>requests, recorded expiries and invalidations are not decisions and rest on no authority;
 *   <li>a grant (given, renewed) names the information material shown, its validity and at
 *       least one way to withdraw (UK GDPR Art 7(3): as easy to withdraw as to give);
 *   <li>a withdrawal or revocation says what happens to material already collected;
 *   <li>a decision on the authority of a capacity assessment names the assessment;
 *   <li>an invalidation names its ground.
 * </ul>
 *
 * @param id the event's id, unique in a ledger
 * @param subject the young person the consent is about
 * @param purposes what the event is about; at least one
 * @param action what happened
 * @param recordedAt when it was recorded; a decision takes effect from then (a grant from its
 *     validity's start, if later)
 * @param decidedBy who decided (or, for requests, expiries and invalidations, who recorded it)
 * @param authority the authority the decision rests on; {@code null} for what is not a decision
 * @param evidence how it was captured; required for decisions, assent and dissent
 * @param material the information shown; required for grants
 * @param validity when a grant applies; required for grants and only for them
 * @param jurisdiction the UK nation whose law applied
 * @param withdrawalRoutes the ways to withdraw that were offered; at least one for grants, none otherwise
 * @param handling what happens to collected material; required for withdrawals and revocations only
 * @param capacityAssessment the assessment a {@link DecisionAuthority#SELF_ASSESSED_CAPABLE}
 *     decision rests on; required for those and only for them
 * @param invalidationGround why, for {@link ConsentAction#INVALIDATED} only
 */
public record ConsentEvent(
    ConsentEventId id,
    PersonId subject,
    Set<Purpose> purposes,
    ConsentAction action,
    Instant recordedAt,
    PartyId decidedBy,
    DecisionAuthority authority,
    Evidence evidence,
    InformationMaterial material,
    Validity validity,
    Jurisdiction jurisdiction,
    Set<WithdrawalRoute> withdrawalRoutes,
    CollectedMaterialHandling handling,
    CapacityAssessmentId capacityAssessment,
    InvalidationGround invalidationGround) {

  /** Validates the event and makes the sets immutable. */
  public ConsentEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(withdrawalRoutes, "withdrawalRoutes");
    purposes = ImmutableSortedSet.copyOf(purposes);
    withdrawalRoutes = withdrawalRoutes.isEmpty()
        ? Set.of()
        : ImmutableSortedSet.copyOf(EnumSet.copyOf(withdrawalRoutes));
    if (purposes.isEmpty()) {
      throw InvalidInputException.of("consentEvent.purposes", "must name at least one purpose", id);
    }
    checkDecider(id, subject, action, decidedBy, authority);
    boolean decision = action.isDecision() || action.isAssentOrDissent();
    if (decision && evidence == null) {
      throw InvalidInputException.of(
          "consentEvent.evidence", "is required for " + action + " (how it was captured, by whom)", id);
    }
    if (action.isGrant()) {
      require(material, "consentEvent.material", "is required for " + action + " (the information shown)", id);
      require(validity, "consentEvent.validity", "is required for " + action, id);
      if (withdrawalRoutes.isEmpty()) {
        throw InvalidInputException.of("consentEvent.withdrawalRoutes",
            "must offer at least one way to withdraw (UK GDPR Art 7(3))", id);
      }
    } else {
      forbid(validity, "consentEvent.validity", "applies only to GIVEN and RENEWED", id);
      if (!withdrawalRoutes.isEmpty()) {
        throw InvalidInputException.of(
            "consentEvent.withdrawalRoutes", "applies only to GIVEN and RENEWED", id);
      }
    }
    boolean ending = action == ConsentAction.WITHDRAWN || action == ConsentAction.REVOKED;
    if (ending) {
      require(handling, "consentEvent.handling",
          "is required for " + action + " (what happens to material already collected)", id);
    } else {
      forbid(handling, "consentEvent.handling", "applies only to WITHDRAWN and REVOKED", id);
    }
    if (authority == DecisionAuthority.SELF_ASSESSED_CAPABLE) {
      require(capacityAssessment, "consentEvent.capacityAssessment",
          "is required when the authority is SELF_ASSESSED_CAPABLE", id);
    } else {
      forbid(capacityAssessment, "consentEvent.capacityAssessment",
          "applies only when the authority is SELF_ASSESSED_CAPABLE", id);
    }
    if (action == ConsentAction.INVALIDATED) {
      require(invalidationGround, "consentEvent.invalidationGround", "is required for INVALIDATED", id);
    } else {
      forbid(invalidationGround, "consentEvent.invalidationGround", "applies only to INVALIDATED", id);
    }
  }

  private static void checkDecider(
      ConsentEventId id, PersonId subject, ConsentAction action, PartyId decidedBy,
      DecisionAuthority authority) {
    boolean bySubject = decidedBy.equals(subject);
    if (action.isAssentOrDissent()) {
      if (!bySubject) {
        throw InvalidInputException.of(
            "consentEvent.decidedBy", action + " is the young person's own view: must be the subject", id);
      }
      forbid(authority, "consentEvent.authority", "does not apply to " + action, id);
      return;
    }
    if (!action.isDecision()) {
      forbid(authority, "consentEvent.authority",
          "does not apply to " + action + ", which is not a decision", id);
      return;
    }
    require(authority, "consentEvent.authority", "is required for " + action, id);
    if (action == ConsentAction.WITHDRAWN && !authority.isSelf()) {
      throw InvalidInputException.of("consentEvent.action",
          "WITHDRAWN is by the young person; when someone else ends a consent, record REVOKED", id);
    }
    if (action == ConsentAction.REVOKED && authority.isSelf()) {
      throw InvalidInputException.of("consentEvent.action",
          "REVOKED is by someone other than the young person; the young person WITHDRAWS", id);
    }
    if (authority.isSelf() != bySubject) {
      throw InvalidInputException.of("consentEvent.decidedBy", authority.isSelf()
          ? "must be the subject when the authority is " + authority
          : "must not be the subject when the authority is " + authority, id);
    }
    boolean organisation = authority == DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER
        || authority == DecisionAuthority.COURT;
    if (organisation && !(decidedBy instanceof OrganisationId)) {
      throw InvalidInputException.of(
          "consentEvent.decidedBy", authority + " decisions are made by an organisation (an OrganisationId)", id);
    }
    if (!organisation && !(decidedBy instanceof PersonId)) {
      throw InvalidInputException.of(
          "consentEvent.decidedBy", authority + " decisions are made by a person (a PersonId)", id);
    }
  }

  private static void require(Object value, String field, String rule, ConsentEventId id) {
    if (value == null) {
      throw InvalidInputException.of(field, rule, id);
    }
  }

  private static void forbid(Object value, String field, String rule, ConsentEventId id) {
    if (value != null) {
      throw InvalidInputException.of(field, rule, id);
    }
  }

  /** Starts an event; the builder's {@link Builder#build()} validates it. */
  public static Builder builder(
      ConsentEventId id, PersonId subject, ConsentAction action, Instant recordedAt) {
    return new Builder(id, subject, action, recordedAt);
  }

  /** Returns whether the event is about {@code purpose}. */
  public boolean covers(Purpose purpose) {
    // A linear scan over the set's list view (kept by the set, so nothing is allocated): events
    // name one to a few purposes, and consent checks ask this constantly.
    List<Purpose> list = ((ImmutableSortedSet<Purpose>) purposes).asList();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equals(purpose)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the young person made this decision themself. */
  public boolean isBySubject() {
    return decidedBy.equals(subject);
  }

  /** Returns the authority, for decisions. */
  public Optional<DecisionAuthority> decidedOn() {
    return Optional.ofNullable(authority);
  }

  /** Returns the information material shown, if recorded. */
  public Optional<InformationMaterial> shown() {
    return Optional.ofNullable(material);
  }

  /** Returns the validity, for grants. */
  public Optional<Validity> period() {
    return Optional.ofNullable(validity);
  }

  /** Returns the evidence, if recorded. */
  public Optional<Evidence> captured() {
    return Optional.ofNullable(evidence);
  }

  /** Returns what happens to collected material, for withdrawals and revocations. */
  public Optional<CollectedMaterialHandling> handlingOfCollected() {
    return Optional.ofNullable(handling);
  }

  /** Returns the capacity assessment the decision rests on, if any. */
  public Optional<CapacityAssessmentId> assessment() {
    return Optional.ofNullable(capacityAssessment);
  }

  /** Returns the ground of an invalidation. */
  public Optional<InvalidationGround> ground() {
    return Optional.ofNullable(invalidationGround);
  }

  /**
   * Returns one line saying who did what, for a history a person reads: {@code
   * "2026-05-01T10:00:00Z GIVEN PHOTOGRAPHY for yp-1 by mum-1 on PARENTAL_RESPONSIBILITY, recorded
   * by st-1 (WRITTEN)"}. Ids only; never the information shown or any personal value.
   */
  public String summary() {
    StringBuilder out = new StringBuilder()
        .append(recordedAt).append(' ').append(action).append(' ');
    boolean first = true;
    for (Purpose p : purposes) {
      out.append(first ? "" : ", ").append(p);
      first = false;
    }
    out.append(" for ").append(subject.value());
    if (!isBySubject()) {
      out.append(" by ").append(decidedBy.value());
    } else {
      out.append(" by the young person");
    }
    if (authority != null) {
      out.append(" on ").append(authority);
    }
    if (evidence != null) {
      out.append(", recorded by ").append(evidence.recordedBy().value()).append(" (").append(evidence.method());
      if (evidence.witness() != null) {
        out.append(", witnessed by ").append(evidence.witness().value());
      }
      out.append(')');
    }
    if (handling != null) {
      out.append("; collected material: ").append(handling);
    }
    if (invalidationGround != null) {
      out.append("; ground: ").append(invalidationGround);
    }
    return out.toString();
  }

  /**
   * Builds a {@link ConsentEvent} step by step. Not thread-safe; {@link #build()} validates and
   * may be called more than once.
   */
  public static final class Builder {
    private final ConsentEventId id;
    private final PersonId subject;
    private final ConsentAction action;
    private final Instant recordedAt;
    private Set<Purpose> purposes = Set.of();
    private PartyId decidedBy;
    private DecisionAuthority authority;
    private Evidence evidence;
    private InformationMaterial material;
    private Validity validity;
    private Jurisdiction jurisdiction;
    private Set<WithdrawalRoute> withdrawalRoutes = Set.of();
    private CollectedMaterialHandling handling;
    private CapacityAssessmentId capacityAssessment;
    private InvalidationGround invalidationGround;

    private Builder(ConsentEventId id, PersonId subject, ConsentAction action, Instant recordedAt) {
      this.id = Objects.requireNonNull(id, "id");
      this.subject = Objects.requireNonNull(subject, "subject");
      this.action = Objects.requireNonNull(action, "action");
      this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The purposes the event is about. */
    public Builder purposes(Collection<Purpose> value) {
      this.purposes = Set.copyOf(value);
      return this;
    }

    /** The purposes the event is about. */
    public Builder purposes(Purpose first, Purpose... more) {
      this.purposes = ImmutableSortedSet.<Purpose>naturalOrder().add(first).add(more).build();
      return this;
    }

    /** Who decided, on what authority ({@code null} for what is not a decision). */
    public Builder decidedBy(PartyId party, DecisionAuthority on) {
      this.decidedBy = Objects.requireNonNull(party, "party");
      this.authority = on;
      return this;
    }

    /** The young person themself, on a {@code SELF_} authority (or none, for assent and dissent). */
    public Builder bySubject(DecisionAuthority on) {
      return decidedBy(subject, on);
    }

    /** Who recorded a request, an expiry or an invalidation (no authority). */
    public Builder recordedBy(PartyId party) {
      return decidedBy(party, null);
    }

    /** How it was captured. */
    public Builder evidence(Evidence value) {
      this.evidence = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The information material shown. */
    public Builder material(InformationMaterial value) {
      this.material = Objects.requireNonNull(value, "value");
      return this;
    }

    /** When a grant applies. */
    public Builder validity(Validity value) {
      this.validity = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The UK nation whose law applied. */
    public Builder jurisdiction(Jurisdiction value) {
      this.jurisdiction = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The ways to withdraw that were offered. */
    public Builder withdrawalRoutes(Collection<WithdrawalRoute> value) {
      this.withdrawalRoutes = Set.copyOf(value);
      return this;
    }

    /** The ways to withdraw that were offered. */
    public Builder withdrawalRoutes(WithdrawalRoute first, WithdrawalRoute... more) {
      EnumSet<WithdrawalRoute> set = EnumSet.of(first, more);
      this.withdrawalRoutes = set;
      return this;
    }

    /** What happens to collected material (withdrawals and revocations). */
    public Builder handling(CollectedMaterialHandling value) {
      this.handling = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The capacity assessment a {@code SELF_ASSESSED_CAPABLE} decision rests on. */
    public Builder capacityAssessment(CapacityAssessmentId value) {
      this.capacityAssessment = Objects.requireNonNull(value, "value");
      return this;
    }

    /** Why, for an invalidation. */
    public Builder invalidationGround(InvalidationGround value) {
      this.invalidationGround = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds and validates the event.
     *
     * @throws InvalidInputException naming the field and the rule when the event is incoherent
     *     (see {@link ConsentEvent})
     */
    public ConsentEvent build() {
      if (decidedBy == null) {
        throw InvalidInputException.of("consentEvent.decidedBy", "is required", id);
      }
      if (jurisdiction == null) {
        throw InvalidInputException.of("consentEvent.jurisdiction", "is required", id);
      }
      return new ConsentEvent(id, subject, purposes, action, recordedAt, decidedBy, authority,
          evidence, material, validity, jurisdiction, withdrawalRoutes, handling,
          capacityAssessment, invalidationGround);
    }
  }

}
