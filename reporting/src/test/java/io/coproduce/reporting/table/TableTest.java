package io.coproduce.reporting.table;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  static Table.Builder byLayerAndOrganisation() {
    return Table.builder(TableId.of("reach-by-organisation"), "Young people taking part")
        .columns(
            Column.dimension("layer", "Layer"),
            Column.dimension("organisation", "Organisation"),
            Column.count("young_people_count", "Young people"));
  }

  @Test
  void totalsOverADimensionBecomeSums() {
    Table table =
        byLayerAndOrganisation()
            .row(key("Service"), key("Org A"), count(3))
            .row(key("Service"), key("Org B"), count(12))
            .row(key("Service"), total(), count(15))
            .build();

    assertThat(table.sums())
        .containsExactly(new Sum(CellRef.of(2, 2), List.of(CellRef.of(0, 2), CellRef.of(1, 2))));
  }

  @Test
  void nestedTotalsGiveOneSumPerDimension() {
    Table table =
        byLayerAndOrganisation()
            .row(key("Service"), key("Org A"), count(3))
            .row(key("Service"), total(), count(3))
            .row(key("Local system"), key("Org B"), count(9))
            .row(key("Local system"), total(), count(9))
            .row(total(), total(), count(12))
            .build();

    assertThat(table.sums())
        .contains(
            new Sum(CellRef.of(4, 2), List.of(CellRef.of(1, 2), CellRef.of(3, 2))),
            new Sum(CellRef.of(1, 2), List.of(CellRef.of(0, 2))));
  }

  @Test
  void refusesATotalThatDoesNotAddUp() {
    var e =
        rejectionOf(
            () ->
                byLayerAndOrganisation()
                    .row(key("Service"), key("Org A"), count(3))
                    .row(key("Service"), total(), count(4))
                    .build());

    assertThat(e.field()).isEqualTo("table.rows[1].young_people_count");
    assertThat(e.rule()).contains("must equal the sum of its rows");
  }

  @Test
  void refusesASumColumnThatDoesNotAddUp() {
    var e =
        rejectionOf(
            () ->
                Table.builder(TableId.of("kinds"), "Kinds")
                    .columns(
                        Column.count("a_count", "A"),
                        Column.count("b_count", "B"),
                        Column.sumOf("all_count", "All", "a_count", "b_count"))
                    .row(count(1), count(2), count(4))
                    .build());

    assertThat(e.field()).isEqualTo("table.rows[0].all_count");
  }

  @Test
  void aSumColumnGivesOneSumPerRow() {
    Table table =
        Table.builder(TableId.of("kinds"), "Kinds")
            .columns(
                Column.count("a_count", "A"),
                Column.count("b_count", "B"),
                Column.sumOf("all_count", "All", "a_count", "b_count"))
            .row(count(1), count(2), count(3))
            .build();

    assertThat(table.sums())
        .containsExactly(new Sum(CellRef.of(0, 2), List.of(CellRef.of(0, 0), CellRef.of(0, 1))));
  }

  @Test
  void refusesTwoRowsWithTheSameKeys() {
    var e =
        rejectionOf(
            () ->
                byLayerAndOrganisation()
                    .row(key("Service"), key("Org A"), count(3))
                    .row(key("Service"), key("Org A"), count(3))
                    .build());

    assertThat(e.field()).isEqualTo("table.rows[1]");
  }

  @Test
  void refusesACellOfTheWrongKind() {
    var e = rejectionOf(() -> byLayerAndOrganisation().row(key("S"), key("O"), key("3")).build());

    assertThat(e.field()).isEqualTo("table.rows[0].young_people_count");
    assertThat(e.rule()).contains("COUNT column does not accept");
  }

  @Test
  void refusesARowOfTheWrongLength() {
    var e = rejectionOf(() -> byLayerAndOrganisation().row(key("S"), count(3)).build());

    assertThat(e.field()).isEqualTo("table.rows[0]");
  }

  @Test
  void refusesABasisThatIsNotACountOfTheTable() {
    var missing =
        rejectionOf(
            () ->
                Table.builder(TableId.of("t"), "T")
                    .columns(Column.count("a_count", "A"), Column.percent("share", "Share", "a_count", "b_count"))
                    .build());
    var notCount =
        rejectionOf(
            () ->
                Table.builder(TableId.of("t"), "T")
                    .columns(
                        Column.count("a_count", "A"),
                        Column.value("target", "Target"),
                        Column.percent("share", "Share", "a_count", "target"))
                    .build());

    assertThat(missing.rule()).isEqualTo("names no column of this table");
    assertThat(notCount.rule()).isEqualTo("must name count columns only");
  }

  @Test
  void refusesDuplicateColumnNames() {
    var e =
        rejectionOf(
            () ->
                Table.builder(TableId.of("t"), "T")
                    .columns(Column.count("a_count", "A"), Column.count("a_count", "B"))
                    .build());

    assertThat(e.rule()).isEqualTo("column names must be unique");
  }

  @Test
  void describesItselfWithoutFigures() {
    Table table = byLayerAndOrganisation().row(key("S"), key("O"), count(3)).build();

    assertThat(table.toString()).isEqualTo("Table[reach-by-organisation, 3 columns, 1 rows]");
  }

  @Test
  void findsColumnsAndCellsByNameAndPosition() {
    Table table = byLayerAndOrganisation().row(key("S"), key("O"), count(3)).build();

    assertThat(table.indexOf("young_people_count")).isEqualTo(2);
    assertThat(table.column("layer")).isPresent();
    assertThat(table.column("missing")).isEmpty();
    assertThat(table.cell(CellRef.of(0, 1))).isEqualTo(key("O"));
    assertThat(table.count(CellRef.of(0, 2))).isEqualTo(3);
    assertThat(rejectionOf(() -> table.indexOf("missing")).field()).isEqualTo("column");
    assertThat(rejectionOf(() -> table.count(CellRef.of(0, 0))).rule()).isEqualTo("is not a count cell");
    assertThat(table.title()).isEqualTo("Young people taking part");
    assertThat(table.description()).isEmpty();
  }

  @Test
  void refusesATableWithoutColumnsOrATitle() {
    assertThat(rejectionOf(() -> Table.builder(TableId.of("t"), "T").build()).field()).isEqualTo("table.columns");
    assertThat(rejectionOf(() -> Table.builder(TableId.of("t"), " ")).field()).isEqualTo("table.title");
    assertThat(rejectionOf(() -> Table.builder(TableId.of("t"), "T".repeat(201))).field()).isEqualTo("table.title");
  }

  @Test
  void refusesASumOfSums() {
    var e =
        rejectionOf(
            () ->
                Table.builder(TableId.of("t"), "T")
                    .columns(
                        Column.count("a_count", "A"),
                        Column.count("b_count", "B"),
                        Column.sumOf("ab_count", "AB", "a_count", "b_count"),
                        Column.sumOf("all_count", "All", "ab_count", "a_count"))
                    .build());

    assertThat(e.rule()).isEqualTo("the parts of a sum must be plain counts");
  }

  @Test
  void holdsAtMostTheMaximumNumberOfRows() {
    Table.Builder b = Table.builder(TableId.of("t"), "T").columns(Column.dimension("k", "K"), Column.count("count", "C"));
    for (int i = 0; i < Table.MAX_ROWS; i++) {
      b.row(key("k" + i), count(i));
    }
    assertThat(b.build().rows()).hasSize(Table.MAX_ROWS);
    b.row(key("one-more"), count(1));
    assertThat(rejectionOf(b::build).field()).isEqualTo("table.rows");
  }

  @Test
  void aTotalWithNoRowsBesideItClaimsNothing() {
    Table table = byLayerAndOrganisation().row(total(), total(), count(9)).build();

    assertThat(table.sums()).isEmpty();
  }
}
