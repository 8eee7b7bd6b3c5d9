package io.coproduce.consent.gate;

import static io.coproduce.consent.event.DecisionAuthority.PARENTAL_RESPONSIBILITY;
import static io.coproduce.consent.gate.GateWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedTableTest {

  private static final Purpose PHOTOS = Purpose.photography();
  private static final Instant FROM = NOW.minus(Duration.ofHours(2));
  private static final Instant UNTIL = NOW.plus(Duration.ofHours(2));

  /** An entry for {@code c}, with the decisions a fresh gate gives, standing over [FROM, UNTIL) at ledger size 7. */
  private static DecisionCache.Entry entry(GateWorld w, Person c, Purpose[] asked) {
    List<PurposeDecision> decisions = w.gate().withCacheSize(0).check(c, List.of(asked), NOW).decisions();
    return new DecisionCache.Entry(c, w.ledger.historyOf(c.id()), 7, asked, decisions, FROM, UNTIL);
  }

  private static List<Person> children(GateWorld w, int n) {
    List<Person> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person c = w.child("yp-" + i, 6 + i % 12);
      w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, NOW.minus(Duration.ofDays(3)), PHOTOS);
      out.add(c);
    }
    return out;
  }

  @Test
  void answersTheVeryObjectsPutInWithTheirOwnDecisionObjects() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS, Purpose.video()};
    List<Person> people = children(w, 3);
    List<DecisionCache.Entry> entries = people.stream().map(c -> entry(w, c, asked)).toList();
    PreparedTable table = PreparedTable.of(asked, entries);

    Person[] group = {people.get(2), people.get(0)};
    ConsentCheck[] checks = table.answer(group, asked, 7, NOW);

    assertThat(table.people()).isEqualTo(3);
    assertThat(checks).hasSize(2);
    for (int i = 0; i < group.length; i++) {
      DecisionCache.Entry e = entries.get(i == 0 ? 2 : 0);
      assertThat(checks[i].subject()).isEqualTo(group[i].id());
      assertThat(checks[i].at()).isEqualTo(NOW);
      assertThat(checks[i].decisions()).isEqualTo(e.decisions);
      for (int k = 0; k < asked.length; k++) {
        assertThat(checks[i].decisions().get(k)).isSameAs(e.decisions.get(k));
      }
    }
  }

  @Test
  void answersNothingForAnObjectNotPutInEvenIfEqual() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS};
    List<Person> people = children(w, 2);
    PreparedTable table = PreparedTable.of(asked, List.of(entry(w, people.get(0), asked)));
    Person copy = w.child("yp-0", 6);

    assertThat(table.answer(new Person[] {copy}, asked, 7, NOW)).isNull();
    assertThat(table.answer(new Person[] {people.get(0), people.get(1)}, asked, 7, NOW)).isNull();
    assertThat(table.answer(new Person[] {people.get(0)}, asked, 7, NOW)).hasSize(1);
  }

  @Test
  void answersOnlyWhileNothingWasAppendedAndWithinItsSpanFromIncludedUntilExcluded() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS};
    Person[] group = {children(w, 1).get(0)};
    PreparedTable table = PreparedTable.of(asked, List.of(entry(w, group[0], asked)));

    assertThat(table.answer(group, asked, 8, NOW)).isNull();
    assertThat(table.answer(group, asked, 6, NOW)).isNull();
    assertThat(table.answer(group, asked, 7, FROM)).hasSize(1);
    assertThat(table.answer(group, asked, 7, FROM.minusNanos(1))).isNull();
    assertThat(table.answer(group, asked, 7, FROM.minusSeconds(1))).isNull();
    assertThat(table.answer(group, asked, 7, FROM.plusNanos(1))).hasSize(1);
    assertThat(table.answer(group, asked, 7, UNTIL.minusNanos(1))).hasSize(1);
    assertThat(table.answer(group, asked, 7, UNTIL)).isNull();
    assertThat(table.answer(group, asked, 7, UNTIL.plusSeconds(1))).isNull();
    assertThat(table.answer(group, asked, 7, UNTIL.minusSeconds(1).plusNanos(5))).hasSize(1);
  }

  @Test
  void answersOnlyTheSamePurposesInTheSameOrderInAnyArray() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS, Purpose.video()};
    Person[] group = {children(w, 1).get(0)};
    PreparedTable table = PreparedTable.of(asked, List.of(entry(w, group[0], asked)));

    assertThat(table.answer(group, new Purpose[] {PHOTOS, Purpose.video()}, 7, NOW)).hasSize(1);
    assertThat(table.answer(group, new Purpose[] {Purpose.video(), PHOTOS}, 7, NOW)).isNull();
    assertThat(table.answer(group, new Purpose[] {PHOTOS}, 7, NOW)).isNull();
  }

  @Test
  void handsOutEveryDecisionForOneToSixPurposes() {
    Purpose[] all = {PHOTOS, Purpose.video(), Purpose.audioRecording(), Purpose.takingPart(),
        Purpose.contact(), Purpose.publicCredit()};
    for (int n = 1; n <= all.length; n++) {
      GateWorld w = new GateWorld();
      Purpose[] asked = java.util.Arrays.copyOf(all, n);
      Person[] group = {children(w, 1).get(0)};
      DecisionCache.Entry e = entry(w, group[0], asked);
      ConsentCheck[] checks = PreparedTable.of(asked, List.of(e)).answer(group, asked, 7, NOW);
      assertThat(checks[0].decisions()).as("%d purposes", n).isEqualTo(e.decisions).hasSize(n);
    }
  }

  @Test
  void findsEveryoneOfManyWhoseSlotsCollideAndSharesTheirConditions() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS};
    List<Person> people = children(w, 3_000);
    List<DecisionCache.Entry> entries = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person c = people.get(i);
      Instant until = i % 2 == 0 ? UNTIL : UNTIL.plusSeconds(1);
      entries.add(new DecisionCache.Entry(c, w.ledger.historyOf(c.id()), 7, asked,
          List.of(w.gate().withCacheSize(0).check(c, List.of(asked), NOW).decisions().get(0)), FROM, until));
    }
    PreparedTable table = PreparedTable.of(asked, entries);

    assertThat(table.stamps()).isEqualTo(2);
    for (int from = 0; from < people.size(); from += 30) {
      Person[] group = people.subList(from, from + 30).toArray(new Person[0]);
      ConsentCheck[] checks = table.answer(group, asked, 7, NOW);
      for (int i = 0; i < group.length; i++) {
        assertThat(checks[i].subject()).isEqualTo(group[i].id());
        assertThat(checks[i].decisions().get(0)).isSameAs(entries.get(from + i).decisions.get(0));
      }
    }
    assertThat(table.answer(new Person[] {w.child("yp-nobody", 9)}, asked, 7, NOW)).isNull();
  }

  @Test
  void refusesTheSameObjectListedTwiceNamingThePeople() {
    GateWorld w = new GateWorld();
    Purpose[] asked = {PHOTOS};
    List<Person> people = children(w, 2);
    PreparedTable table = PreparedTable.of(asked, people.stream().map(c -> entry(w, c, asked)).toList());
    Person a = people.get(0);

    assertThatThrownBy(() -> table.answer(new Person[] {a, people.get(1), a}, asked, 7, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("people");
          assertThat(e.getMessage()).contains("yp-0");
        });
  }

  @Test
  void anEmptyTableAnswersNoOneAndAnEmptyGroupWithNoChecks() {
    Purpose[] asked = {PHOTOS};
    PreparedTable table = PreparedTable.of(asked, List.of());
    GateWorld w = new GateWorld();

    assertThat(table.people()).isZero();
    assertThat(table.answer(new Person[] {w.child("yp-1", 9)}, asked, 7, NOW)).isNull();
    assertThat(table.answer(new Person[0], asked, 7, NOW)).isEmpty();
  }

  @Test
  void aTableTooLargeForOneArrayIsNotMade() {
    assertThat(PreparedTable.fits(1_000_000, 6)).isTrue();
    assertThat(PreparedTable.fits(200_000_000, 6)).isFalse();
    // 2^26 people take 2^27 slots; one more takes 2^28, which at 8 references each is 2^31: too many.
    assertThat(PreparedTable.fits(1 << 26, 8)).isTrue();
    assertThat(PreparedTable.fits((1 << 26) + 1, 8)).isFalse();
  }
}
