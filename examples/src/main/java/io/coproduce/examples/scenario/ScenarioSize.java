package io.coproduce.examples.scenario;

import io.coproduce.core.error.InvalidInputException;

/**
 * How big a generated scenario is: the number of young people, local systems, local youth groups
 * per local system and sessions. Immutable and thread-safe.
 *
 * <p>Consent events grow with the number of young people (one to three each, with capacity
 * assessments), so {@link #LARGE} yields over three million; forums and sessions stay bounded so the scenario's
 * in-memory parts stay small. Tests should use {@link #TINY}, {@link #SMALL} or {@link #MEDIUM}.
 *
 * @param youngPeople how many young people aged 0-25, at least 100 so that every planted fault
 *     and consent story can be staffed
 * @param localSystems how many local systems (each with a local authority and a forum), 4 to
 *     200; the first four are in England, Wales, Scotland and Northern Ireland
 * @param groupsPerSystem how many local youth groups each local system has, 1 to 50
 * @param sessions how many sessions, at least {@link SessionFault#values()}'s count plus one
 */
public record ScenarioSize(int youngPeople, int localSystems, int groupsPerSystem, int sessions) {

  /** The training set: a hundred young people, a few forums and a dozen sessions. */
  public static final ScenarioSize TINY = new ScenarioSize(100, 4, 1, 14);
  /** A thousand young people. */
  public static final ScenarioSize SMALL = new ScenarioSize(1_000, 4, 3, 60);
  /** Ten thousand young people: the largest a unit test should generate. */
  public static final ScenarioSize MEDIUM = new ScenarioSize(10_000, 8, 4, 200);
  /** Two million young people and over three million consent events, for benchmarks. */
  public static final ScenarioSize LARGE = new ScenarioSize(2_000_000, 40, 6, 2_000);

  /** Validates the size. */
  public ScenarioSize {
    if (youngPeople < 100 || youngPeople > 50_000_000) {
      throw InvalidInputException.of("scenarioSize.youngPeople", "must be 100 to 50,000,000", youngPeople);
    }
    if (localSystems < 4 || localSystems > 200) {
      throw InvalidInputException.of("scenarioSize.localSystems", "must be 4 to 200 (the first four cover the four nations)", localSystems);
    }
    if (groupsPerSystem < 1 || groupsPerSystem > 50) {
      throw InvalidInputException.of("scenarioSize.groupsPerSystem", "must be 1 to 50", groupsPerSystem);
    }
    int least = SessionFault.values().length + 1;
    if (sessions < least || sessions > 100_000) {
      throw InvalidInputException.of("scenarioSize.sessions", "must be " + least + " to 100,000", sessions);
    }
  }

  /**
   * A size with {@code youngPeople} young people and forums and sessions scaled to it.
   *
   * @throws InvalidInputException when {@code youngPeople} is out of range
   */
  public static ScenarioSize of(int youngPeople) {
    int systems = (int) Math.max(4, Math.min(200, Math.round(Math.sqrt(youngPeople / 50.0))));
    int sessions = (int) Math.max(SessionFault.values().length + 8, Math.min(20_000, youngPeople / 100L));
    return new ScenarioSize(youngPeople, systems, Math.min(6, 1 + youngPeople / 500), sessions);
  }

  /** Returns the number of local youth groups. */
  public int localGroups() {
    return localSystems * groupsPerSystem;
  }
}
