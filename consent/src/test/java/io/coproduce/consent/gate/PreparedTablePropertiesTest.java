package io.coproduce.consent.gate;

import static io.coproduce.consent.event.DecisionAuthority.PARENTAL_RESPONSIBILITY;
import static io.coproduce.consent.gate.GateWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.consent.Examples;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PreparedTablePropertiesTest {

  private static final Purpose[] ASKED = {Purpose.photography(), Purpose.video()};

  /**
   * A table answers a group exactly when every object in it was put in and every one's
   * conditions hold (the ledger size it was made at, an instant in its span), and then with
   * the very decision objects put in; a stranger, an equal copy, an append or an instant
   * outside someone's span means no answer at all (the gate then looks further).
   */
  @Test
  void answersAGroupExactlyWhenEveryObjectWasPutInAndItsConditionsHold() {
    GateWorld w = new GateWorld();
    List<Person> people = new ArrayList<>();
    List<Person> copies = new ArrayList<>();
    List<List<PurposeDecision>> decisions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Person c = w.child("yp-" + i, 6 + i % 12);
      w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, NOW.minus(Duration.ofDays(3)), ASKED[i % 2]);
      people.add(c);
      copies.add(w.child("yp-" + i, 6 + i % 12));
      decisions.add(w.gate().withCacheSize(0).check(c, List.of(ASKED), NOW).decisions());
    }
    qt().withFixedSeed(20261202L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(-60, 60)).ofSize(40),
            SourceDSL.integers().between(1, 40),
            SourceDSL.lists().of(SourceDSL.integers().between(0, 89)).ofSizeBetween(0, 12),
            // when and the ledger size together (QuickTheories takes four sources): 181 minutes x sizes 6, 7, 8
            SourceDSL.integers().between(0, 3 * 181 - 1))
        .checkAssert((spans, putIn, picks, whenAndSize) -> {
          int minutes = whenAndSize % 181 - 90;
          long size = 6 + whenAndSize / 181;
          List<DecisionCache.Entry> entries = new ArrayList<>();
          for (int i = 0; i < putIn; i++) {
            // Person i's span: an hour either side of NOW, narrowed on one side by spans.get(i) minutes.
            int m = spans.get(i);
            Instant from = m < 0 ? NOW.plus(Duration.ofMinutes(m)) : NOW.minus(Duration.ofHours(1));
            Instant until = m > 0 ? NOW.plus(Duration.ofMinutes(m)) : NOW.plus(Duration.ofHours(1));
            entries.add(new DecisionCache.Entry(people.get(i), w.ledger.historyOf(people.get(i).id()), 7,
                ASKED, decisions.get(i), from, until));
          }
          PreparedTable table = PreparedTable.of(ASKED, entries);
          // picks 0..39 are the objects put in (if i < putIn), 40..79 equal copies, 80..89 strangers.
          LinkedHashSet<Integer> distinct = new LinkedHashSet<>(picks);
          Person[] group = new Person[distinct.size()];
          Instant at = NOW.plus(Duration.ofMinutes(minutes));
          // An empty group is answered with no checks whatever the ledger holds: nothing to check.
          boolean answers = true;
          int k = 0;
          for (int pick : distinct) {
            if (pick < 40) {
              group[k] = people.get(pick);
              answers &= pick < putIn && size == 7 && inSpan(entries.get(pick), at);
            } else if (pick < 80) {
              group[k] = copies.get(pick - 40);
              answers = false;
            } else {
              group[k] = w.child("yp-stranger-" + pick, 9);
              answers = false;
            }
            k++;
          }
          ConsentCheck[] checks = table.answer(group, ASKED, size, at);
          if (!answers) {
            assertThat(checks).isNull();
            return;
          }
          assertThat(checks).hasSize(group.length);
          for (int i = 0; i < group.length; i++) {
            assertThat(checks[i].subject()).isEqualTo(group[i].id());
            assertThat(checks[i].at()).isEqualTo(at);
            int who = people.indexOf(group[i]);
            for (int d = 0; d < ASKED.length; d++) {
              assertThat(checks[i].decisions().get(d)).isSameAs(decisions.get(who).get(d));
            }
          }
        });
  }

  private static boolean inSpan(DecisionCache.Entry e, Instant at) {
    Instant from = Instant.ofEpochSecond(e.fromSecond, e.fromNano);
    Instant until = Instant.ofEpochSecond(e.untilSecond, e.untilNano);
    return !at.isBefore(from) && at.isBefore(until);
  }
}
