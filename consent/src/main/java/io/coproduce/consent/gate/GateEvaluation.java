package io.coproduce.consent.gate;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.ledger.ConsentHistory;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.policy.DecisionRoute;
import io.coproduce.consent.policy.WhoDecides;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.Age;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule behind {@link ConsentGate}: one purpose, one young person, one instant. See {@link
 * ConsentGate} for the rule in words. Immutable and thread-safe.
 */
final class GateEvaluation {

  /** "parental responsibility as BIRTH_MOTHER" and the like, made once. */
  private static final java.util.Map<ResponsibilityBasis, String> BASIS_DETAIL = new java.util.EnumMap<>(
      ResponsibilityBasis.class);

  static {
    for (ResponsibilityBasis b : ResponsibilityBasis.values()) {
      BASIS_DETAIL.put(b, "parental responsibility as " + b.name());
    }
  }

  private final ConsentPolicy policy;
  private final ParentalResponsibility responsibility;
  private final MaterialCatalogue materials;

  GateEvaluation(ConsentPolicy policy, ParentalResponsibility responsibility, MaterialCatalogue materials) {
    this.policy = policy;
    this.responsibility = responsibility;
    this.materials = materials;
  }

  /** The facts of one purpose, folded from the events recorded by the instant. */
  private static final class Facts {
    ConsentEvent own;
    int ownIndex = -1;
    ConsentEvent assent;
    int assentIndex = -1;
    ConsentEvent end;
    int endIndex = -1;
    List<ConsentEvent> others = List.of();
    List<Integer> otherIndex = List.of();
  }

  PurposeDecision decide(Person person, Age age, Purpose purpose, Instant at, LocalDate date,
      ConsentHistory history, int events) {
    PersonId s = person.id();
    WhoDecides who = age.isCertain()
        ? policy.whoDecides(person.jurisdiction(), age.years(), purpose)
        : policy.whoDecides(person, purpose, date);
    List<Finding> out = new ArrayList<>(4);
    Facts f = fold(purpose, history, events);

    Boolean capable = null;
    CapacityAssessment assessment = latestAssessment(purpose, at, history);
    if (assessment != null) {
      Optional<Duration> validity = policy.capacityAssessmentValidity();
      if (validity.isPresent() && !assessment.assessedAt().plus(validity.get()).isAfter(at)) {
        out.add(Finding.of(FindingKind.ASSESSMENT_STALE, s, purpose, null, null,
            assessment.assessedAt(), assessment.id().value()));
      } else {
        capable = assessment.isCapable();
      }
    }

    // The young person's own objections block on every route.
    if (f.assent != null && f.assent.action() == ConsentAction.DISSENTED) {
      out.add(Finding.of(FindingKind.DISSENTED, s, purpose, null, f.assent.id(), f.assent.recordedAt(), null));
    }
    if (f.own != null && f.own.action() == ConsentAction.REFUSED) {
      out.add(Finding.of(FindingKind.REFUSED_BY_YOUNG_PERSON, s, purpose, null, f.own.id(),
          f.own.recordedAt(), null));
    }
    if (f.own != null && f.own.action() == ConsentAction.WITHDRAWN
        && !(f.assent != null && f.assent.action() == ConsentAction.ASSENTED && f.assentIndex > f.ownIndex)) {
      out.add(Finding.of(FindingKind.WITHDRAWN, s, purpose, null, f.own.id(), f.own.recordedAt(),
          f.own.handling().name()));
    }

    DecisionRoute route = who.route();
    boolean ownPath = switch (route) {
      case YOUNG_PERSON -> true;
      case YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE -> !Boolean.FALSE.equals(capable);
      case YOUNG_PERSON_IF_ASSESSED_CAPABLE -> Boolean.TRUE.equals(capable);
      case PARENTAL_RESPONSIBILITY_HOLDER -> false;
    };
    if (Boolean.FALSE.equals(capable) && route != DecisionRoute.YOUNG_PERSON
        && route != DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER) {
      out.add(Finding.of(FindingKind.ASSESSED_NOT_CAPABLE, s, purpose, null, null,
          assessment.assessedAt(), assessment.id().value()));
    }
    ConsentEvent ownGrant = f.own != null && f.own.action().isGrant() ? f.own : null;

    if (ownPath) {
      String notCounted = ownGrant == null ? null : ownNotCounted(person, purpose, ownGrant);
      if (ownGrant != null && notCounted == null) {
        Finding problem = grantProblem(s, purpose, ownGrant, f.ownIndex, f, at, null);
        if (problem != null) {
          out.add(problem);
          out.add(Finding.of(FindingKind.NEEDS_OWN_CONSENT, s, purpose));
        } else {
          out.add(Finding.of(FindingKind.OWN_CONSENT, s, purpose, null, ownGrant.id(),
              ownGrant.recordedAt(), ownGrant.authority().name()));
          if (route == DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE) {
            for (ConsentEvent o : f.others) {
              if (o.action() == ConsentAction.REFUSED || o.action() == ConsentAction.REVOKED) {
                out.add(Finding.of(FindingKind.OVERRIDES_PARENTAL_REFUSAL, s, purpose, o.decidedBy(),
                    o.id(), o.recordedAt(), assessment.id().value()));
              }
            }
          }
        }
      } else {
        if (ownGrant != null) {
          out.add(Finding.of(FindingKind.OWN_DECISION_NOT_COUNTED, s, purpose, null, ownGrant.id(),
              ownGrant.recordedAt(), notCounted));
        }
        if (f.own != null && f.own.action() == ConsentAction.DEFERRED) {
          out.add(Finding.of(FindingKind.DEFERRED, s, purpose, s, f.own.id(), f.own.recordedAt(), null));
        } else if (f.own == null || f.own.action().isGrant()) {
          ConsentEvent earlier = standingOtherGrant(s, purpose, f, at);
          int threshold = earlier == null ? -1 : threshold(person, purpose, date);
          if (threshold > 0) {
            out.add(new Finding(FindingKind.RECONSENT_AFTER_AGE_TRANSITION, s, purpose,
                earlier.decidedBy(), earlier.id(), null, threshold, null));
          } else {
            out.add(Finding.of(FindingKind.NEEDS_OWN_CONSENT, s, purpose));
          }
        } else {
          out.add(Finding.of(FindingKind.NEEDS_OWN_CONSENT, s, purpose));
        }
      }
      if (who.parentalCoConsent()) {
        surrogatePath(person, purpose, at, date, who, f, false, out);
      }
    } else {
      if (ownGrant != null) {
        out.add(Finding.of(FindingKind.OWN_DECISION_NOT_COUNTED, s, purpose, null, ownGrant.id(),
            ownGrant.recordedAt(), route == DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER
                ? "at their age this decision is not theirs to make alone"
                : "no current capacity assessment found them capable of this decision"));
      }
      surrogatePath(person, purpose, at, date, who, f, who.assentSought(), out);
      if (route == DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE && capable == null && who.assentSought()) {
        out.add(Finding.of(FindingKind.NEEDS_CAPACITY_ASSESSMENT, s, purpose));
      }
    }
    boolean blocked = false;
    for (int i = 0; i < out.size(); i++) {
      blocked |= out.get(i).blocks();
    }
    return new PurposeDecision(purpose, !blocked, who, out);
  }

  private static Facts fold(Purpose purpose, ConsentHistory history, int events) {
    Facts f = new Facts();
    for (int i = 0; i < events; i++) {
      ConsentEvent e = history.event(i);
      if (!e.covers(purpose)) {
        continue;
      }
      ConsentAction a = e.action();
      if (a.isAssentOrDissent()) {
        f.assent = e;
        f.assentIndex = i;
      } else if (a.endsEarlierConsent()) {
        f.end = e;
        f.endIndex = i;
      } else if (a == ConsentAction.REQUESTED) {
        continue;
      } else if (e.isBySubject()) {
        f.own = e;
        f.ownIndex = i;
      } else {
        int k = indexOfDecider(f.others, e.decidedBy());
        if (k >= 0) {
          f.others.set(k, e);
          f.otherIndex.set(k, i);
        } else {
          if (f.others.isEmpty()) {
            f.others = new ArrayList<>(2);
            f.otherIndex = new ArrayList<>(2);
          }
          f.others.add(e);
          f.otherIndex.add(i);
        }
      }
    }
    return f;
  }

  private static int indexOfDecider(List<ConsentEvent> others, PartyId decider) {
    for (int k = 0; k < others.size(); k++) {
      if (others.get(k).decidedBy().equals(decider)) {
        return k;
      }
    }
    return -1;
  }

  private static CapacityAssessment latestAssessment(Purpose purpose, Instant at, ConsentHistory history) {
    CapacityAssessment latest = null;
    for (int i = 0; i < history.assessmentCount(); i++) {
      CapacityAssessment a = history.assessment(i);
      if (a.assessedAt().isAfter(at)) {
        break;
      }
      if (a.covers(purpose)) {
        latest = a;
      }
    }
    return latest;
  }

  /** Why the young person's own grant does not count, or {@code null} when it does. */
  private String ownNotCounted(Person person, Purpose purpose, ConsentEvent grant) {
    LocalDate then = LocalDate.ofInstant(grant.recordedAt(), policy.zone());
    WhoDecides whoThen;
    try {
      whoThen = policy.whoDecides(person, purpose, then);
    } catch (InvalidInputException e) {
      return "it is dated before the young person's recorded birth";
    }
    if (whoThen.route() == DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER) {
      return "when it was recorded the decision was not theirs to make alone";
    }
    if (whoThen.route() == DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE
        && grant.authority() != DecisionAuthority.SELF_ASSESSED_CAPABLE) {
      return "when it was recorded no capacity assessment supported it";
    }
    return null;
  }

  /** Why a grant does not stand at {@code at}, as a blocking finding, or {@code null}. */
  private Finding grantProblem(PersonId s, Purpose purpose, ConsentEvent g, int index, Facts f,
      Instant at, PartyId party) {
    PartyId who = party == null ? g.decidedBy() : party;
    if (f.end != null && f.endIndex > index) {
      FindingKind kind = f.end.action() == ConsentAction.EXPIRED ? FindingKind.EXPIRED : FindingKind.INVALIDATED;
      return Finding.of(kind, s, purpose, who, g.id(), f.end.recordedAt(),
          f.end.invalidationGround() == null ? null : f.end.invalidationGround().name());
    }
    if (at.isBefore(g.validity().from())) {
      return Finding.of(FindingKind.NOT_YET_VALID, s, purpose, who, g.id(), g.validity().from(), null);
    }
    if (g.validity().hasEndedBy(at)) {
      return Finding.of(FindingKind.EXPIRED, s, purpose, who, g.id(), g.validity().until(), null);
    }
    Optional<Publication> change = materials.firstMaterialChange(g.material(), at);
    if (change.isPresent()) {
      Publication p = change.get();
      return Finding.of(FindingKind.RECONSENT_AFTER_MATERIAL_CHANGE, s, purpose, who, g.id(), p.publishedAt(),
          g.material().id() + " version " + g.material().version() + ", replaced by version " + p.version());
    }
    return null;
  }

  /** The latest grant by someone else that still stands on its own terms, or {@code null}. */
  private ConsentEvent standingOtherGrant(PersonId s, Purpose purpose, Facts f, Instant at) {
    ConsentEvent found = null;
    for (int k = 0; k < f.others.size(); k++) {
      ConsentEvent o = f.others.get(k);
      if (o.action().isGrant() && grantProblem(s, purpose, o, f.otherIndex.get(k), f, at, null) == null) {
        found = o;
      }
    }
    return found;
  }

  private int threshold(Person person, Purpose purpose, LocalDate date) {
    int age = person.ageOn(date).years();
    int best = -1;
    for (int t : policy.reconsentAges(person.jurisdiction(), purpose)) {
      if (t <= age) {
        best = t;
      }
    }
    return best;
  }

  private void surrogatePath(Person person, Purpose purpose, Instant at, LocalDate date, WhoDecides who,
      Facts f, boolean assentNeeded, List<Finding> out) {
    PersonId s = person.id();
    List<ConsentEvent> consenting = List.of();
    List<String> consentingBasis = List.of();
    List<ConsentEvent> objecting = List.of();
    List<Finding> problems = List.of();
    for (int k = 0; k < f.others.size(); k++) {
      ConsentEvent o = f.others.get(k);
      String basis = authorityFor(person, purpose, date, who, o, out);
      if (basis == null) {
        continue;
      }
      ConsentAction a = o.action();
      if (a.isGrant()) {
        Finding problem = grantProblem(s, purpose, o, f.otherIndex.get(k), f, at, null);
        if (problem == null) {
          consenting = grow(consenting);
          consentingBasis = grow(consentingBasis);
          consenting.add(o);
          consentingBasis.add(basis);
        } else {
          problems = grow(problems);
          problems.add(problem);
        }
      } else if (a == ConsentAction.REFUSED || a == ConsentAction.REVOKED) {
        objecting = grow(objecting);
        objecting.add(o);
      } else if (a == ConsentAction.DEFERRED) {
        problems = grow(problems);
        problems.add(Finding.of(FindingKind.DEFERRED, s, purpose, o.decidedBy(), o.id(), o.recordedAt(), null));
      }
    }

    ConsentEvent authorityObjection = firstBy(objecting, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER);
    ConsentEvent authorityConsent = firstBy(consenting, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER);
    if (authorityObjection != null) {
      out.add(objection(s, purpose, authorityObjection));
      if (!consenting.isEmpty()) {
        out.add(Finding.of(FindingKind.LOCAL_AUTHORITY_PREVAILS, s, purpose, authorityObjection.decidedBy(),
            authorityObjection.id(), authorityObjection.recordedAt(), null));
      }
    } else if (authorityConsent != null && !objecting.isEmpty()) {
      int i = consenting.indexOf(authorityConsent);
      out.add(Finding.of(FindingKind.SURROGATE_CONSENT, s, purpose, authorityConsent.decidedBy(),
          authorityConsent.id(), authorityConsent.recordedAt(), consentingBasis.get(i)));
      out.add(Finding.of(FindingKind.LOCAL_AUTHORITY_PREVAILS, s, purpose, authorityConsent.decidedBy(),
          authorityConsent.id(), authorityConsent.recordedAt(), null));
    } else if (policy.requiresEveryParentalResponsibilityHolder()) {
      everyHolder(person, purpose, date, consenting, consentingBasis, objecting, problems, out);
    } else if (!consenting.isEmpty() && objecting.isEmpty()) {
      ConsentEvent c = consenting.get(consenting.size() - 1);
      out.add(Finding.of(FindingKind.SURROGATE_CONSENT, s, purpose, c.decidedBy(), c.id(), c.recordedAt(),
          consentingBasis.get(consenting.size() - 1)));
    } else if (!consenting.isEmpty()) {
      for (ConsentEvent o : objecting) {
        out.add(Finding.of(FindingKind.HOLDERS_DISAGREE, s, purpose, o.decidedBy(), o.id(), o.recordedAt(), null));
      }
    } else {
      for (ConsentEvent o : objecting) {
        out.add(objection(s, purpose, o));
      }
      out.addAll(problems);
      if (objecting.isEmpty()) {
        out.add(Finding.of(FindingKind.NEEDS_SURROGATE_CONSENT, s, purpose, null, null, null,
            who.route() == DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER
                && who.surrogates().contains(DecisionAuthority.LEGAL_REPRESENTATIVE)
                ? "or a legal representative" : null));
      }
    }

    if (assentNeeded) {
      if (f.assent != null && f.assent.action() == ConsentAction.ASSENTED) {
        out.add(Finding.of(FindingKind.ASSENT, s, purpose, null, f.assent.id(), f.assent.recordedAt(), null));
      } else if (f.assent == null) {
        out.add(Finding.of(FindingKind.NEEDS_ASSENT, s, purpose));
      }
    }
  }

  private void everyHolder(Person person, Purpose purpose, LocalDate date, List<ConsentEvent> consenting,
      List<String> consentingBasis, List<ConsentEvent> objecting, List<Finding> problems,
      List<Finding> out) {
    PersonId s = person.id();
    List<ResponsibilityFinding> holders = responsibility.holdersOn(person, date);
    for (ConsentEvent o : objecting) {
      out.add(objection(s, purpose, o));
    }
    out.addAll(problems);
    if (holders.isEmpty()) {
      out.add(Finding.of(FindingKind.NEEDS_SURROGATE_CONSENT, s, purpose, null, null, null,
          "no holder of parental responsibility is recorded"));
      return;
    }
    for (ResponsibilityFinding h : holders) {
      int i = indexOfDecider(consenting, h.holder());
      if (i >= 0) {
        ConsentEvent c = consenting.get(i);
        out.add(Finding.of(FindingKind.SURROGATE_CONSENT, s, purpose, c.decidedBy(), c.id(), c.recordedAt(),
            consentingBasis.get(i)));
      } else if (indexOfDecider(objecting, h.holder()) < 0) {
        out.add(Finding.of(FindingKind.NEEDS_SURROGATE_CONSENT, s, purpose, h.holder(), null, null,
            "every holder of parental responsibility must consent"));
      }
    }
  }

  /** An empty immutable list becomes a mutable one, so lists are made only when needed. */
  private static <T> List<T> grow(List<T> list) {
    return list.isEmpty() && !(list instanceof ArrayList) ? new ArrayList<>(2) : list;
  }

  private static ConsentEvent firstBy(List<ConsentEvent> events, DecisionAuthority authority) {
    for (ConsentEvent e : events) {
      if (e.authority() == authority) {
        return e;
      }
    }
    return null;
  }

  private static Finding objection(PersonId s, Purpose purpose, ConsentEvent o) {
    return Finding.of(o.action() == ConsentAction.REVOKED ? FindingKind.REVOKED : FindingKind.REFUSED_BY_SURROGATE,
        s, purpose, o.decidedBy(), o.id(), o.recordedAt(), null);
  }

  /**
   * Whether {@code o}'s decider had authority for it on {@code date}: the text of their basis when
   * they did, or {@code null} after adding a note saying why not.
   */
  private String authorityFor(
      Person person, Purpose purpose, LocalDate date, WhoDecides who, ConsentEvent o, List<Finding> out) {
    DecisionAuthority authority = o.authority();
    PersonId s = person.id();
    if (!who.surrogates().contains(authority)) {
      out.add(Finding.of(FindingKind.DECIDER_WITHOUT_AUTHORITY, s, purpose,
          o.decidedBy(), o.id(), o.recordedAt(),
          authority + " is not an authority this decision may rest on now"));
      return null;
    }
    if (authority == DecisionAuthority.PARENTAL_RESPONSIBILITY
        || authority == DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER) {
      Optional<ResponsibilityBasis> basis = responsibility.basisOn(o.decidedBy(), person, date);
      boolean local = basis.isPresent()
          && basis.get().holderKind() == ResponsibilityBasis.HolderKind.LOCAL_AUTHORITY;
      if (basis.isEmpty() || local != (authority == DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER)) {
        out.add(Finding.of(FindingKind.DECIDER_WITHOUT_AUTHORITY, s, purpose,
            o.decidedBy(), o.id(), o.recordedAt(),
            o.decidedBy().value() + " holds no parental responsibility for " + s + " on " + date
                + (basis.isPresent() ? " of the kind recorded (" + authority + ")" : "")));
        return null;
      }
      return BASIS_DETAIL.get(basis.get());
    }
    return authority.name();
  }
}
