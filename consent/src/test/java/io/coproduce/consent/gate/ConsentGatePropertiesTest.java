package io.coproduce.consent.gate;

import io.coproduce.consent.Examples;
import static io.coproduce.consent.event.DecisionAuthority.PARENTAL_RESPONSIBILITY;
import static io.coproduce.consent.event.DecisionAuthority.SELF_AGED_16_OR_OVER;
import static io.coproduce.consent.gate.GateWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ConsentGatePropertiesTest {

  private static final Purpose PHOTOS = Purpose.photography();
  private static final Purpose VIDEO = Purpose.video();

  @Test
  void onceWithdrawnNothingAfterIsAllowedUntilANewConsent() {
    qt().withFixedSeed(20261201L)
        .forAll(SourceDSL.longs().between(1, 10_000), SourceDSL.longs().between(1, 10_000),
            SourceDSL.longs().between(0, 30_000), SourceDSL.booleans().all())
        .checkAssert((givenToWithdrawal, withdrawalToRegrant, probe, regrant) -> {
          GateWorld w = new GateWorld();
          Person c = w.child("yp-1", 17);
          Instant given = NOW.minus(Duration.ofDays(30));
          Instant withdrawal = given.plus(Duration.ofMinutes(givenToWithdrawal));
          Instant again = withdrawal.plus(Duration.ofMinutes(withdrawalToRegrant));
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, given, PHOTOS);
          // A parent's consent after the withdrawal is not the young person's new consent.
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, withdrawal, PHOTOS);
          w.withdrawn(c, SELF_AGED_16_OR_OVER, withdrawal, PHOTOS);
          if (regrant) {
            w.given(c, c.id(), SELF_AGED_16_OR_OVER, again, PHOTOS);
          }
          Instant at = withdrawal.plus(Duration.ofMinutes(probe));
          boolean beforeNewConsent = !regrant || at.isBefore(again);

          PurposeDecision d = w.check(c, PHOTOS, at);

          if (beforeNewConsent) {
            assertThat(d.allowed()).isFalse();
            assertThat(d.has(FindingKind.WITHDRAWN)).isTrue();
          } else {
            assertThat(d.allowed()).isTrue();
          }
        });
  }

  /** One step of a generated history, applied to a world for one child and one parent. */
  private record Step(int kind, long minutes) {}

  private static Gen<List<Step>> histories() {
    Gen<Step> step = SourceDSL.integers().between(0, 8).zip(SourceDSL.longs().between(1, 2_000), Step::new);
    return SourceDSL.lists().of(step).ofSizeBetween(0, 8);
  }

  private static Instant apply(GateWorld w, Person c, PersonId mum, List<Step> steps, Instant start) {
    Instant t = start;
    for (Step s : steps) {
      t = t.plus(Duration.ofMinutes(s.minutes()));
      Purpose p = s.minutes() % 3 == 0 ? VIDEO : PHOTOS;
      switch (s.kind()) {
        case 0 -> w.given(c, mum, PARENTAL_RESPONSIBILITY, t, p);
        case 1 -> w.refused(c, mum, PARENTAL_RESPONSIBILITY, t, p);
        case 2 -> w.revoked(c, mum, PARENTAL_RESPONSIBILITY, t, p);
        case 3 -> w.assented(c, t, p);
        case 4 -> w.dissented(c, t, p);
        case 5 -> w.expired(c, t, p);
        case 6 -> w.invalidated(c, t, InvalidationGround.INFORMATION_CHANGED, p);
        case 7 -> w.assess(c, t, s.minutes() % 2 == 0, p);
        default -> w.deferred(c, mum, PARENTAL_RESPONSIBILITY, t, p);
      }
    }
    return t;
  }

  @Test
  void anAnswerAtAnInstantDoesNotDependOnEventsRecordedAfterIt() {
    qt().withFixedSeed(20261201L)
        .forAll(histories(), histories(), SourceDSL.integers().between(5, 15))
        .checkAssert((before, after, age) -> {
          GateWorld w = new GateWorld();
          Person c = w.child("yp-1", age);
          PersonId mum = w.mother(c);
          Instant end = apply(w, c, mum, before, NOW.minus(Duration.ofDays(200)));
          Instant at = end.plus(Duration.ofMinutes(1));
          ConsentCheck first = w.gate().check(c, List.of(PHOTOS, VIDEO), at);

          apply(w, c, mum, after, at);
          ConsentCheck second = w.gate().check(c, List.of(PHOTOS, VIDEO), at);

          assertThat(second).isEqualTo(first);
        });
  }

  @Test
  void theOrderPurposesAreAskedInChangesNoDecision() {
    qt().withFixedSeed(20261201L)
        .forAll(histories(), SourceDSL.integers().between(3, 20))
        .checkAssert((steps, age) -> {
          GateWorld w = new GateWorld();
          Person c = w.child("yp-1", age);
          apply(w, c, w.mother(c), steps, NOW.minus(Duration.ofDays(100)));
          ConsentGate gate = w.gate();

          ConsentCheck ab = gate.check(c, List.of(PHOTOS, VIDEO), NOW);
          ConsentCheck ba = gate.check(c, List.of(VIDEO, PHOTOS), NOW);

          assertThat(ab.decision(PHOTOS)).isEqualTo(ba.decision(PHOTOS));
          assertThat(ab.decision(VIDEO)).isEqualTo(ba.decision(VIDEO));
        });
  }

  @Test
  void allowedExactlyWhenNothingBlocksAndEveryGapIsExplained() {
    qt().withFixedSeed(20261201L)
        .forAll(histories(), SourceDSL.integers().between(0, 25))
        .checkAssert((steps, age) -> {
          GateWorld w = new GateWorld();
          Person c = w.child("yp-1", age);
          apply(w, c, w.mother(c), steps, NOW.minus(Duration.ofDays(100)));

          PurposeDecision d = w.check(c, PHOTOS);

          assertThat(d.allowed()).isEqualTo(d.findings().stream().noneMatch(Finding::blocks));
          if (!d.allowed()) {
            assertThat(d.gaps()).isNotEmpty();
          }
          List<String> rules = new ArrayList<>();
          d.reasons().forEach(r -> rules.add(r.rule()));
          assertThat(rules).isNotEmpty();
          d.findings().forEach(f -> assertThat(f.reason().explanation()).doesNotContain(c.birth().toString()));
        });
  }

  @Test
  void aChildsDissentAlwaysBlocks() {
    qt().withFixedSeed(20261201L)
        .forAll(histories(), SourceDSL.integers().between(0, 15))
        .checkAssert((steps, age) -> {
          GateWorld w = new GateWorld();
          Person c = w.child("yp-1", age);
          Instant end = apply(w, c, w.mother(c), steps, NOW.minus(Duration.ofDays(100)));
          w.dissented(c, end.plus(Duration.ofMinutes(1)), PHOTOS);

          assertThat(w.check(c, PHOTOS).allowed()).isFalse();
        });
  }

  @Test
  void aRememberedDecisionIsExactlyWhatEvaluatingAgainGives() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(300))
        .forAll(histories(), histories(), SourceDSL.integers().between(0, 20),
            SourceDSL.lists().of(SourceDSL.longs().between(-400_000, 400_000)).ofSizeBetween(1, 12))
        .checkAssert((before, after, age, probes) -> {
          GateWorld w = new GateWorld();
          w.policy = io.coproduce.consent.policy.ConsentPolicy.builder()
              .capacityAssessmentsValidFor(Duration.ofDays(3)).build();
          w.publish(io.coproduce.consent.material.MaterialVersion.of(2, 0), NOW.minus(Duration.ofDays(50)));
          Person c = w.child("yp-1", age);
          Person other = w.child("yp-2", Math.max(0, age - 3));
          PersonId mum = w.mother(c);
          Instant end = apply(w, c, mum, before, NOW.minus(Duration.ofDays(200)));
          ConsentGate remembering = w.gate().withCacheSize(100);
          ConsentGate fresh = w.gate().withCacheSize(0);
          List<Purpose> purposes = List.of(PHOTOS, VIDEO);
          for (int i = 0; i < probes.size(); i++) {
            // Probe around the last event, on either side of midnight and of every boundary.
            Instant at = end.plus(Duration.ofMinutes(probes.get(i)));
            if (at.isBefore(c.birth().latestBirthDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(Duration.ofDays(2)))) {
              continue;
            }
            ConsentCheck expected = fresh.check(c, purposes, at);
            assertThat(remembering.check(c, purposes, at)).isEqualTo(expected);
            assertThat(remembering.check(c, purposes, at)).as("from memory").isEqualTo(expected);
            Instant near = at.plus(Duration.ofMinutes(probes.get((i + 1) % probes.size()) % 5_000));
            assertThat(remembering.check(c, purposes, near)).isEqualTo(fresh.check(c, purposes, near));
            if (other.birth().latestBirthDate().isBefore(at.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2))) {
              assertThat(remembering.check(other, purposes, at)).isEqualTo(fresh.check(other, purposes, at));
            }
            if (i == probes.size() / 2) {
              end = apply(w, c, mum, after, end.plus(Duration.ofMinutes(500_000)));
            }
          }
        });
  }

  /**
   * A group check from memory is what a fresh evaluation gives while records are appended for
   * some of the group and not others (so the ledger's size changes under entries whose own
   * history did not), probing at instants on either side of each append, across small caches
   * that forget, and with the purposes asked in either order.
   */
  @Test
  void aRememberedGroupCheckIsExactlyWhatEvaluatingAgainGivesWhileOthersRecordsChange() {
    qt().withFixedSeed(20261202L).withExamples(Examples.atMost(200))
        .forAll(SourceDSL.lists().of(histories()).ofSize(4), SourceDSL.integers().between(0, 6),
            SourceDSL.lists().of(SourceDSL.longs().between(-20_000, 20_000)).ofSizeBetween(1, 8),
            SourceDSL.integers().between(1, 5))
        .checkAssert((later, cacheSize, probes, youngest) -> {
          GateWorld w = new GateWorld();
          List<Person> group = new ArrayList<>();
          List<PersonId> mums = new ArrayList<>();
          for (int k = 0; k < 4; k++) {
            Person c = w.child("yp-" + k, youngest + 4 * k);
            group.add(c);
            mums.add(w.mother(c));
            w.given(c, mums.get(k), PARENTAL_RESPONSIBILITY, NOW.minus(Duration.ofDays(30 + k)), PHOTOS);
          }
          ConsentGate remembering = w.gate().withCacheSize(cacheSize);
          ConsentGate fresh = w.gate().withCacheSize(0);
          Instant t = NOW.minus(Duration.ofDays(20));
          for (int i = 0; i < probes.size(); i++) {
            Instant at = t.plus(Duration.ofMinutes(probes.get(i)));
            List<Purpose> purposes = i % 2 == 0 ? List.of(PHOTOS, VIDEO) : List.of(VIDEO, PHOTOS);
            GroupConsentCheck expected = fresh.checkAll(group, purposes, at);
            assertThat(remembering.checkAll(group, purposes, at)).isEqualTo(expected);
            assertThat(remembering.checkAll(group, purposes, at)).as("from memory").isEqualTo(expected);
            int k = i % group.size();
            t = apply(w, group.get(k), mums.get(k), later.get(k).subList(0, Math.min(2, later.get(k).size())), t);
            assertThat(remembering.check(group.get(k), purposes, at))
                .isEqualTo(fresh.check(group.get(k), purposes, at));
            assertThat(remembering.checkAll(group, purposes, at)).isEqualTo(fresh.checkAll(group, purposes, at));
          }
        });
  }

  /**
   * A prepared gate answers exactly what a fresh evaluation gives: prepared at one instant and
   * checked at others (the same day or not), for the very objects prepared, for equal objects
   * made afresh, and for a mix, while records are appended for some of the group, across caches
   * too small for everyone.
   */
  @Test
  void aPreparedGroupCheckIsExactlyWhatEvaluatingAgainGives() {
    qt().withFixedSeed(20261203L).withExamples(Examples.atMost(200))
        .forAll(SourceDSL.lists().of(histories()).ofSize(4), SourceDSL.integers().between(1, 6),
            SourceDSL.lists().of(SourceDSL.longs().between(-2_000, 2_000)).ofSizeBetween(1, 8),
            SourceDSL.integers().between(1, 5))
        .checkAssert((later, cacheSize, probes, youngest) -> {
          GateWorld w = new GateWorld();
          List<Person> group = new ArrayList<>();
          List<Person> copies = new ArrayList<>();
          List<PersonId> mums = new ArrayList<>();
          for (int k = 0; k < 4; k++) {
            Person c = w.child("yp-" + k, youngest + 4 * k);
            group.add(c);
            copies.add(w.child("yp-" + k, youngest + 4 * k));
            mums.add(w.mother(c));
            w.given(c, mums.get(k), PARENTAL_RESPONSIBILITY, NOW.minus(Duration.ofDays(30 + k)), PHOTOS);
          }
          ConsentGate prepared = w.gate().withCacheSize(cacheSize);
          ConsentGate fresh = w.gate().withCacheSize(0);
          List<Purpose> purposes = List.of(PHOTOS, VIDEO);
          Instant t = NOW.minus(Duration.ofDays(20));
          assertThat(prepared.prepare(group, purposes, t)).isBetween(1L, (long) Math.min(4, cacheSize));
          for (int i = 0; i < probes.size(); i++) {
            Instant at = t.plus(Duration.ofMinutes(probes.get(i)));
            List<Person> asked = new ArrayList<>(group);
            if (i % 3 == 1) {
              asked.set(i % 4, copies.get(i % 4));
            } else if (i % 3 == 2) {
              asked = copies;
            }
            assertThat(prepared.checkAll(asked, purposes, at)).isEqualTo(fresh.checkAll(asked, purposes, at));
            assertThat(prepared.checkAll(group, purposes, at)).isEqualTo(fresh.checkAll(group, purposes, at));
            int k = i % group.size();
            t = apply(w, group.get(k), mums.get(k), later.get(k).subList(0, Math.min(2, later.get(k).size())), t);
            assertThat(prepared.checkAll(group, purposes, at)).isEqualTo(fresh.checkAll(group, purposes, at));
            if (i == probes.size() / 2) {
              prepared.prepare(copies, purposes, at);
            }
          }
        });
  }
}
