package io.coproduce.consent.gate;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Person;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions a gate remembers for one set of purposes, copied by {@link ConsentGate#prepare}
 * into one flat array laid out for a group check of the very {@link Person} objects remembered.
 * Each person's slot holds, side by side, the object itself, the conditions under which its
 * decisions stand (a {@link Stamp}, shared by everyone whose conditions are the same, which for a
 * day's preparation is nearly everyone) and the decisions, one per purpose. A check of such an
 * object reads its header (for its identity hash) and its slot, and nothing else that is not
 * shared: no entry object, no list, no id, not the ledger.
 *
 * <p>The table is built whole and never written after, so readers take no lock and never see a
 * slot half-written. It is a copy: the gate's memory ({@link DecisionCache}) may since have
 * forgotten or replaced an entry, so every slot is checked against what it was made for before
 * it answers, exactly as an entry is: the same object, nothing appended to the ledger since, the
 * same purposes in the same order, and an instant within the span over which its decisions
 * cannot change. Otherwise the check is answered as without the table. Each id appears in at most
 * one slot, so different objects found in it are different people.
 */
final class PreparedTable {

  /** Where a slot's object is; its stamp follows, then its decisions. */
  private static final int PERSON = 0;
  private static final int STAMP = 1;
  private static final int DECISIONS = 2;

  private final Purpose[] asked;
  private final int stride;
  private final int mask;
  private final Object[] slots;
  private final int people;
  private final int stamps;

  /**
   * When a slot's decisions stand: while the ledger holds {@code ledgerSize} entries (nothing
   * appended since its records were read) and for instants in {@code [from, until)}, held as
   * seconds and nanoseconds.
   */
  private record Stamp(long ledgerSize, long fromSecond, int fromNano, long untilSecond, int untilNano) {

    boolean answers(long size, long second, int nano) {
      return ledgerSize == size
          && (second > fromSecond || (second == fromSecond && nano >= fromNano))
          && (second < untilSecond || (second == untilSecond && nano < untilNano));
    }
  }

  private PreparedTable(Purpose[] asked, int stride, Object[] slots, int people, int stamps) {
    this.asked = asked;
    this.stride = stride;
    this.slots = slots;
    this.mask = slots.length / stride - 1;
    this.people = people;
    this.stamps = stamps;
  }

  /**
   * A table of {@code entries} (each made for {@code asked}, each for a different person), or
   * {@code null} when they are too many for one array.
   */
  static PreparedTable of(Purpose[] asked, List<DecisionCache.Entry> entries) {
    int stride = DECISIONS + asked.length;
    if (!fits(entries.size(), stride)) {
      return null;
    }
    long slotCount = slotsFor(entries.size());
    Object[] slots = new Object[(int) (slotCount * stride)];
    int mask = (int) slotCount - 1;
    Map<Stamp, Stamp> shared = new HashMap<>();
    for (DecisionCache.Entry e : entries) {
      Stamp stamp = shared.computeIfAbsent(
          new Stamp(e.ledgerSize, e.fromSecond, e.fromNano, e.untilSecond, e.untilNano), s -> s);
      int slot = DecisionCache.spread(System.identityHashCode(e.person)) & mask;
      while (slots[slot * stride] != null) {
        slot = (slot + 1) & mask;
      }
      int base = slot * stride;
      slots[base + PERSON] = e.person;
      slots[base + STAMP] = stamp;
      for (int k = 0; k < asked.length; k++) {
        slots[base + DECISIONS + k] = e.decisions.get(k);
      }
    }
    return new PreparedTable(asked, stride, slots, entries.size(), shared.size());
  }

  /** Slots for {@code people}: a power of two, at least twice as many, so the table is never full. */
  private static long slotsFor(long people) {
    return Math.max(2, Long.highestOneBit(Math.max(1, people) * 2 - 1) << 1);
  }

  /** Whether a table of {@code people} with slots of {@code stride} references fits in one array. */
  static boolean fits(long people, int stride) {
    return slotsFor(people) * stride <= Integer.MAX_VALUE - 16;
  }

  /** Returns how many people the table holds. */
  int people() {
    return people;
  }

  /** Returns how many different conditions its slots share. */
  int stamps() {
    return stamps;
  }

  /**
   * The checks of {@code group} about {@code purposes} at {@code at}, given that the ledger holds
   * {@code size} entries now, when every one of these objects has a slot that answers; else
   * {@code null}. Each step reads one thing for everyone before the next reads further (every
   * object's header, then every slot), so that the processor overlaps the reads of different
   * people.
   *
   * @throws InvalidInputException when the group lists the same object twice
   */
  ConsentCheck[] answer(Person[] group, Purpose[] purposes, long size, Instant at) {
    if (purposes != asked && !Arrays.equals(purposes, asked)) {
      return null;
    }
    int n = group.length;
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = System.identityHashCode(group[i]);
    }
    int[] base = new int[n];
    for (int i = 0; i < n; i++) {
      base[i] = (DecisionCache.spread(identity[i]) & mask) * stride;
    }
    for (int i = 0; i < n; i++) {
      if (slots[base[i] + PERSON] != group[i]) {
        int found = find(group[i], base[i]);
        if (found < 0) {
          return null;
        }
        base[i] = found;
      }
    }
    long second = at.getEpochSecond();
    int nano = at.getNano();
    ConsentCheck[] checks = new ConsentCheck[n];
    for (int i = 0; i < n; i++) {
      Stamp stamp = (Stamp) slots[base[i] + STAMP];
      if (!stamp.answers(size, second, nano)) {
        return null;
      }
      checks[i] = new ConsentCheck(group[i].id(), at, decisions(base[i] + DECISIONS));
    }
    requireDistinct(group, identity);
    return checks;
  }

  /** The slot after {@code start} holding {@code person}, or -1 (the table is never full). */
  private int find(Person person, int start) {
    int slot = start / stride;
    while (true) {
      slot = (slot + 1) & mask;
      Object there = slots[slot * stride + PERSON];
      if (there == person) {
        return slot * stride;
      }
      if (there == null) {
        return -1;
      }
    }
  }

  /**
   * A new list of the decisions from {@code from}. They were put there as decisions; they are
   * not cast back here, because a cast reads each object and a hit reads only its slot.
   */
  @SuppressWarnings("unchecked")
  private List<PurposeDecision> decisions(int from) {
    Object[] s = slots;
    List<?> out = switch (asked.length) {
      case 1 -> List.of(s[from]);
      case 2 -> List.of(s[from], s[from + 1]);
      case 3 -> List.of(s[from], s[from + 1], s[from + 2]);
      case 4 -> List.of(s[from], s[from + 1], s[from + 2], s[from + 3]);
      default -> List.of(Arrays.copyOfRange(s, from, from + asked.length));
    };
    return (List<PurposeDecision>) out;
  }

  /** Refuses an object listed twice (different objects in the table are different people). */
  private static void requireDistinct(Person[] group, int[] identity) {
    int[] seen = new int[Integer.highestOneBit(Math.max(1, group.length) * 2) * 2];
    int mask = seen.length - 1;
    for (int i = 0; i < group.length; i++) {
      int slot = identity[i] & mask;
      while (seen[slot] != 0) {
        if (group[seen[slot] - 1] == group[i]) {
          throw InvalidInputException.of("people", "must not list the same person twice", group[i].id());
        }
        slot = (slot + 1) & mask;
      }
      seen[slot] = i + 1;
    }
  }
}
