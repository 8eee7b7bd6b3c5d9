package io.coproduce.consent.fhir;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.StatusAt;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One consent decision as it stands at an instant, read from a ledger: its status, the purposes
 * it no longer covers (and since when), and the young person's latest assent or dissent beside
 * it. Immutable.
 *
 * <p>How {@link #read} derives it, for the events recorded at or before the instant:
 *
 * <ul>
 *   <li>a decision (given, renewed, refused, requested, deferred) is current for a purpose when
 *       no later decision covers that purpose; decisions current for no purpose are history
 *       and are left out;
 *   <li>a later withdrawal, revocation, recorded expiry or invalidation covering the purpose
 *       ends the current decision for it (the first one counts); so does the end of a grant's
 *       validity, or a new major version of the material it rested on, if earlier; with no
 *       later event the ledger's {@link ConsentLedger#statusAt} decides;
 *   <li>the decision keeps its own status while it is in force for at least one purpose;
 *       otherwise it takes the status of the latest ending, and an invalidation counts as
 *       {@link InvalidationGround#RECORDED_IN_ERROR} only when every purpose was ended so.
 * </ul>
 *
 * @param decision the decision event
 * @param status its status at the instant
 * @param ground the invalidation ground, when {@code status} is {@link ConsentStatus#INVALIDATED}
 *     and the ground is known; otherwise {@code null}
 * @param ended the purposes of the decision it no longer covers, each with the instant it stopped
 * @param childViews the young person's latest assent or dissent for purposes of the decision,
 *     when someone else decided; empty when the young person decided
 */
record DecisionState(
    ConsentEvent decision, ConsentStatus status, InvalidationGround ground, List<Ended> ended,
    List<ChildView> childViews) {

  /** Copies the lists. */
  DecisionState {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(status, "status");
    ended = List.copyOf(ended);
    childViews = List.copyOf(childViews);
  }

  /**
   * A purpose a decision no longer covers.
   *
   * @param purpose the purpose
   * @param at when it stopped covering it
   */
  record Ended(Purpose purpose, Instant at) {}

  /**
   * The young person's assent or dissent beside someone else's decision.
   *
   * @param view the assent or dissent event
   * @param purposes the purposes of the decision it is about
   */
  record ChildView(ConsentEvent view, List<Purpose> purposes) {
    /** Copies the purposes. */
    ChildView {
      purposes = List.copyOf(purposes);
    }
  }

  private record Ending(ConsentStatus status, InvalidationGround ground, Instant at) {}

  /** Returns whether an action is a decision exported as a FHIR Consent of its own. */
  static boolean isExported(ConsentAction action) {
    return switch (action) {
      case GIVEN, RENEWED, REFUSED, REQUESTED, DEFERRED -> true;
      default -> false;
    };
  }

  /** Returns the current decisions of {@code subject} at {@code asOf}, in the order recorded. */
  static List<DecisionState> read(
      ConsentLedger ledger, PersonId subject, Instant asOf, MaterialCatalogue materials) {
    List<ConsentEvent> events = ledger.eventsOf(subject, asOf);
    Map<Purpose, Integer> latestDecision = new HashMap<>();
    Map<Purpose, Integer> latestView = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      ConsentEvent e = events.get(i);
      Map<Purpose, Integer> into = e.action().isAssentOrDissent() ? latestView
          : isExported(e.action()) ? latestDecision : null;
      if (into != null) {
        for (Purpose p : e.purposes()) {
          into.put(p, i);
        }
      }
    }
    List<DecisionState> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      ConsentEvent d = events.get(i);
      if (isExported(d.action()) && latestDecision.containsValue(i)) {
        out.add(stateOf(ledger, events, i, latestDecision, latestView, asOf, materials));
      }
    }
    return out;
  }

  private static DecisionState stateOf(
      ConsentLedger ledger, List<ConsentEvent> events, int index, Map<Purpose, Integer> latestDecision,
      Map<Purpose, Integer> latestView, Instant asOf, MaterialCatalogue materials) {
    ConsentEvent d = events.get(index);
    List<Ended> ended = new ArrayList<>();
    List<Ending> endings = new ArrayList<>();
    boolean inForce = false;
    for (Purpose p : d.purposes()) {
      int latest = latestDecision.get(p);
      if (latest != index) {
        ended.add(new Ended(p, events.get(latest).recordedAt()));
        continue;
      }
      Ending end = endingOf(ledger, events, index, p, asOf, materials);
      if (end == null) {
        inForce = true;
      } else {
        ended.add(new Ended(p, end.at()));
        endings.add(end);
      }
    }
    ConsentStatus status = d.action().status();
    InvalidationGround ground = null;
    if (!inForce) {
      Ending last = endings.get(0);
      boolean allInError = true;
      for (Ending e : endings) {
        if (!e.at().isBefore(last.at())) {
          last = e;
        }
        allInError &= e.ground() == InvalidationGround.RECORDED_IN_ERROR;
      }
      status = last.status();
      ground = last.ground() == InvalidationGround.RECORDED_IN_ERROR && !allInError ? null : last.ground();
    }
    return new DecisionState(d, status, ground, ended, childViews(events, d, latestView));
  }

  /** How decision {@code index} stopped covering {@code p}, or {@code null} while it still does. */
  private static Ending endingOf(
      ConsentLedger ledger, List<ConsentEvent> events, int index, Purpose p, Instant asOf,
      MaterialCatalogue materials) {
    ConsentEvent d = events.get(index);
    ConsentEvent next = null;
    for (int j = index + 1; j < events.size() && next == null; j++) {
      ConsentEvent e = events.get(j);
      if (!e.action().isAssentOrDissent() && e.covers(p)) {
        next = e;
      }
    }
    if (next == null) {
      StatusAt s = ledger.statusAt(d.subject(), p, asOf, materials);
      if (s.status() == d.action().status()) {
        return null;
      }
      return new Ending(s.status(),
          s.status() == ConsentStatus.INVALIDATED ? InvalidationGround.INFORMATION_CHANGED : null,
          s.since());
    }
    // Only endings follow the current decision: what came first, the event or a lapse of the grant?
    Ending byEvent = new Ending(next.action().status(), next.ground().orElse(null), next.recordedAt());
    if (!d.action().isGrant()) {
      return byEvent;
    }
    Ending first = byEvent;
    Optional<Instant> until = d.validity().end();
    if (until.isPresent() && !until.get().isAfter(first.at())) {
      first = new Ending(ConsentStatus.EXPIRED, null, until.get());
    }
    Optional<Publication> change = materials.firstMaterialChange(d.material(), next.recordedAt());
    if (change.isPresent() && change.get().publishedAt().isBefore(first.at())) {
      first = new Ending(
          ConsentStatus.INVALIDATED, InvalidationGround.INFORMATION_CHANGED, change.get().publishedAt());
    }
    return first;
  }

  private static List<ChildView> childViews(
      List<ConsentEvent> events, ConsentEvent d, Map<Purpose, Integer> latestView) {
    if (d.isBySubject()) {
      return List.of();
    }
    Map<Integer, List<Purpose>> byView = new HashMap<>();
    for (Purpose p : d.purposes()) {
      Integer v = latestView.get(p);
      if (v != null) {
        byView.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
      }
    }
    List<ChildView> views = new ArrayList<>();
    for (int v : new TreeSet<>(byView.keySet())) {
      views.add(new ChildView(events.get(v), byView.get(v)));
    }
    return views;
  }
}
