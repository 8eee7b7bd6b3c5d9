package io.coproduce.participation.process;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoproductionProcessTest {

  static final ProcessId ID = ProcessId.parse("proc-1");
  static final OrganisationId CHARITY = OrganisationId.parse("org-charity");
  static final OrganisationId SCHOOLS = OrganisationId.parse("org-schools");

  static final Phase DISCOVERY = Phase.of("discovery", date(1, 5), date(2, 27), ParticipationLevel.CO_DESIGN);
  static final Phase DESIGN = Phase.of("design", date(3, 2), date(4, 30), ParticipationLevel.CO_PRODUCE);
  static final Phase CONSULTATION = Phase.of("consultation", date(5, 4), date(6, 26), ParticipationLevel.CONSULT);
  static final Phase FEEDBACK = Phase.of("feedback", date(7, 1), date(7, 15), ParticipationLevel.INFORM);
  static final List<Phase> PHASES = List.of(DISCOVERY, DESIGN, CONSULTATION, FEEDBACK);

  static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-02-27T17:00:00Z");
  static final Instant T3 = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant T4 = Instant.parse("2026-04-30T17:00:00Z");

  static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static CoproductionProcess planned() {
    return CoproductionProcess.plan(ID, ProcessKind.SERVICE_REDESIGN, List.of(CHARITY), PHASES);
  }

  @Test
  void aPlanHasNoPhaseActive() {
    CoproductionProcess p = planned();
    assertThat(p.runs()).isEmpty();
    assertThat(p.openPhase()).isEmpty();
    assertThat(p.activePhaseAt(T1)).isEmpty();
    assertThat(p.aimAt(T1)).isEmpty();
    assertThat(p.plannedPhaseOn(date(3, 2))).contains(DESIGN);
    assertThat(p.plannedPhaseOn(date(2, 28))).as("between phases").isEmpty();
    assertThat(p.plannedStart()).isEqualTo(date(1, 5));
    assertThat(p.plannedEnd()).isEqualTo(date(7, 15));
    assertThat(p.highestAim()).isEqualTo(ParticipationLevel.CO_PRODUCE);
    assertThat(p.isJoint()).isFalse();
    assertThat(p.phase("design")).contains(DESIGN);
    assertThat(p.phase("nothing")).isEmpty();
    assertThat(p.runOf("design")).isEmpty();
  }

  @Test
  void phasesStartAndCloseOneAtATime() {
    CoproductionProcess p = planned().startPhase("discovery", T1);
    assertThat(p.openPhase()).contains(DISCOVERY);
    assertThat(p.activePhaseAt(T1)).contains(DISCOVERY);
    assertThat(p.activePhaseAt(T1.minusNanos(1))).isEmpty();
    assertThat(p.aimAt(T2)).contains(ParticipationLevel.CO_DESIGN);
    p = p.closePhase("discovery", T2);
    assertThat(p.openPhase()).isEmpty();
    assertThat(p.activePhaseAt(T2.minusNanos(1))).contains(DISCOVERY);
    assertThat(p.activePhaseAt(T2)).isEmpty();
    p = p.startPhase("design", T3);
    assertThat(p.activePhaseAt(T3)).contains(DESIGN);
    assertThat(p.activePhaseAt(T2.minusNanos(1))).contains(DISCOVERY);
    assertThat(p.runOf("discovery")).contains(PhaseRun.between(T1, T2));
    assertThat(p.runOf("design")).contains(PhaseRun.startedAt(T3));
    assertThat(p.runs().keySet()).containsExactly("discovery", "design");
  }

  @Test
  void theNextPhaseMayStartTheInstantThePreviousOneCloses() {
    CoproductionProcess p = planned().startPhase("discovery", T1).closePhase("discovery", T2).startPhase("design", T2);
    assertThat(p.activePhaseAt(T2)).contains(DESIGN);
    assertThat(p.activePhaseAt(T2.minusNanos(1))).contains(DISCOVERY);
  }

  @Test
  void startingAndClosingReturnNewProcessesAndLeaveTheOldOneAlone() {
    CoproductionProcess planned = planned();
    CoproductionProcess started = planned.startPhase("discovery", T1);
    assertThat(planned.runs()).isEmpty();
    assertThat(started).isNotEqualTo(planned);
    assertThat(started.closePhase("discovery", T2)).isNotEqualTo(started);
    assertThat(started.openPhase()).contains(DISCOVERY);
  }

  @Test
  void aPhaseMayBeSkippedAndPlansMaySlip() {
    Instant lateInJune = Instant.parse("2026-06-30T09:00:00Z");
    CoproductionProcess p = planned().startPhase("design", lateInJune);
    assertThat(p.activePhaseAt(lateInJune)).contains(DESIGN);
    assertThat(p.plannedPhaseOn(date(6, 30))).isEmpty();
    p = p.closePhase("design", lateInJune.plusSeconds(60)).startPhase("feedback", lateInJune.plusSeconds(120));
    assertThat(p.runs().keySet()).containsExactly("design", "feedback");
    assertThat(p.runOf("discovery")).isEmpty();
  }

  @Test
  void aJointConsultationResponseIsOwnedByPartners() {
    CoproductionProcess joint = CoproductionProcess.plan(ID, ProcessKind.JOINT_CONSULTATION_RESPONSE,
        List.of(SCHOOLS, CHARITY), PHASES);
    assertThat(joint.isJoint()).isTrue();
    assertThat(joint.owners()).containsExactly(CHARITY, SCHOOLS);
    assertThat(joint.kind()).isEqualTo(ProcessKind.JOINT_CONSULTATION_RESPONSE);
    assertThat(joint.id()).isEqualTo(ID);
  }

  @Test
  void aProcessRecordedElsewhereCanBeRebuiltWithItsRuns() {
    CoproductionProcess p = new CoproductionProcess(ID, ProcessKind.STRATEGY, Set.of(CHARITY), PHASES,
        Map.of("design", PhaseRun.startedAt(T3), "discovery", PhaseRun.between(T1, T2)));
    assertThat(p).isEqualTo(CoproductionProcess.plan(ID, ProcessKind.STRATEGY, List.of(CHARITY), PHASES)
        .startPhase("discovery", T1).closePhase("discovery", T2).startPhase("design", T3));
    assertThat(p.runs().keySet()).as("in phase order").containsExactly("discovery", "design");
  }

  @Test
  void collectionsAreImmutable() {
    CoproductionProcess p = planned().startPhase("discovery", T1);
    assertThatThrownBy(() -> p.phases().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.owners().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.runs().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> invalidPlans() {
    Phase overlapping = Phase.of("design", date(2, 27), date(4, 30), ParticipationLevel.CO_PRODUCE);
    Phase sameStart = Phase.of("design", date(1, 5), date(1, 6), ParticipationLevel.CO_PRODUCE);
    Phase contained = Phase.of("design", date(1, 10), date(1, 20), ParticipationLevel.CO_PRODUCE);
    return Stream.of(
        Arguments.of("no owners", ProcessKind.STRATEGY, List.of(), PHASES, "process.owners",
            "must name at least one organisation"),
        Arguments.of("a joint response with one owner", ProcessKind.JOINT_CONSULTATION_RESPONSE, List.of(CHARITY),
            PHASES, "process.owners", "a joint consultation response must be owned by at least 2 organisations"),
        Arguments.of("a joint response with one owner named twice", ProcessKind.JOINT_CONSULTATION_RESPONSE,
            List.of(CHARITY, CHARITY), PHASES, "process.owners", "at least 2 organisations"),
        Arguments.of("no phases", ProcessKind.STRATEGY, List.of(CHARITY), List.of(), "process.phases",
            "must have at least one phase"),
        Arguments.of("two phases with one label", ProcessKind.STRATEGY, List.of(CHARITY),
            List.of(DISCOVERY, DESIGN, Phase.of("discovery", date(5, 4), date(5, 5), ParticipationLevel.INFORM)),
            "process.phases[2].label", "must be unique in the process: phase 0 has the same label"),
        Arguments.of("phases out of date order", ProcessKind.STRATEGY, List.of(CHARITY),
            List.of(DISCOVERY, CONSULTATION, DESIGN), "process.phases[2]",
            "phases must be listed in date order: phase 2 'design' starts on 2026-03-02, before phase"
                + " 1 'consultation' (2026-05-04)"),
        Arguments.of("a phase starting on the day the one before ends", ProcessKind.STRATEGY, List.of(CHARITY),
            List.of(DISCOVERY, overlapping), "process.phases[1]",
            "must not overlap the phase before: phase 1 'design' starts on 2026-02-27 but phase 0 'discovery'"
                + " runs until 2026-02-27"),
        Arguments.of("two phases starting on one day", ProcessKind.STRATEGY, List.of(CHARITY),
            List.of(DISCOVERY, sameStart), "process.phases[1]", "must not overlap the phase before"),
        Arguments.of("a phase inside the one before", ProcessKind.STRATEGY, List.of(CHARITY),
            List.of(DISCOVERY, contained), "process.phases[1]", "must not overlap the phase before"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPlans")
  void refusesAnInvalidPlan(String what, ProcessKind kind, List<OrganisationId> owners, List<Phase> phases,
      String field, String rule) {
    InvalidInputException e = rejectionOf(() -> CoproductionProcess.plan(ID, kind, owners, phases));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }

  static Stream<Arguments> invalidRuns() {
    CoproductionProcess discovering = planned().startPhase("discovery", T1);
    CoproductionProcess discovered = discovering.closePhase("discovery", T2);
    return Stream.of(
        Arguments.of("a second active phase", (Supplier<?>) () -> discovering.startPhase("design", T3),
            "process.phases[1].run", "at most one phase may be active at a time: phase 0 'discovery' is active"
                + " (started 2026-01-05T09:00:00Z); close it first"),
        Arguments.of("an earlier phase while a later one is active",
            (Supplier<?>) () -> planned().startPhase("design", T3).startPhase("discovery", T4),
            "process.phases[0].run", "phase 1 'design' is active"),
        Arguments.of("a phase twice", (Supplier<?>) () -> discovered.startPhase("discovery", T3),
            "process.phases[0].run", "phase 0 'discovery' has already started (2026-01-05T09:00:00Z): a phase runs once"),
        Arguments.of("a phase while it is active", (Supplier<?>) () -> discovering.startPhase("discovery", T2),
            "process.phases[0].run", "has already started"),
        Arguments.of("an earlier phase after a later one ran",
            (Supplier<?>) () -> planned().startPhase("design", T1).closePhase("design", T2).startPhase("discovery", T3),
            "process.phases[0].run", "phases run in their planned order: phase 1 'design' has already started"),
        Arguments.of("a phase starting before the previous one closed",
            (Supplier<?>) () -> discovered.startPhase("design", T2.minusSeconds(1)),
            "process.phases[1].run", "must not start before phase 0 'discovery' closed (2026-02-27T17:00:00Z)"),
        Arguments.of("closing a phase that has not started", (Supplier<?>) () -> discovering.closePhase("design", T2),
            "process.phases[1].run", "phase 1 'design' has not started, so it cannot close"),
        Arguments.of("closing a phase twice", (Supplier<?>) () -> discovered.closePhase("discovery", T3),
            "process.phases[0].run", "phase 0 'discovery' already closed (2026-02-27T17:00:00Z)"),
        Arguments.of("closing a phase the instant it started", (Supplier<?>) () -> discovering.closePhase("discovery", T1),
            "process.phases[0].run", "phase 0 'discovery' must close after it started (2026-01-05T09:00:00Z)"),
        Arguments.of("closing a phase before it started",
            (Supplier<?>) () -> discovering.closePhase("discovery", T1.minusSeconds(1)),
            "process.phases[0].run", "must close after it started"),
        Arguments.of("recorded runs naming no phase", (Supplier<?>) () -> new CoproductionProcess(ID,
            ProcessKind.STRATEGY, Set.of(CHARITY), PHASES, Map.of("launch", PhaseRun.startedAt(T1))),
            "process.runs", "must name phases of the process"),
        Arguments.of("recorded runs with two active phases", (Supplier<?>) () -> new CoproductionProcess(ID,
            ProcessKind.STRATEGY, Set.of(CHARITY), PHASES,
            Map.of("discovery", PhaseRun.startedAt(T1), "consultation", PhaseRun.startedAt(T3))),
            "process.phases[2].run", "at most one phase may be active at a time: phase 0 'discovery' is still"
                + " active (started 2026-01-05T09:00:00Z)"),
        Arguments.of("recorded runs out of order", (Supplier<?>) () -> new CoproductionProcess(ID,
            ProcessKind.STRATEGY, Set.of(CHARITY), PHASES,
            Map.of("discovery", PhaseRun.between(T3, T4), "design", PhaseRun.between(T1, T2))),
            "process.phases[1].run", "must not start before phase 0 'discovery' closed (2026-04-30T17:00:00Z)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRuns")
  void refusesRunsThatBreakTheOrderNamingThePhases(String what, Supplier<?> call, String field, String rule) {
    InvalidInputException e = rejectionOf(call::get);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(rule);
  }

  @Test
  void anUnknownPhaseIsAnUnknownReference() {
    for (Supplier<?> call : List.<Supplier<?>>of(() -> planned().startPhase("launch", T1),
        () -> planned().closePhase("launch", T1))) {
      UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class, call::get);
      assertThat(e).isNotNull();
      assertThat(e.kind()).isEqualTo("phase of process proc-1");
      assertThat(e.reference()).isEqualTo("launch");
    }
  }

  @Test
  void everyPhaseAimsForALevelWithItsSource() {
    assertThat(planned().phases()).extracting(Phase::aim).allSatisfy(level ->
        assertThat(level.source().citation()).contains("NHS England", "2022"));
  }
}
