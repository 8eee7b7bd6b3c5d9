package io.coproduce.participation.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A time-boxed piece of co-production (a strategy, a service redesign, a joint consultation
 * response between partners), owned by one or more organisations, with ordered, planned phases
 * that each aim for a level of participation ({@link ParticipationLevel}), and a record of when
 * each phase actually started and closed. Immutable and thread-safe: {@link #startPhase} and
 * {@link #closePhase} return a new process.
 *
 * <p>The rules, each refused with an error naming the phase by index and label:
 * <ul>
 *   <li>owners: at least one organisation, and at least {@link ProcessKind#minimumOwners()} (two
 *       for a joint consultation response) ({@code process.owners});
 *   <li>phases: at least one, labels unique ({@code process.phases[i].label}), listed in date
 *       order of their planned start, and planned windows that do not overlap: a phase starts
 *       after the day the one before it ends ({@code process.phases[i]});
 *   <li>runs: phases run one at a time, in their planned order, each once; a phase may be
 *       skipped (never started) but not started after a later one has started
 *       ({@code process.phases[i].run}). So at most one phase is active at any instant.
 * </ul>
 * Plans slip: a phase may start before or after its planned window; the plan is not rewritten.
 *
 * @param id the process's id
 * @param kind what the process is for
 * @param owners the organisations that own it, ordered by id
 * @param phases the planned phases, in order
 * @param runs when phases actually ran, by phase label, in phase order; phases not started have no entry
 */
public record CoproductionProcess(ProcessId id, ProcessKind kind, Set<OrganisationId> owners,
    List<Phase> phases, Map<String, PhaseRun> runs) {

  /** Validates the process and makes its collections immutable. */
  public CoproductionProcess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    owners = ImmutableSortedSet.copyOf(Comparator.comparing(OrganisationId::value), owners);
    phases = ImmutableList.copyOf(phases);
    runs = ImmutableMap.copyOf(runs);
    if (owners.isEmpty()) {
      throw InvalidInputException.of("process.owners", "must name at least one organisation", null);
    }
    if (owners.size() < kind.minimumOwners()) {
      throw InvalidInputException.of("process.owners", "a " + kind.label() + " must be owned by at least "
          + kind.minimumOwners() + " organisations", owners.size());
    }
    if (phases.isEmpty()) {
      throw InvalidInputException.of("process.phases", "must have at least one phase", null);
    }
    requirePlanInOrder(phases);
    runs = runsInPhaseOrder(phases, runs);
  }

  /**
   * A planned process: no phase has started yet.
   *
   * @throws InvalidInputException as described in the class description
   */
  public static CoproductionProcess plan(ProcessId id, ProcessKind kind, Collection<OrganisationId> owners,
      List<Phase> phases) {
    return new CoproductionProcess(id, kind, ImmutableSortedSet.copyOf(
        Comparator.comparing(OrganisationId::value), owners), phases, ImmutableMap.of());
  }

  private static void requirePlanInOrder(List<Phase> phases) {
    Map<String, Integer> labels = new HashMap<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      Integer same = labels.putIfAbsent(phase.label(), i);
      if (same != null) {
        throw InvalidInputException.of("process.phases[" + i + "].label",
            "must be unique in the process: phase " + same + " has the same label", phase.label());
      }
      if (i == 0) {
        continue;
      }
      Phase before = phases.get(i - 1);
      if (phase.plannedStart().isBefore(before.plannedStart())) {
        throw InvalidInputException.of("process.phases[" + i + "]", "phases must be listed in date order: phase "
            + describe(i, phase) + " starts on " + phase.plannedStart() + ", before phase "
            + describe(i - 1, before) + " (" + before.plannedStart() + ")", phase.label());
      }
      if (!phase.plannedStart().isAfter(before.plannedEnd())) {
        throw InvalidInputException.of("process.phases[" + i + "]", "must not overlap the phase before: phase "
            + describe(i, phase) + " starts on " + phase.plannedStart() + " but phase " + describe(i - 1, before)
            + " runs until " + before.plannedEnd(), phase.label());
      }
    }
  }

  private static Map<String, PhaseRun> runsInPhaseOrder(List<Phase> phases, Map<String, PhaseRun> runs) {
    for (String label : runs.keySet()) {
      if (phases.stream().noneMatch(p -> p.label().equals(label))) {
        throw InvalidInputException.of("process.runs", "must name phases of the process", label);
      }
    }
    Map<String, PhaseRun> ordered = new LinkedHashMap<>();
    int previous = -1;
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      PhaseRun run = runs.get(phase.label());
      if (run == null) {
        continue;
      }
      if (previous >= 0) {
        PhaseRun before = runs.get(phases.get(previous).label());
        if (before.isOpen()) {
          throw InvalidInputException.of("process.phases[" + i + "].run",
              "at most one phase may be active at a time: phase " + describe(previous, phases.get(previous))
                  + " is still active (started " + before.started() + ")", run.started());
        }
        if (run.started().isBefore(before.closed())) {
          throw InvalidInputException.of("process.phases[" + i + "].run", "must not start before phase "
              + describe(previous, phases.get(previous)) + " closed (" + before.closed()
              + "): phases run one after another in their planned order", run.started());
        }
      }
      ordered.put(phase.label(), run);
      previous = i;
    }
    return ImmutableMap.copyOf(ordered);
  }

  private static String describe(int index, Phase phase) {
    return index + " '" + phase.label() + "'";
  }

  /**
   * Returns this process with phase {@code label} started at {@code at}.
   *
   * @throws UnknownReferenceException when the process has no phase with that label
   * @throws InvalidInputException naming {@code process.phases[i].run} when the phase has already
   *     started, another phase is active (the error names it), a later phase has already
   *     started, or {@code at} is before the previous phase closed
   */
  public CoproductionProcess startPhase(String label, Instant at) {
    Objects.requireNonNull(at, "at");
    int index = indexOf(label);
    Phase phase = phases.get(index);
    PhaseRun existing = runs.get(label);
    if (existing != null) {
      throw InvalidInputException.of("process.phases[" + index + "].run", "phase " + describe(index, phase)
          + " has already started (" + existing.started() + "): a phase runs once", at);
    }
    Optional<Phase> open = openPhase();
    if (open.isPresent()) {
      Phase active = open.get();
      throw InvalidInputException.of("process.phases[" + index + "].run",
          "at most one phase may be active at a time: phase " + describe(phases.indexOf(active), active)
              + " is active (started " + runs.get(active.label()).started() + "); close it first", at);
    }
    for (int later = index + 1; later < phases.size(); later++) {
      if (runs.containsKey(phases.get(later).label())) {
        throw InvalidInputException.of("process.phases[" + index + "].run", "phases run in their planned order: phase "
            + describe(later, phases.get(later)) + " has already started", at);
      }
    }
    Map<String, PhaseRun> next = new HashMap<>(runs);
    next.put(label, PhaseRun.startedAt(at));
    return new CoproductionProcess(id, kind, owners, phases, next);
  }

  /**
   * Returns this process with phase {@code label} closed at {@code at}.
   *
   * @throws UnknownReferenceException when the process has no phase with that label
   * @throws InvalidInputException naming {@code process.phases[i].run} when the phase has not
   *     started, has already closed, or {@code at} is not after its start
   */
  public CoproductionProcess closePhase(String label, Instant at) {
    Objects.requireNonNull(at, "at");
    int index = indexOf(label);
    Phase phase = phases.get(index);
    PhaseRun run = runs.get(label);
    if (run == null) {
      throw InvalidInputException.of("process.phases[" + index + "].run",
          "phase " + describe(index, phase) + " has not started, so it cannot close", at);
    }
    if (!run.isOpen()) {
      throw InvalidInputException.of("process.phases[" + index + "].run",
          "phase " + describe(index, phase) + " already closed (" + run.closed() + ")", at);
    }
    if (!at.isAfter(run.started())) {
      throw InvalidInputException.of("process.phases[" + index + "].run",
          "phase " + describe(index, phase) + " must close after it started (" + run.started() + ")", at);
    }
    Map<String, PhaseRun> next = new HashMap<>(runs);
    next.put(label, run.closedAt(at));
    return new CoproductionProcess(id, kind, owners, phases, next);
  }

  private int indexOf(String label) {
    Objects.requireNonNull(label, "label");
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).label().equals(label)) {
        return i;
      }
    }
    throw UnknownReferenceException.of("phase of process " + id, label);
  }

  /** Returns the phase with this label, if there is one. */
  public Optional<Phase> phase(String label) {
    Objects.requireNonNull(label, "label");
    return phases.stream().filter(p -> p.label().equals(label)).findFirst();
  }

  /** Returns when the phase with this label ran, if it has started. */
  public Optional<PhaseRun> runOf(String label) {
    return Optional.ofNullable(runs.get(Objects.requireNonNull(label, "label")));
  }

  /** Returns the phase active at {@code instant}, if any: started at or before it and not closed by it. */
  public Optional<Phase> activePhaseAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return phases.stream().filter(p -> runs.containsKey(p.label()) && runs.get(p.label()).activeAt(instant))
        .findFirst();
  }

  /** Returns the level of participation the phase active at {@code instant} aims for, if a phase is active. */
  public Optional<ParticipationLevel> aimAt(Instant instant) {
    return activePhaseAt(instant).map(Phase::aim);
  }

  /** Returns the phase that has started and not yet closed, as recorded, if any. */
  public Optional<Phase> openPhase() {
    return phases.stream().filter(p -> runs.containsKey(p.label()) && runs.get(p.label()).isOpen()).findFirst();
  }

  /** Returns the phase whose planned window contains {@code date}, if any. */
  public Optional<Phase> plannedPhaseOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return phases.stream().filter(p -> p.plannedOn(date)).findFirst();
  }

  /** Returns the highest level of participation any phase aims for. */
  public ParticipationLevel highestAim() {
    return phases.stream().map(Phase::aim).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** Returns the first planned day of the first phase. */
  public LocalDate plannedStart() {
    return phases.get(0).plannedStart();
  }

  /** Returns the last planned day of the last phase. */
  public LocalDate plannedEnd() {
    return phases.get(phases.size() - 1).plannedEnd();
  }

  /** Returns whether two or more organisations own the process. */
  public boolean isJoint() {
    return owners.size() > 1;
  }
}
