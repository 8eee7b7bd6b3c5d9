package io.coproduce.reporting.table;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void refusesNegativeCounts() {
    assertThat(Cell.count(0).value()).isZero();
    assertThat(rejectionOf(() -> Cell.count(-1)).field()).isEqualTo("cell.count");
  }

  @Test
  void refusesNumbersThatAreNotFinite() {
    assertThat(rejectionOf(() -> Cell.number(Double.NaN)).field()).isEqualTo("cell.number");
    assertThat(rejectionOf(() -> Cell.number(Double.POSITIVE_INFINITY)).field()).isEqualTo("cell.number");
    assertThat(Cell.number(-0.5).value()).isEqualTo(-0.5);
  }

  @Test
  void keysAreOneTo200CharactersNotBlank() {
    assertThat(Cell.key("k".repeat(200)).value()).hasSize(200);
    assertThat(rejectionOf(() -> Cell.key("k".repeat(201))).field()).isEqualTo("cell.key");
    assertThat(rejectionOf(() -> Cell.key(" ")).field()).isEqualTo("cell.key");
  }

  @Test
  void textsAreOneTo500CharactersNotBlankAndNeverEchoed() {
    assertThat(Cell.text("t".repeat(500)).value()).hasSize(500);
    var e = rejectionOf(() -> Cell.text("t".repeat(501)));

    assertThat(e.field()).isEqualTo("cell.text");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(rejectionOf(() -> Cell.text("")).field()).isEqualTo("cell.text");
  }

  @Test
  void flagsTotalsAndEmptiesAreSingletons() {
    assertThat(Cell.flag(true)).isSameAs(Cell.Flag.YES);
    assertThat(Cell.flag(false)).isSameAs(Cell.Flag.NO);
    assertThat(Cell.Flag.YES.isRaised()).isTrue();
    assertThat(Cell.Flag.NO.isRaised()).isFalse();
    assertThat(Cell.total()).isSameAs(Cell.total()).hasToString("Total");
    assertThat(Cell.empty()).isSameAs(Cell.empty()).hasToString("");
  }
}
