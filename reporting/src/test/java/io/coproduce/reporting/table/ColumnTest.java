package io.coproduce.reporting.table;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

  static final Reason RULE =
      Reason.of("under-served", "Fewer than expected.", RuleSource.libraryDefault("test"));

  @ParameterizedTest
  @ValueSource(strings = {"count", "young_people_count", "a1_count"})
  void countColumnsAreNamedCountOrEndInCount(String name) {
    assertThat(Column.count(name, "Label").kind()).isEqualTo(ColumnKind.COUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"people", "counts", "count_of_people", "countx"})
  void refusesACountColumnWithoutACountName(String name) {
    var e = rejectionOf(() -> Column.count(name, "Label"));

    assertThat(e.field()).isEqualTo("column.name");
    assertThat(e.rule()).contains("'count' or end in '_count'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"count", "people_count"})
  void refusesACountNameOnAnyOtherColumn(String name) {
    var e = rejectionOf(() -> Column.value(name, "Label"));

    assertThat(e.rule()).isEqualTo("only count columns may be named 'count' or end in '_count'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Upper", "1st", "two__underscores", "trailing_", "with-hyphen", "sp ace"})
  void refusesNamesThatAreNotLowerSnakeCase(String name) {
    assertThat(rejectionOf(() -> Column.dimension(name, "Label")).field()).isEqualTo("column.name");
  }

  @Test
  void acceptsANameOf64CharactersButNot65() {
    String sixtyFour = "a".repeat(64);

    assertThat(Column.dimension(sixtyFour, "L").name()).hasSize(64);
    assertThat(rejectionOf(() -> Column.dimension(sixtyFour + "a", "L")).field()).isEqualTo("column.name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void refusesABlankLabel(String label) {
    assertThat(rejectionOf(() -> Column.dimension("layer", label)).field()).isEqualTo("column.label");
  }

  @Test
  void acceptsALabelOf200CharactersButNot201() {
    assertThat(Column.dimension("layer", "L".repeat(200)).label()).hasSize(200);
    assertThat(rejectionOf(() -> Column.dimension("layer", "L".repeat(201))).field())
        .isEqualTo("column.label");
  }

  @Test
  void aPercentRestsOnExactlyANumeratorAndADenominator() {
    Column share = Column.percent("share", "Share", "a_count", "b_count");
    var one =
        rejectionOf(
            () -> new Column("share", "Share", ColumnKind.PERCENT, List.of("a_count"), Optional.empty()));

    assertThat(share.basis()).containsExactly("a_count", "b_count");
    assertThat(one.rule()).contains("exactly a numerator and a denominator");
  }

  @Test
  void measuresAndFlagsNameTheCountsTheyRestOn() {
    var measure = rejectionOf(() -> Column.measure("median_days", "Median", RULE));
    var flag = rejectionOf(() -> Column.flag("under_served", "Under-served", RULE));

    assertThat(measure.rule()).contains("must name the counts it rests on");
    assertThat(flag.rule()).contains("must name the counts it rests on");
  }

  @Test
  void aFlagSaysWhichRuleRaisesIt() {
    var e =
        rejectionOf(
            () -> new Column("under_served", "U", ColumnKind.FLAG, List.of("a_count"), Optional.empty()));

    assertThat(e.field()).isEqualTo("column.definition");
    assertThat(Column.flag("under_served", "U", RULE, "a_count").definition()).contains(RULE);
  }

  @Test
  void aSumHasAtLeastTwoParts() {
    var e = rejectionOf(() -> Column.sumOf("all_count", "All", "a_count"));

    assertThat(e.rule()).contains("at least two parts");
    assertThat(Column.sumOf("all_count", "All", "a_count", "b_count").basis()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({"DIMENSION", "VALUE", "TEXT"})
  void onlyColumnsRestingOnCountsHaveABasis(ColumnKind kind) {
    var e =
        rejectionOf(
            () -> new Column("x", "X", kind, List.of("a_count"), Optional.empty()));

    assertThat(e.rule()).isEqualTo("only count, percent, measure and flag columns rest on counts");
  }

  @Test
  void refusesABasisNamingItselfOrAColumnTwice() {
    var self = rejectionOf(() -> Column.sumOf("all_count", "All", "all_count", "b_count"));
    var twice = rejectionOf(() -> Column.measure("m", "M", RULE, "a_count", "a_count"));

    assertThat(self.rule()).isEqualTo("must not name the column itself");
    assertThat(twice.rule()).isEqualTo("must not name a column twice");
  }

  @Test
  void eachKindAcceptsItsOwnCells() {
    assertThat(Column.dimension("d", "D").accepts(Cell.key("k"))).isTrue();
    assertThat(Column.dimension("d", "D").accepts(Cell.total())).isTrue();
    assertThat(Column.dimension("d", "D").accepts(Cell.empty())).isFalse();
    assertThat(Column.count("count", "C").accepts(Cell.count(1))).isTrue();
    assertThat(Column.count("count", "C").accepts(Cell.empty())).isFalse();
    assertThat(Column.count("count", "C").accepts(Cell.number(1))).isFalse();
    assertThat(Column.percent("p", "P", "a_count", "b_count").accepts(Cell.number(1))).isTrue();
    assertThat(Column.percent("p", "P", "a_count", "b_count").accepts(Cell.empty())).isTrue();
    assertThat(Column.percent("p", "P", "a_count", "b_count").accepts(Cell.count(1))).isFalse();
    assertThat(Column.value("v", "V").accepts(Cell.number(2026))).isTrue();
    assertThat(Column.flag("f", "F", RULE, "a_count").accepts(Cell.flag(true))).isTrue();
    assertThat(Column.flag("f", "F", RULE, "a_count").accepts(Cell.empty())).isTrue();
    assertThat(Column.flag("f", "F", RULE, "a_count").accepts(Cell.number(1))).isFalse();
    assertThat(Column.text("t", "T").accepts(Cell.text("words"))).isTrue();
    assertThat(Column.text("t", "T").accepts(Cell.empty())).isTrue();
    assertThat(Column.text("t", "T").accepts(Cell.key("k"))).isFalse();
  }

  @Test
  void onlyPercentsMeasuresAndFlagsRestOnCounts() {
    assertThat(ColumnKind.values())
        .filteredOn(ColumnKind::restsOnCounts)
        .containsExactly(ColumnKind.PERCENT, ColumnKind.MEASURE, ColumnKind.FLAG);
  }
}
