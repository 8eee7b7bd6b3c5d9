package io.coproduce.consent.gate;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.ledger.ConsentHistory;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers decisions a gate has made, each with the span of instants over which it cannot
 * change, so that checking the same people again (a session checked when planned, the day before
 * and at the door) is a lookup. A decision depends only on the young person's records (a new
 * {@link ConsentHistory} object after any append, compared by identity), their birth and nation,
 * the day in the policy's zone, and instants named in their records or the material catalogue
 * (record times, validity starts and ends, assessment dates and when they go stale, publications).
 * The span is the stretch between the nearest of those around the instant asked about, so a
 * remembered decision is exactly what evaluating again would give. Thread-safe.
 */
final class DecisionCache {

  /** How many purposes one young person's entry remembers. */
  private static final int PURPOSES_PER_PERSON = 8;

  private final ConcurrentHashMap<PersonId, Entry> entries;
  private final long maximumPeople;
  private final ZoneId zone;
  private final Duration staleAfter;
  private final Instant[] publications;

  DecisionCache(long maximumPeople, ZoneId zone, Duration staleAfter, MaterialCatalogue materials) {
    this.maximumPeople = maximumPeople;
    this.entries = maximumPeople <= 0 ? null : new ConcurrentHashMap<>();
    this.zone = zone;
    this.staleAfter = staleAfter;
    List<Publication> all = materials.publications();
    this.publications = new Instant[all.size()];
    for (int i = 0; i < publications.length; i++) {
      publications[i] = all.get(i).publishedAt();
    }
    Arrays.sort(publications);
  }

  /** What one young person's decisions were, for the records they had. */
  private static final class Entry {
    final Person person;
    final ConsentHistory history;
    final Purpose[] purposes;
    final PurposeDecision[] decisions;
    final Instant[] from;
    final Instant[] until;

    Entry(Person person, ConsentHistory history, Purpose[] purposes, PurposeDecision[] decisions,
        Instant[] from, Instant[] until) {
      this.person = person;
      this.history = history;
      this.purposes = purposes;
      this.decisions = decisions;
      this.from = from;
      this.until = until;
    }

    boolean isFor(Person p, ConsentHistory h) {
      return history == h && (person == p
          || (person.jurisdiction() == p.jurisdiction() && person.birth().equals(p.birth())));
    }
  }

  boolean enabled() {
    return entries != null;
  }

  /** The remembered decisions of {@code person} for these records, or {@code null}. */
  Object entryFor(Person person, ConsentHistory history) {
    Entry e = entries.get(person.id());
    return e != null && e.isFor(person, history) ? e : null;
  }

  /** The decision about {@code purpose} at {@code at} in an entry from {@link #entryFor}, or {@code null}. */
  static PurposeDecision find(Object entry, Purpose purpose, Instant at) {
    Entry e = (Entry) entry;
    for (int i = 0; i < e.purposes.length; i++) {
      if (e.purposes[i].equals(purpose)) {
        return !at.isBefore(e.from[i]) && at.isBefore(e.until[i]) ? e.decisions[i] : null;
      }
    }
    return null;
  }

  /** Remembers {@code decision}, made at {@code at} (on {@code date}), with the span it holds for. */
  void put(Person person, ConsentHistory history, Purpose purpose, Instant at, LocalDate date,
      PurposeDecision decision) {
    Instant[] span = {date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()};
    for (int i = 0; i < history.eventCount(); i++) {
      ConsentEvent ev = history.event(i);
      narrow(span, ev.recordedAt(), at);
      if (ev.validity() != null) {
        narrow(span, ev.validity().from(), at);
        if (ev.validity().until() != null) {
          narrow(span, ev.validity().until(), at);
        }
      }
    }
    for (int i = 0; i < history.assessmentCount(); i++) {
      CapacityAssessment a = history.assessment(i);
      narrow(span, a.assessedAt(), at);
      if (staleAfter != null) {
        narrow(span, a.assessedAt().plus(staleAfter), at);
      }
    }
    int k = Arrays.binarySearch(publications, at);
    int after = k >= 0 ? k + 1 : -k - 1;
    if (after < publications.length) {
      narrow(span, publications[after], at);
    }
    if (after > 0) {
      narrow(span, publications[after - 1], at);
    }
    Entry old = entries.get(person.id());
    Entry next;
    if (old == null || !old.isFor(person, history)) {
      next = new Entry(person, history, new Purpose[] {purpose}, new PurposeDecision[] {decision},
          new Instant[] {span[0]}, new Instant[] {span[1]});
    } else {
      int at0 = indexOf(old.purposes, purpose);
      int n = old.purposes.length;
      int slot = at0 >= 0 ? at0 : n < PURPOSES_PER_PERSON ? n : 0;
      int size = at0 >= 0 || n >= PURPOSES_PER_PERSON ? n : n + 1;
      Purpose[] ps = Arrays.copyOf(old.purposes, size);
      PurposeDecision[] ds = Arrays.copyOf(old.decisions, size);
      Instant[] fs = Arrays.copyOf(old.from, size);
      Instant[] us = Arrays.copyOf(old.until, size);
      ps[slot] = purpose;
      ds[slot] = decision;
      fs[slot] = span[0];
      us[slot] = span[1];
      next = new Entry(person, history, ps, ds, fs, us);
    }
    if (old == null && entries.size() >= maximumPeople) {
      evictSome();
    }
    entries.put(person.id(), next);
  }

  /**
   * Forgets about a tenth of the remembered people (whichever the map visits first). Lookups
   * stay a plain hash lookup with no bookkeeping; a forgotten decision is simply made again.
   */
  private void evictSome() {
    long drop = Math.max(1, maximumPeople / 10);
    Iterator<PersonId> it = entries.keySet().iterator();
    while (drop-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  private static int indexOf(Purpose[] purposes, Purpose purpose) {
    for (int i = 0; i < purposes.length; i++) {
      if (purposes[i].equals(purpose)) {
        return i;
      }
    }
    return -1;
  }

  /** Narrows {@code [span[0], span[1])} around {@code at} so that it does not cross {@code point}. */
  private static void narrow(Instant[] span, Instant point, Instant at) {
    if (point.isAfter(at)) {
      if (point.isBefore(span[1])) {
        span[1] = point;
      }
    } else if (point.isAfter(span[0])) {
      span[0] = point;
    }
  }
}
