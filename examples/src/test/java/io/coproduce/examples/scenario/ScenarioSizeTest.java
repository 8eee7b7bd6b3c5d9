package io.coproduce.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioSizeTest {

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of(99, 4, 1, 7, "scenarioSize.youngPeople"),
        Arguments.of(50_000_001, 4, 1, 7, "scenarioSize.youngPeople"),
        Arguments.of(100, 3, 1, 7, "scenarioSize.localSystems"),
        Arguments.of(100, 201, 1, 7, "scenarioSize.localSystems"),
        Arguments.of(100, 4, 0, 7, "scenarioSize.groupsPerSystem"),
        Arguments.of(100, 4, 51, 7, "scenarioSize.groupsPerSystem"),
        Arguments.of(100, 4, 1, 6, "scenarioSize.sessions"),
        Arguments.of(100, 4, 1, 100_001, "scenarioSize.sessions"));
  }

  @ParameterizedTest
  @MethodSource("outOfRange")
  void rejectsSizesOutOfRangeNamingTheField(int people, int systems, int groups, int sessions, String field) {
    assertThatThrownBy(() -> new ScenarioSize(people, systems, groups, sessions))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void acceptsTheSmallestAndLargestOfEachField() {
    assertThat(new ScenarioSize(100, 4, 1, SessionFault.values().length + 1).localGroups()).isEqualTo(4);
    assertThat(new ScenarioSize(50_000_000, 200, 50, 100_000).localGroups()).isEqualTo(10_000);
  }

  @Test
  void presetsGrowFromTinyToLarge() {
    assertThat(ScenarioSize.TINY.youngPeople()).isLessThan(ScenarioSize.SMALL.youngPeople());
    assertThat(ScenarioSize.SMALL.youngPeople()).isLessThan(ScenarioSize.MEDIUM.youngPeople());
    assertThat(ScenarioSize.MEDIUM.youngPeople()).isLessThan(ScenarioSize.LARGE.youngPeople());
    assertThat(ScenarioSize.LARGE.youngPeople()).isGreaterThanOrEqualTo(1_000_000);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 499, 500, 5_000, 123_456, 2_000_000, 50_000_000})
  void ofScalesForumsAndSessionsToThePeople(int people) {
    ScenarioSize size = ScenarioSize.of(people);
    assertThat(size.youngPeople()).isEqualTo(people);
    assertThat(size.localSystems()).isBetween(4, 200);
    assertThat(size.groupsPerSystem()).isBetween(1, 6);
    assertThat(size.sessions()).isGreaterThan(SessionFault.values().length);
  }

  @Test
  void ofRejectsTooFewPeople() {
    assertThatThrownBy(() -> ScenarioSize.of(99)).isInstanceOf(InvalidInputException.class);
  }
}
