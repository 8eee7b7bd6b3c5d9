package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.coproduce.reporting.Examples;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.render.internal.CellText;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private static String csv(ReleasedTable table) {
    StringWriter out = new StringWriter();
    try {
      CsvTables.write(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String disclosure(ReleasedTable table) {
    StringWriter out = new StringWriter();
    try {
      CsvTables.writeDisclosure(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses CSV back into rows of fields, header first. */
  static List<List<String>> parse(String csv) {
    try (MappingIterator<List<String>> rows =
        CSV.readerFor(List.class).readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theHeaderIsTheColumnNamesAndCountColumnsAreKnownByName() {
    ReleasedTable table = Fixtures.published().tables().get(0);
    List<String> header = parse(csv(table)).get(0);

    assertThat(header).containsExactly("age_band", "young_people_count", "sessions_count", "share_percent");
    for (int c = 0; c < header.size(); c++) {
      boolean countName = header.get(c).equals("count") || header.get(c).endsWith("_count");
      assertThat(countName).isEqualTo(table.columns().get(c).kind() == io.coproduce.reporting.table.ColumnKind.COUNT);
    }
  }

  @Test
  void suppressedCellsAreAStarAndTheTotalIsAFixedWord() {
    List<List<String>> rows = parse(csv(Fixtures.published().tables().get(0)));

    assertThat(rows).containsExactly(
        List.of("age_band", "young_people_count", "sessions_count", "share_percent"),
        List.of("10-12", "*", "40", "*"),
        List.of("13-15", "*", "50", "*"),
        List.of("16-18", "40", "90", "44.4"),
        List.of("Total", "70", "180", "38.9"));
  }

  @Test
  void writesFlagsNumbersAndNothingForMachinesAndDefusesFormulas() {
    List<List<String>> rows = parse(csv(Fixtures.internal().tables().get(1)));

    assertThat(rows.get(1)).containsExactly("'=SUM(A1)", "12", "4.5", "true", "10.25", "Tom & Jerry's <forum>");
    assertThat(rows.get(2)).containsExactly("Youth board", "30", "", "false", "", "");
  }

  @Test
  void defusesEveryFormulaStartInKeysAndTextsButNotInNumbers() {
    Table t = Table.builder(TableId.of("formulas"), "Formulas")
        .columns(Column.dimension("k", "Key"), Column.text("t", "Text"), Column.value("v", "Value"))
        .row(Cell.key("+1"), Cell.text("@cmd"), Cell.number(-3))
        .row(Cell.key("-1"), Cell.text("\tx"), Cell.empty())
        .row(Cell.key("a=1"), Cell.text("\rx"), Cell.empty())
        .build();

    List<List<String>> rows = parse(csv(DisclosurePolicy.nhsDefault().publish(t)));

    assertThat(rows.get(1)).containsExactly("'+1", "'@cmd", "-3");
    assertThat(rows.get(2)).containsExactly("'-1", "'\tx", "");
    assertThat(rows.get(3)).containsExactly("a=1", "'\rx", "");
  }

  @Test
  void aTableWithoutRowsStillHasItsHeader() {
    Table t = Table.builder(TableId.of("empty"), "Nothing yet")
        .columns(Column.dimension("forum", "Forum"), Column.count("count", "Members"))
        .build();

    assertThat(csv(DisclosurePolicy.nhsDefault().publish(t))).isEqualTo("forum,count\n");
  }

  @Test
  void theDisclosureSidecarHasOneRowPerRuleWithTalliesAndSources() {
    ReleasedTable table = Fixtures.published().tables().get(0);
    List<List<String>> rows = parse(disclosure(table));

    assertThat(String.join(",", rows.get(0))).isEqualTo(CsvTables.DISCLOSURE_HEADER);
    assertThat(rows).hasSize(1 + table.disclosure().rules().size());
    io.coproduce.reporting.disclosure.DisclosureStatement d = table.disclosure();
    assertThat(rows.get(1).subList(0, 8)).containsExactly("reach-by-age-band", "true",
        "NHS England small-number rule", "" + d.primary(), "" + d.secondary(), "" + d.derived(),
        "" + d.rounded(), "");
    assertThat(rows.get(1).subList(8, 12)).containsExactly(
        "small-counts-suppressed", "Counts from 1 to 7 are shown as *; zero stays zero.", "GUIDANCE",
        DisclosurePolicy.NHS_SOURCE.citation());
    assertThat(rows.get(0)).noneMatch(name -> name.endsWith("_count"));
  }

  @Test
  void theSidecarListsUnreliableCellsAndMarksInternalTables() {
    List<List<String>> published = parse(disclosure(Fixtures.published().tables().get(1)));
    List<List<String>> internal = parse(disclosure(Fixtures.internal().tables().get(1)));

    assertThat(published.get(1).get(7)).isEqualTo("0:median_days 0:under_served");
    assertThat(internal).hasSize(2);
    assertThat(internal.get(1).get(1)).isEqualTo("false");
    assertThat(internal.get(1).get(8)).isEqualTo("internal-not-for-publication");
  }

  @Test
  void writesUtf8ToAStreamWithoutClosingIt() throws IOException {
    ReleasedTable table = Fixtures.published().tables().get(1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream must stay open");
      }
    };

    CsvTables.write(table, bytes);
    CsvTables.writeDisclosure(table, bytes);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(csv(table) + disclosure(table));
  }

  @Test
  void namesFilesByTableId() {
    ReleasedTable table = Fixtures.published().tables().get(0);

    assertThat(CsvTables.fileName(table)).isEqualTo("reach-by-age-band.csv");
    assertThat(CsvTables.disclosureFileName(table)).isEqualTo("reach-by-age-band.disclosure.csv");
  }

  @Test
  void anyPublishedTableReadsBackCellForCell() {
    qt().withFixedSeed(7131L).withExamples(Examples.atMost(300))
        .forAll(integers().between(0, 60), integers().between(0, 60), integers().between(0, 60))
        .checkAssert((a, b, c) -> {
          Table t = Table.builder(TableId.of("any"), "Any")
              .columns(Column.dimension("band", "Band"), Column.count("people_count", "People"))
              .row(Cell.key("a"), Cell.count(a))
              .row(Cell.key("b"), Cell.count(b))
              .row(Cell.key("c"), Cell.count(c))
              .row(Cell.total(), Cell.count((long) a + b + c))
              .build();
          ReleasedTable released = DisclosurePolicy.nhsDefault().publish(t);
          List<List<String>> rows = parse(csv(released));
          assertThat(rows).hasSize(5);
          for (int r = 0; r < 4; r++) {
            for (int col = 0; col < 2; col++) {
              assertThat(rows.get(r + 1).get(col))
                  .isEqualTo(CellText.forMachines(released.rows().get(r).get(col)));
            }
          }
        });
  }

  @Test
  void flushesTheWriterItIsGiven() throws IOException {
    StringWriter target = new StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target);
    ReleasedTable table = Fixtures.published().tables().get(0);

    CsvTables.write(table, buffered);

    assertThat(target.toString()).isEqualTo(csv(table));
  }
}
