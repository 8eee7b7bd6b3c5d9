package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.Suppression;
import io.coproduce.reporting.table.Cell;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CellTextTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of(ReleasedCell.shown(Cell.key("13-15")), "13-15", "13-15"),
        Arguments.of(ReleasedCell.shown(Cell.total()), "Total", "Total"),
        Arguments.of(ReleasedCell.shown(Cell.count(0)), "0", "0"),
        Arguments.of(ReleasedCell.shown(Cell.count(1_234_567)), "1234567", "1234567"),
        Arguments.of(ReleasedCell.shown(Cell.number(12.5)), "12.5", "12.5"),
        Arguments.of(ReleasedCell.shown(Cell.flag(true)), "Yes", "true"),
        Arguments.of(ReleasedCell.shown(Cell.flag(false)), "No", "false"),
        Arguments.of(ReleasedCell.shown(Cell.text("A note")), "A note", "A note"),
        Arguments.of(ReleasedCell.shown(Cell.empty()), "", ""),
        Arguments.of(ReleasedCell.suppressed(Suppression.PRIMARY), "*", "*"),
        Arguments.of(ReleasedCell.suppressed(Suppression.SECONDARY), "*", "*"),
        Arguments.of(ReleasedCell.suppressed(Suppression.DERIVED), "*", "*"));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void writesEachCellTheSameWayEverywhere(ReleasedCell cell, String people, String machines) {
    assertThat(CellText.forPeople(cell)).isEqualTo(people);
    assertThat(CellText.forMachines(cell)).isEqualTo(machines);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "40.0, 40", "12.5, 12.5", "0.001, 0.001", "-3.25, -3.25", "0.0, 0", "-0.0, 0",
    "1.0E7, 10000000", "1.0E-7, 0.0000001", "100.10, 100.1"
  })
  void writesNumbersAsPlainDecimalsWithoutTrailingZeros(double value, String text) {
    assertThat(CellText.number(value)).isEqualTo(text);
  }

  @Test
  void drawsOnlyShownCountsAndNumbers() {
    assertThat(CellText.drawable(ReleasedCell.shown(Cell.count(5)))).isEqualTo(5.0);
    assertThat(CellText.drawable(ReleasedCell.shown(Cell.number(2.5)))).isEqualTo(2.5);
    assertThat(CellText.drawable(ReleasedCell.unreliable(Cell.number(2.5)))).isEqualTo(2.5);
    assertThat(CellText.drawable(ReleasedCell.shown(Cell.empty()))).isNull();
    assertThat(CellText.drawable(ReleasedCell.shown(Cell.key("a")))).isNull();
    assertThat(CellText.drawable(ReleasedCell.suppressed(Suppression.PRIMARY))).isNull();
  }

  @Test
  void tellsSuppressedAndUnreliableCellsApart() {
    assertThat(CellText.isSuppressed(ReleasedCell.suppressed(Suppression.DERIVED))).isTrue();
    assertThat(CellText.isSuppressed(ReleasedCell.shown(Cell.count(0)))).isFalse();
    assertThat(CellText.isUnreliable(ReleasedCell.unreliable(Cell.number(1)))).isTrue();
    assertThat(CellText.isUnreliable(ReleasedCell.shown(Cell.number(1)))).isFalse();
    assertThat(CellText.isUnreliable(ReleasedCell.suppressed(Suppression.DERIVED))).isFalse();
  }
}
