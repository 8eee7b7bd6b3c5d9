package io.coproduce.participation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.error.CoproduceException;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.Examples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CoproductionProcessPropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final ParticipationLevel[] LEVELS = ParticipationLevel.values();

  /** A valid plan: 1 to 6 phases, each starting a day or more after the one before ends. */
  static List<Phase> plan(long seed) {
    Random random = new Random(seed);
    List<Phase> phases = new ArrayList<>();
    LocalDate start = BASE.plusDays(random.nextInt(30));
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      LocalDate end = start.plusDays(random.nextInt(40));
      phases.add(Phase.of("phase-" + i, start, end, LEVELS[random.nextInt(LEVELS.length)]));
      start = end.plusDays(1 + random.nextInt(10));
    }
    return phases;
  }

  static Gen<List<Phase>> plans() {
    return SourceDSL.longs().all().map(CoproductionProcessPropertiesTest::plan);
  }

  static CoproductionProcess planned(List<Phase> phases) {
    return CoproductionProcess.plan(ProcessId.parse("proc-1"), ProcessKind.STRATEGY,
        List.of(OrganisationId.parse("org-1")), phases);
  }

  @Test
  void aPlanInDateOrderIsAcceptedAndEveryPlannedDayBelongsToOnePhase() {
    qt().withFixedSeed(20260401L).withExamples(Examples.atMost(500)).forAll(plans()).checkAssert(phases -> {
      CoproductionProcess p = planned(phases);
      for (LocalDate d = BASE; d.isBefore(BASE.plusDays(320)); d = d.plusDays(1)) {
        LocalDate day = d;
        long containing = phases.stream().filter(ph -> ph.plannedOn(day)).count();
        assertThat(containing).isLessThanOrEqualTo(1);
        assertThat(p.plannedPhaseOn(day).isPresent()).isEqualTo(containing == 1);
      }
      assertThat(p.plannedStart()).isEqualTo(phases.get(0).plannedStart());
      assertThat(p.plannedEnd()).isEqualTo(phases.get(phases.size() - 1).plannedEnd());
    });
  }

  @Test
  void swappingAnyTwoPhasesOfAPlanIsRefusedNamingAPhase() {
    qt().withFixedSeed(20260402L).withExamples(Examples.atMost(500))
        .forAll(plans(), SourceDSL.integers().between(0, 5), SourceDSL.integers().between(0, 5))
        .checkAssert((phases, i, j) -> {
          int a = i % phases.size();
          int b = j % phases.size();
          if (a == b) {
            return;
          }
          List<Phase> swapped = new ArrayList<>(phases);
          swapped.set(a, phases.get(b));
          swapped.set(b, phases.get(a));
          try {
            planned(swapped);
            throw new AssertionError("a plan out of date order was accepted: " + swapped);
          } catch (InvalidInputException e) {
            assertThat(e.field()).matches("process\\.phases\\[\\d]");
            assertThat(e.rule()).containsAnyOf("date order", "must not overlap");
          }
        });
  }

  @Test
  void movingAPhaseToOverlapItsNeighbourIsRefused() {
    qt().withFixedSeed(20260403L).withExamples(Examples.atMost(500))
        .forAll(plans(), SourceDSL.integers().between(1, 5), SourceDSL.integers().between(0, 40))
        .checkAssert((phases, i, back) -> {
          if (phases.size() < 2) {
            return;
          }
          int k = 1 + (i - 1) % (phases.size() - 1);
          Phase before = phases.get(k - 1);
          Phase moved = phases.get(k);
          LocalDate newStart = before.plannedEnd().minusDays(back);
          if (newStart.isBefore(before.plannedStart())) {
            newStart = before.plannedStart();
          }
          List<Phase> changed = new ArrayList<>(phases);
          changed.set(k, Phase.of(moved.label(), newStart, moved.plannedEnd(), moved.aim()));
          try {
            planned(changed);
            throw new AssertionError("an overlapping plan was accepted: " + changed);
          } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("process.phases[" + k + "]");
            assertThat(e.rule()).contains("must not overlap the phase before: phase " + k + " '" + moved.label() + "'");
          }
        });
  }

  @Test
  void whateverIsStartedAndClosedAtMostOnePhaseIsEverActiveAndRunsFollowThePlan() {
    qt().withFixedSeed(20260404L).withExamples(Examples.atMost(500))
        .forAll(plans(), SourceDSL.longs().all())
        .checkAssert((phases, seed) -> {
          Random random = new Random(seed);
          CoproductionProcess p = planned(phases);
          List<Instant> probes = new ArrayList<>();
          Instant clock = EPOCH;
          for (int step = 0; step < 16; step++) {
            // Mostly forward in time, sometimes back; mostly plausible commands, sometimes any.
            clock = clock.plusSeconds(random.nextInt(48) * 3600L);
            Instant at = random.nextInt(5) == 0 ? clock.minusSeconds(random.nextInt(96) * 3600L) : clock;
            probes.add(at);
            Optional<Phase> open = p.openPhase();
            int nextIndex = p.runs().isEmpty() ? 0
                : phases.indexOf(p.phase(List.copyOf(p.runs().keySet()).get(p.runs().size() - 1)).orElseThrow()) + 1;
            CoproductionProcess before = p;
            try {
              int mode = random.nextInt(4);
              if (mode == 0 && open.isPresent()) {
                p = p.closePhase(open.get().label(), at);
              } else if (mode == 1 && nextIndex < phases.size()) {
                p = p.startPhase(phases.get(Math.min(phases.size() - 1, nextIndex + random.nextInt(2))).label(), at);
              } else {
                String label = phases.get(random.nextInt(phases.size())).label();
                p = random.nextBoolean() ? p.startPhase(label, at) : p.closePhase(label, at);
              }
            } catch (CoproduceException refused) {
              assertThat(p).isSameAs(before);
            }
          }
          CoproductionProcess last = p;
          // At most one open run, and runs in phase order without overlap.
          assertThat(last.runs().values().stream().filter(PhaseRun::isOpen).count()).isLessThanOrEqualTo(1);
          Instant previousClose = null;
          int previousIndex = -1;
          for (Map.Entry<String, PhaseRun> e : last.runs().entrySet()) {
            int index = phases.indexOf(last.phase(e.getKey()).orElseThrow());
            assertThat(index).isGreaterThan(previousIndex);
            if (previousIndex >= 0) {
              assertThat(previousClose).as("every run but the last has closed").isNotNull();
              assertThat(e.getValue().started()).isAfterOrEqualTo(previousClose);
            }
            previousClose = e.getValue().closed();
            previousIndex = index;
          }
          for (Instant probe : probes) {
            long active = last.runs().values().stream().filter(r -> r.activeAt(probe)).count();
            assertThat(active).isLessThanOrEqualTo(1);
            Optional<Phase> phase = last.activePhaseAt(probe);
            assertThat(phase.isPresent()).isEqualTo(active == 1);
            phase.ifPresent(ph -> assertThat(last.runOf(ph.label()).orElseThrow().activeAt(probe)).isTrue());
          }
          // Rebuilding from the recorded runs gives the same process.
          assertThat(new CoproductionProcess(last.id(), last.kind(), last.owners(), last.phases(), last.runs()))
              .isEqualTo(last);
        });
  }

  @Test
  void runningEveryPhaseInTurnIsAlwaysAccepted() {
    qt().withFixedSeed(20260405L).withExamples(Examples.atMost(300))
        .forAll(plans(), SourceDSL.integers().between(1, 1000))
        .checkAssert((phases, gap) -> {
          CoproductionProcess p = planned(phases);
          Instant at = EPOCH;
          for (Phase phase : phases) {
            p = p.startPhase(phase.label(), at);
            assertThat(p.openPhase()).contains(phase);
            assertThat(p.aimAt(at)).contains(phase.aim());
            at = at.plusSeconds(gap);
            p = p.closePhase(phase.label(), at);
          }
          assertThat(p.runs()).hasSameSizeAs(phases);
          assertThat(p.openPhase()).isEmpty();
          assertThat(p.activePhaseAt(at)).isEmpty();
        });
  }
}
