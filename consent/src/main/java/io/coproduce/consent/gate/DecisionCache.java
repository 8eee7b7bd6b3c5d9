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
 * Remembers, per young person, the last check a gate made (the purposes asked and the decisions),
 * with the span of instants over which those decisions cannot change, so that checking the same
 * people again (a session checked when planned, the day before and at the door) is a lookup.
 *
 * <p>A decision depends only on the young person's records (a new {@link ConsentHistory} object
 * after any append, compared by identity), their birth and nation, the day in the policy's zone,
 * and instants named in their records or the material catalogue (record times, validity starts
 * and ends, assessment dates and when they go stale, publications). The span is the stretch
 * between the nearest of those around the instant asked about, so a remembered decision is
 * exactly what evaluating again would give. The span is held as seconds and nanoseconds, not
 * {@link Instant}s, so a hit reads one small object. Thread-safe.
 */
final class DecisionCache {

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

  /** One young person's last check, for the records they had. */
  static final class Entry {
    final Person person;
    final ConsentHistory history;
    final Purpose[] asked;
    final PurposeDecision[] decisions;
    final long fromSecond;
    final int fromNano;
    final long untilSecond;
    final int untilNano;

    Entry(Person person, ConsentHistory history, Purpose[] asked, PurposeDecision[] decisions,
        Instant from, Instant until) {
      this.person = person;
      this.history = history;
      this.asked = asked;
      this.decisions = decisions;
      this.fromSecond = from.getEpochSecond();
      this.fromNano = from.getNano();
      this.untilSecond = until.getEpochSecond();
      this.untilNano = until.getNano();
    }

    /** The remembered decisions if they answer {@code purposes} for these records at {@code at}, else {@code null}. */
    PurposeDecision[] answer(Person p, ConsentHistory h, List<Purpose> purposes, long second, int nano) {
      if (history != h || asked.length != purposes.size()) {
        return null;
      }
      if (second < fromSecond || (second == fromSecond && nano < fromNano)
          || second > untilSecond || (second == untilSecond && nano >= untilNano)) {
        return null;
      }
      for (int i = 0; i < asked.length; i++) {
        Purpose q = purposes.get(i);
        if (asked[i] != q && !asked[i].equals(q)) {
          return null;
        }
      }
      if (person != p && (person.jurisdiction() != p.jurisdiction() || !person.birth().equals(p.birth()))) {
        return null;
      }
      return decisions;
    }
  }

  boolean enabled() {
    return entries != null;
  }

  /** The remembered entry of {@code person}, or {@code null}. */
  Entry entryOf(PersonId person) {
    return entries.get(person);
  }

  /** Remembers the decisions of a check of {@code person} made at {@code at} (on {@code date}). */
  void remember(Person person, ConsentHistory history, List<Purpose> asked, Instant at, LocalDate date,
      PurposeDecision[] decisions) {
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
    Entry next = new Entry(person, history, asked.toArray(new Purpose[0]), decisions, span[0], span[1]);
    if (entries.size() >= maximumPeople && !entries.containsKey(person.id())) {
      evictSome();
    }
    entries.put(person.id(), next);
  }

  /**
   * Forgets about a tenth of the remembered people (whichever the map visits first). Lookups
   * stay a plain hash lookup with no bookkeeping; a forgotten check is simply made again.
   */
  private void evictSome() {
    long drop = Math.max(1, maximumPeople / 10);
    Iterator<PersonId> it = entries.keySet().iterator();
    while (drop-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
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
