package io.coproduce.consent.gate;

import static io.coproduce.consent.event.DecisionAuthority.SELF_AGED_16_OR_OVER;
import static io.coproduce.consent.gate.GateWorld.NOW;
import static io.coproduce.consent.gate.GateWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.ledger.ConsentHistory;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionCacheTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Purpose[] PHOTOS = {Purpose.photography()};

  private static List<PurposeDecision> decisions(GateWorld w, Person c) {
    return w.gate().withCacheSize(0).check(c, List.of(PHOTOS), NOW).decisions();
  }

  @Test
  void neverRemembersMorePeopleThanItsMaximum() {
    GateWorld w = new GateWorld();
    DecisionCache cache = new DecisionCache(5, LONDON, null, MaterialCatalogue.empty());
    for (int i = 0; i < 200; i++) {
      Person c = w.child("yp-" + i, 17);
      cache.remember(c, w.ledger.historyOf(c.id()), 0, PHOTOS, NOW, TODAY, List.of());
      assertThat(cache.size()).isLessThanOrEqualTo(5);
    }
    assertThat(cache.size()).isEqualTo(5);
  }

  @Test
  void growsToRememberManyPeopleAndFindsEachAgain() {
    GateWorld w = new GateWorld();
    DecisionCache cache = new DecisionCache(100_000, LONDON, null, MaterialCatalogue.empty());
    int found = 0;
    for (int i = 0; i < 5_000; i++) {
      Person c = w.child("yp-" + i, 17);
      cache.remember(c, w.ledger.historyOf(c.id()), 0, PHOTOS, NOW, TODAY, List.of());
    }
    for (int i = 0; i < 5_000; i++) {
      Person c = w.child("yp-" + i, 17);
      DecisionCache.Entry e = cache.entryOf(c.id());
      if (e != null && e.id.equals(c.id())) {
        found++;
      }
    }
    assertThat(found).isEqualTo(5_000);
    assertThat(cache.size()).isEqualTo(5_000);
    PersonId[] ids = new PersonId[5_001];
    int[] hashes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = PersonId.parse("yp-" + i);
      hashes[i] = ids[i].hashCode();
    }
    DecisionCache.Entry[] entries = new DecisionCache.Entry[ids.length];
    cache.entriesOf(ids, hashes, entries);
    for (int i = 0; i < 5_000; i++) {
      assertThat(entries[i].id).isEqualTo(ids[i]);
    }
    assertThat(entries[5_000]).isNull();
  }

  @Test
  void aRememberedPersonIsFoundUnderAnEqualIdAndReplacedNotDuplicated() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    DecisionCache cache = new DecisionCache(10, LONDON, null, MaterialCatalogue.empty());
    cache.remember(c, w.ledger.historyOf(c.id()), 0, PHOTOS, NOW, TODAY, List.of());
    Person same = w.child("yp-1", 17);
    assertThat(cache.entryOf(same.id())).isNotNull();
    cache.remember(same, w.ledger.historyOf(c.id()), 1, PHOTOS, NOW, TODAY, List.of());
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.entryOf(c.id()).ledgerSize).isEqualTo(1);
    assertThat(cache.entryOf(w.child("yp-2", 17).id())).isNull();
  }

  @Test
  void anEntryAnswersWithoutTheLedgerOnlyWhileTheLedgerHoldsAsManyEntries() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, NOW.minus(Duration.ofDays(1)), PHOTOS[0]);
    List<PurposeDecision> d = decisions(w, c);
    ConsentHistory h = w.ledger.historyOf(c.id());
    DecisionCache cache = new DecisionCache(10, LONDON, null, MaterialCatalogue.empty());
    cache.remember(c, h, w.ledger.size(), PHOTOS, NOW, TODAY, d);
    DecisionCache.Entry e = cache.entryOf(c.id());
    long s = NOW.getEpochSecond();

    assertThat(e.answerUnchanged(c, w.ledger.size(), PHOTOS, s, 0)).isSameAs(e.decisions).isEqualTo(d);
    assertThat(e.answerUnchanged(c, w.ledger.size() + 1, PHOTOS, s, 0)).isNull();
    assertThat(e.answer(c, h, PHOTOS, s, 0)).isSameAs(e.decisions).isEqualTo(d);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, NOW.plusSeconds(5), Purpose.video());
    assertThat(e.answer(c, w.ledger.historyOf(c.id()), PHOTOS, s, 0)).isNull();
  }

  @Test
  void anEntryAnswersOnlyTheSamePurposesForTheSameBirthWithinItsSpan() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, NOW.minus(Duration.ofHours(1)), PHOTOS[0]);
    ConsentHistory h = w.ledger.historyOf(c.id());
    List<PurposeDecision> d = decisions(w, c);
    DecisionCache cache = new DecisionCache(10, LONDON, null, MaterialCatalogue.empty());
    cache.remember(c, h, 1, PHOTOS, NOW, TODAY, d);
    DecisionCache.Entry e = cache.entryOf(c.id());
    long s = NOW.getEpochSecond();

    assertThat(e.answer(c, h, new Purpose[] {Purpose.photography()}, s, 0)).isSameAs(e.decisions).isEqualTo(d);
    assertThat(e.answer(c, h, new Purpose[] {Purpose.video()}, s, 0)).isNull();
    assertThat(e.answer(c, h, new Purpose[] {Purpose.photography(), Purpose.video()}, s, 0)).isNull();
    assertThat(e.answer(w.child("yp-1", 15), h, PHOTOS, s, 0)).isNull();
    assertThat(e.answer(w.child("yp-1", 17), h, PHOTOS, s, 0)).isSameAs(e.decisions).isEqualTo(d);
    // The span starts at the grant (an hour ago) and ends at midnight in London (23:00 UTC).
    assertThat(e.answer(c, h, PHOTOS, s - 3_600, 0)).isSameAs(e.decisions).isEqualTo(d);
    assertThat(e.answer(c, h, PHOTOS, s - 3_601, 999_999_999)).isNull();
    assertThat(e.answer(c, h, PHOTOS, s + 11 * 3_600 - 1, 999_999_999)).isSameAs(e.decisions).isEqualTo(d);
    assertThat(e.answer(c, h, PHOTOS, s + 11 * 3_600, 0)).isNull();
  }

  @Test
  void sharesOneArrayForTheSamePurposesAskedAgain() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    DecisionCache cache = new DecisionCache(10, LONDON, null, MaterialCatalogue.empty());
    Purpose[] asked = {Purpose.photography(), Purpose.video()};
    assertThat(cache.canonical(asked)).isSameAs(asked);
    cache.remember(c, w.ledger.historyOf(c.id()), 0, asked, NOW, TODAY, List.of());
    assertThat(cache.canonical(new Purpose[] {Purpose.photography(), Purpose.video()})).isSameAs(asked);
    Purpose[] other = {Purpose.video(), Purpose.photography()};
    assertThat(cache.canonical(other)).isSameAs(other);
  }

  @Test
  void keepsItsOwnCopyOfTheDecisions() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    List<PurposeDecision> d = decisions(w, c);
    DecisionCache cache = new DecisionCache(10, LONDON, null, MaterialCatalogue.empty());
    cache.remember(c, w.ledger.historyOf(c.id()), 0, PHOTOS, NOW, TODAY, d);
    assertThat(cache.entryOf(c.id()).decisions).isEqualTo(d).isNotSameAs(d);
  }

  @Test
  void findsTheEntryMadeForAPersonObjectByThatObjectOnly() {
    GateWorld w = new GateWorld();
    DecisionCache cache = new DecisionCache(100_000, LONDON, null, MaterialCatalogue.empty());
    Person[] people = new Person[3_000];
    for (int i = 0; i < people.length; i++) {
      people[i] = w.child("yp-" + i, 17);
      cache.remember(people[i], w.ledger.historyOf(people[i].id()), 0, PHOTOS, NOW, TODAY, List.of());
    }
    DecisionCache.Entry[] out = new DecisionCache.Entry[people.length];
    assertThat(cache.entriesOfObjects(people, out)).isTrue();
    for (int i = 0; i < people.length; i++) {
      assertThat(out[i].person).isSameAs(people[i]);
    }
    // An equal object made afresh is found by id, not by object.
    Person[] fresh = {people[0], w.child("yp-1", 17)};
    assertThat(cache.entriesOfObjects(fresh, new DecisionCache.Entry[2])).isFalse();
    assertThat(cache.entryOf(fresh[1].id()).person).isSameAs(people[1]);
  }

  @Test
  void anEntryReplacedOrPushedOutIsNoLongerFoundByItsObject() {
    GateWorld w = new GateWorld();
    DecisionCache cache = new DecisionCache(3, LONDON, null, MaterialCatalogue.empty());
    Person a = w.child("yp-a", 17);
    Person again = w.child("yp-a", 17);
    cache.remember(a, w.ledger.historyOf(a.id()), 0, PHOTOS, NOW, TODAY, List.of());
    cache.remember(again, w.ledger.historyOf(a.id()), 0, PHOTOS, NOW, TODAY, List.of());
    assertThat(cache.entriesOfObjects(new Person[] {a}, new DecisionCache.Entry[1])).isFalse();
    assertThat(cache.entriesOfObjects(new Person[] {again}, new DecisionCache.Entry[1])).isTrue();
    cache.remember(a, w.ledger.historyOf(a.id()), 0, PHOTOS, NOW, TODAY, List.of());
    assertThat(cache.entriesOfObjects(new Person[] {a}, new DecisionCache.Entry[1])).isTrue();
    assertThat(cache.size()).isEqualTo(1);

    // A full cache pushes people out; whoever it no longer remembers by id is not found by object.
    List<Person> many = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Person p = w.child("yp-" + i, 17);
      many.add(p);
      cache.remember(p, w.ledger.historyOf(p.id()), 0, PHOTOS, NOW, TODAY, List.of());
    }
    int byObject = 0;
    for (Person p : many) {
      DecisionCache.Entry byId = cache.entryOf(p.id());
      boolean found = cache.entriesOfObjects(new Person[] {p}, new DecisionCache.Entry[1]);
      if (found) {
        byObject++;
        assertThat(byId).as("found by object only while remembered by id").isNotNull();
        assertThat(byId.person).isSameAs(p);
      }
    }
    assertThat(byObject).isLessThanOrEqualTo(3).isPositive();
  }

  @Test
  void aPreparedTableCopiesTheEntriesFoundByObjectForThosePurposesAndReplacesTheLastOne() {
    GateWorld w = new GateWorld();
    DecisionCache cache = new DecisionCache(100, LONDON, null, MaterialCatalogue.empty());
    Purpose[] video = {Purpose.video()};
    Person a = w.child("yp-a", 17);
    Person b = w.child("yp-b", 16);
    Person c = w.child("yp-c", 15);
    Person bAgain = w.child("yp-b", 16);
    assertThat(cache.prepared(new Person[] {a}, PHOTOS, 0, NOW)).as("no table yet").isNull();
    cache.remember(a, w.ledger.historyOf(a.id()), 0, PHOTOS, NOW, TODAY, decisions(w, a));
    cache.remember(b, w.ledger.historyOf(b.id()), 0, PHOTOS, NOW, TODAY, decisions(w, b));
    cache.remember(bAgain, w.ledger.historyOf(b.id()), 0, PHOTOS, NOW, TODAY, decisions(w, b));
    cache.remember(c, w.ledger.historyOf(c.id()), 0, video, NOW, TODAY,
        w.gate().withCacheSize(0).check(c, List.of(video), NOW).decisions());

    // a, and b's newer object; not b's older one (replaced by id), not c (other purposes).
    assertThat(cache.prepareTable(new Purpose[] {Purpose.photography()})).isEqualTo(2);
    assertThat(cache.prepared(new Person[] {a, bAgain}, PHOTOS, 0, NOW)).hasSize(2);
    assertThat(cache.prepared(new Person[] {b}, PHOTOS, 0, NOW)).isNull();
    assertThat(cache.prepared(new Person[] {c}, video, 0, NOW)).isNull();

    assertThat(cache.prepareTable(video)).isEqualTo(1);
    assertThat(cache.prepared(new Person[] {c}, video, 0, NOW)).hasSize(1);
    assertThat(cache.prepared(new Person[] {a}, PHOTOS, 0, NOW)).as("replaced").isNull();
    assertThat(cache.size()).isEqualTo(3);
  }
}
