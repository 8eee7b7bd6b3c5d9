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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * {@link Instant}s, so a hit reads one small object.
 *
 * <p>Each entry also holds the ledger's size read just before its history was: while the ledger
 * still holds that many entries nothing has been appended since (appends only add, and publish
 * the new size after indexing), so the history is still the one remembered and a hit need not
 * look the person up in the ledger at all. Otherwise the history is looked up and compared.
 *
 * <p>The entries live in one open-addressed table by id (linear probing over a few slots, each
 * entry holding its key's hash), so a hit is a read of one slot and of the entry it points to; a
 * second table finds the same entries by the identity of the {@link Person} object each was made
 * for, so a check of those very objects does not read their ids either. Entries
 * are immutable and never removed from the table by id, only replaced (the table by object marks
 * the slot of one taken out), so lookups take no lock and may read the tables
 * while it is being written: they see an older or a newer entry, each valid for what it says.
 * Writes are serialised. Thread-safe.
 *
 * <p>{@link #prepareTable} copies the entries found by object for one set of purposes into a
 * {@link PreparedTable}, which group checks read before anything else; it is built whole and
 * published with one write, and replaced by the next.
 */
final class DecisionCache {

  /** How many slots from a key's own a lookup or an insertion looks at. */
  static final int PROBES = 8;
  /** The largest table (4M slots); a larger cache simply fills it. */
  static final int MAX_TABLE = 1 << 22;

  /** Marks a slot of {@link #byPerson} whose entry was taken out. */
  private static final Entry GONE = new Entry();

  private final long maximumPeople;
  private final ZoneId zone;
  private final Duration staleAfter;
  private final Instant[] publications;
  private volatile Entry[] table;
  /**
   * The same entries found from the identity of the {@link Person} object they were made for
   * (its identity hash, linear probing), so that checking the very objects prepared or checked
   * before (a service's directory of the people it serves) reads no id: a slot and the entry it
   * holds. Rebuilt from {@link #table} whenever that grows; an entry replaced or pushed out of
   * that table is marked {@link #GONE} here. A reader racing a writer may still see an older
   * entry, which is harmless (every entry is checked against what it was made for before it
   * answers).
   */
  private volatile Entry[] byPerson;
  private volatile Purpose[] lastAsked;
  /** The entries copied flat by the last {@link #prepareTable}, or {@code null}. */
  private volatile PreparedTable prepared;
  private long count;

  DecisionCache(long maximumPeople, ZoneId zone, Duration staleAfter, MaterialCatalogue materials) {
    this.maximumPeople = maximumPeople;
    this.table = maximumPeople <= 0 ? null : new Entry[initialSlots(maximumPeople)];
    this.byPerson = table == null ? null : new Entry[table.length];
    this.zone = zone;
    this.staleAfter = staleAfter;
    List<Publication> all = materials.publications();
    this.publications = new Instant[all.size()];
    for (int i = 0; i < publications.length; i++) {
      publications[i] = all.get(i).publishedAt();
    }
    Arrays.sort(publications);
  }

  private static int initialSlots(long maximumPeople) {
    return (int) Math.min(MAX_TABLE, Math.max(16, Long.highestOneBit(Math.min(maximumPeople, 512)) * 4));
  }

  /** One young person's last check, for the records they had. */
  static final class Entry {
    final int hash;
    final PersonId id;
    final Person person;
    final ConsentHistory history;
    final long ledgerSize;
    final Purpose[] asked;
    final List<PurposeDecision> decisions;
    final long fromSecond;
    final int fromNano;
    final long untilSecond;
    final int untilNano;

    /** The marker of a slot of the index by person whose entry was taken out: it matches nobody. */
    private Entry() {
      this.hash = 0;
      this.id = null;
      this.person = null;
      this.history = null;
      this.ledgerSize = -1;
      this.asked = null;
      this.decisions = null;
      this.fromSecond = 0;
      this.fromNano = 0;
      this.untilSecond = 0;
      this.untilNano = 0;
    }

    Entry(Person person, ConsentHistory history, long ledgerSize, Purpose[] asked,
        List<PurposeDecision> decisions, Instant from, Instant until) {
      this.hash = person.id().hashCode();
      this.id = person.id();
      this.person = person;
      this.history = history;
      this.ledgerSize = ledgerSize;
      this.asked = asked;
      this.decisions = decisions;
      this.fromSecond = from.getEpochSecond();
      this.fromNano = from.getNano();
      this.untilSecond = until.getEpochSecond();
      this.untilNano = until.getNano();
    }

    /**
     * The remembered decisions if they answer {@code purposes} for {@code p} at {@code at}, given
     * that the ledger holds {@code size} entries now: {@code null} when they do not, or when
     * entries were appended since and the records must be looked up ({@link #answer(Person,
     * ConsentHistory, Purpose[], long, int)}).
     */
    List<PurposeDecision> answerUnchanged(Person p, long size, Purpose[] purposes, long second, int nano) {
      return ledgerSize == size ? answerFor(p, purposes, second, nano) : null;
    }

    /** The remembered decisions if they answer {@code purposes} for these records at {@code at}, else {@code null}. */
    List<PurposeDecision> answer(Person p, ConsentHistory h, Purpose[] purposes, long second, int nano) {
      return history == h ? answerFor(p, purposes, second, nano) : null;
    }

    private List<PurposeDecision> answerFor(Person p, Purpose[] purposes, long second, int nano) {
      if (second < fromSecond || (second == fromSecond && nano < fromNano)
          || second > untilSecond || (second == untilSecond && nano >= untilNano)) {
        return null;
      }
      if (asked != purposes) {
        if (asked.length != purposes.length) {
          return null;
        }
        for (int i = 0; i < asked.length; i++) {
          if (asked[i] != purposes[i] && !asked[i].equals(purposes[i])) {
            return null;
          }
        }
      }
      if (person != p && (person.jurisdiction() != p.jurisdiction() || !person.birth().equals(p.birth()))) {
        return null;
      }
      return decisions;
    }
  }

  boolean enabled() {
    return table != null;
  }

  /**
   * Fills {@code out[i]} with the remembered entry of {@code ids[i]} (whose hash code is {@code
   * hashes[i]}), or {@code null}: first every person's own slot, then for each the entry found
   * there (or a look further along), so the reads of the slots overlap.
   */
  void entriesOf(PersonId[] ids, int[] hashes, Entry[] out) {
    Entry[] t = table;
    int mask = t.length - 1;
    for (int i = 0; i < ids.length; i++) {
      out[i] = t[spread(hashes[i]) & mask];
    }
    for (int i = 0; i < ids.length; i++) {
      Entry e = out[i];
      if (e == null || e.hash != hashes[i] || (e.id != ids[i] && !e.id.equals(ids[i]))) {
        out[i] = e == null ? null : entryOf(ids[i], hashes[i]);
      }
    }
  }

  /** The remembered entry of {@code person}, or {@code null}. */
  Entry entryOf(PersonId person) {
    return entryOf(person, person.hashCode());
  }

  /** The remembered entry of {@code person}, whose hash code is {@code h}, or {@code null}. */
  Entry entryOf(PersonId person, int h) {
    Entry[] t = table;
    int mask = t.length - 1;
    int slot = spread(h) & mask;
    for (int probe = 0; probe < PROBES; probe++) {
      Entry e = t[(slot + probe) & mask];
      if (e == null) {
        return null;
      }
      if (e.hash == h && (e.id == person || e.id.equals(person))) {
        return e;
      }
    }
    return null;
  }

  /**
   * Fills {@code out[i]} with the entry made for the object {@code people[i]} itself, looked up by
   * its identity, and returns true when every one has one; false (with {@code out} partly filled)
   * as soon as one has none. The reads overlap as in {@link #entriesOf}: every person's slot
   * first, then the entries.
   */
  boolean entriesOfObjects(Person[] people, Entry[] out) {
    Entry[] t = byPerson;
    int mask = t.length - 1;
    for (int i = 0; i < people.length; i++) {
      out[i] = t[spread(System.identityHashCode(people[i])) & mask];
    }
    for (int i = 0; i < people.length; i++) {
      Entry e = out[i];
      if (e == null || e.person != people[i]) {
        e = e == null ? null : entryOfObject(t, people[i]);
        if (e == null) {
          return false;
        }
        out[i] = e;
      }
    }
    return true;
  }

  private static Entry entryOfObject(Entry[] t, Person person) {
    int mask = t.length - 1;
    int slot = spread(System.identityHashCode(person)) & mask;
    for (int probe = 1; probe < PROBES; probe++) {
      Entry e = t[(slot + probe) & mask];
      if (e == null) {
        return null;
      }
      if (e.person == person) {
        return e;
      }
    }
    return null;
  }

  /**
   * The purposes of the last entry remembered if they are {@code asked}, in order, so that
   * entries for the same purposes share one array and a hit compares it by identity; else
   * {@code asked} itself.
   */
  Purpose[] canonical(Purpose[] asked) {
    Purpose[] last = lastAsked;
    return last != null && Arrays.equals(last, asked) ? last : asked;
  }

  /**
   * Remembers the decisions of a check of {@code person} made at {@code at} (on {@code date}),
   * for the history read after the ledger was seen to hold {@code ledgerSize} entries.
   */
  void remember(Person person, ConsentHistory history, long ledgerSize, Purpose[] asked, Instant at,
      LocalDate date, List<PurposeDecision> decisions) {
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
    lastAsked = asked;
    // A copy of the list made just before the entry, so the two sit side by side in memory and a
    // hit that hands the list on reads no further line.
    List<PurposeDecision> kept = List.of(decisions.toArray(new PurposeDecision[0]));
    put(new Entry(person, history, ledgerSize, asked, kept, span[0], span[1]));
  }

  /**
   * Puts {@code next} in its person's slot, or a free one near it (growing the table when there
   * is none and it may still grow); when the cache already holds as many people as it may, it
   * replaces the entry in the person's own slot, forgetting that person. A forgotten check is
   * simply made again.
   */
  private synchronized void put(Entry next) {
    Entry[] before = table;
    boolean kept = putById(next);
    if (table != before) {
      byPerson = indexedByPerson(table);
    } else if (kept) {
      indexByPerson(byPerson, next);
    }
  }

  /**
   * Puts {@code next} in the table by id (see {@link #put}) and returns whether it is there;
   * an entry it replaces or pushes out leaves the index by person too.
   */
  private boolean putById(Entry next) {
    if (count >= table.length / 2 && table.length < MAX_TABLE && count < maximumPeople) {
      table = grown(table, table.length * 2);
    }
    while (true) {
      Entry[] t = table;
      int mask = t.length - 1;
      int slot = spread(next.hash) & mask;
      for (int probe = 0; probe < PROBES; probe++) {
        int i = (slot + probe) & mask;
        Entry e = t[i];
        if (e == null) {
          if (count < maximumPeople) {
            t[i] = next;
            count++;
            return true;
          }
          break;
        }
        if (e.hash == next.hash && e.id.equals(next.id)) {
          t[i] = next;
          forgetByPerson(e);
          return true;
        }
      }
      if (count < maximumPeople && t.length < MAX_TABLE) {
        table = grown(t, t.length * 2);
        continue;
      }
      Entry pushedOut = t[slot];
      if (pushedOut != null) {
        t[slot] = next;
        forgetByPerson(pushedOut);
        return true;
      }
      return false;
    }
  }

  /** Takes {@code old} out of the index by person, leaving a marker so later slots stay reachable. */
  private void forgetByPerson(Entry old) {
    Entry[] t = byPerson;
    int mask = t.length - 1;
    int slot = spread(System.identityHashCode(old.person)) & mask;
    for (int probe = 0; probe < PROBES; probe++) {
      int i = (slot + probe) & mask;
      if (t[i] == null) {
        return;
      }
      if (t[i] == old) {
        t[i] = GONE;
        return;
      }
    }
  }

  /** An index by person object of every entry of {@code byId}, as many slots as it has. */
  private static Entry[] indexedByPerson(Entry[] byId) {
    Entry[] t = new Entry[byId.length];
    for (Entry e : byId) {
      if (e != null) {
        indexByPerson(t, e);
      }
    }
    return t;
  }

  /**
   * Puts {@code next} in the slot of its person object, or a free one near it, replacing an
   * older entry for the same object; when there is none, in the object's own slot (the entry
   * there is then found by id only).
   */
  private static void indexByPerson(Entry[] t, Entry next) {
    int mask = t.length - 1;
    int slot = spread(System.identityHashCode(next.person)) & mask;
    int free = -1;
    for (int probe = 0; probe < PROBES; probe++) {
      int i = (slot + probe) & mask;
      Entry e = t[i];
      if (e != null && e.person == next.person) {
        t[i] = next;
        return;
      }
      if (free < 0 && (e == null || e == GONE)) {
        free = i;
      }
      if (e == null) {
        break;
      }
    }
    t[free >= 0 ? free : slot] = next;
  }

  /**
   * A table of at least {@code length} slots holding every entry of {@code old} (doubling again
   * while some entry finds no free slot near its own, up to {@link #MAX_TABLE}, where an entry
   * that still finds none is forgotten).
   */
  private Entry[] grown(Entry[] old, int length) {
    Entry[] t = new Entry[length];
    int mask = t.length - 1;
    long kept = 0;
    for (Entry e : old) {
      if (e == null) {
        continue;
      }
      int slot = spread(e.hash) & mask;
      boolean placed = false;
      for (int probe = 0; probe < PROBES && !placed; probe++) {
        int i = (slot + probe) & mask;
        if (t[i] == null) {
          t[i] = e;
          placed = true;
        }
      }
      if (!placed && length < MAX_TABLE) {
        return grown(old, length * 2);
      }
      kept += placed ? 1 : 0;
    }
    count = kept;
    return t;
  }

  /**
   * Copies every entry remembered for {@code asked} (in order) and found by its person object
   * into a {@link PreparedTable} that later group checks of those objects read first, replacing
   * the one made before; an entry no longer the one remembered for its id is left out. Returns
   * how many people the table holds (0 when they are too many for one array, and no table is
   * kept).
   */
  synchronized int prepareTable(Purpose[] asked) {
    List<Entry> kept = new ArrayList<>();
    for (Entry e : byPerson) {
      if (e != null && e != GONE && (e.asked == asked || Arrays.equals(e.asked, asked))
          && entryOf(e.id, e.hash) == e) {
        kept.add(e);
      }
    }
    prepared = PreparedTable.of(asked, kept);
    return prepared == null ? 0 : prepared.people();
  }

  /**
   * The checks of {@code group} answered from the table made by the last {@link #prepareTable},
   * or {@code null} (see {@link PreparedTable#answer}).
   */
  ConsentCheck[] prepared(Person[] group, Purpose[] purposes, long size, Instant at) {
    PreparedTable t = prepared;
    return t == null ? null : t.answer(group, purposes, size, at);
  }

  /** Returns how many people the cache remembers now. */
  synchronized long size() {
    return count;
  }

  /** Spreads a hash's bits so that nearby hash codes land in distant slots (shared by {@link PreparedTable}). */
  static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
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
