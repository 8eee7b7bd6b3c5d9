package io.coproduce.reporting.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.render.internal.CellText;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Released tables as CSV (RFC 4180, through jackson-dataformat-csv), one file per table. Writes
 * only to the {@code Writer} or {@code OutputStream} it is given. Stateless and thread-safe.
 *
 * <h2>The table file ({@code <table-id>.csv})</h2>
 *
 * <ul>
 *   <li>The header is the column names ({@code age_band,young_people_count,share_percent}); a
 *       column holds counts exactly when its name is {@code count} or ends in {@code _count}.
 *   <li>A suppressed cell is {@code *}, whatever the reason (see {@link ReportJsonModule} for
 *       why the reason is not given per cell).
 *   <li>The total marker is the word {@code Total}. A key that is itself the text {@code Total}
 *       reads the same: report authors should not use it as a key.
 *   <li>Counts are integers; numbers plain decimals ({@code 12.5}, {@code 40}) whatever the
 *       default locale; flags {@code true}/{@code false}; nothing to show is an empty field.
 *   <li>A key or text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 *       carriage return gets a leading {@code '} so that spreadsheets do not run it as a formula
 *       (OWASP, CSV injection).
 *   <li>Lines end with {@code \n}; fields are quoted only when they must be.
 * </ul>
 *
 * <h2>The disclosure statement ({@code <table-id>.disclosure.csv})</h2>
 *
 * <p>A comment line is not standard CSV and an extra column would repeat the statement in every
 * row and break tools that expect the table's own columns, so the statement goes in a sidecar
 * CSV beside the table, one row per rule, with the columns {@value #DISCLOSURE_HEADER}. The
 * tallies are numbers of <em>cells</em>, not of people, so their names do not end in {@code
 * _count}. {@code unreliable_cells} lists the shown cells that rest on few events as {@code
 * row:column} (row index from 0 among the data rows), separated by spaces. {@code
 * for_publication} is {@code false} for a table released by the internal call: such a file must
 * not leave the organisation.
 */
public final class CsvTables {

  /** The sidecar's header. */
  public static final String DISCLOSURE_HEADER =
      "table_id,for_publication,policy,primary_cells,secondary_cells,derived_cells,rounded_cells,"
          + "unreliable_cells,rule,explanation,source_kind,source_citation";

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvTables() {}

  /** The file name of {@code table}'s CSV: {@code <table-id>.csv}. */
  public static String fileName(ReleasedTable table) {
    return table.id().value() + ".csv";
  }

  /** The file name of {@code table}'s disclosure sidecar: {@code <table-id>.disclosure.csv}. */
  public static String disclosureFileName(ReleasedTable table) {
    return table.id().value() + ".disclosure.csv";
  }

  /**
   * Writes {@code table} as CSV to {@code out}, which is flushed but not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(ReleasedTable table, Writer out) throws IOException {
    Objects.requireNonNull(table, "table");
    List<String> header = table.columns().stream().map(Column::name).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<ReleasedCell> row : table.rows()) {
      List<String> fields = new ArrayList<>(row.size());
      for (ReleasedCell cell : row) {
        fields.add(field(cell));
      }
      rows.add(fields);
    }
    write(header, rows, out);
  }

  /**
   * Writes {@code table} as CSV to {@code out} in UTF-8; {@code out} is flushed but not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(ReleasedTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(table, writer);
  }

  /**
   * Writes {@code table}'s disclosure statement as CSV to {@code out} (flushed, not closed).
   *
   * @throws IOException when {@code out} fails
   */
  public static void writeDisclosure(ReleasedTable table, Writer out) throws IOException {
    Objects.requireNonNull(table, "table");
    DisclosureStatement d = table.disclosure();
    List<String> unreliable = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        if (CellText.isUnreliable(table.rows().get(r).get(c))) {
          unreliable.add(r + ":" + table.columns().get(c).name());
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Reason rule : d.rules()) {
      rows.add(
          List.of(
              table.id().value(),
              Boolean.toString(d.forPublication()),
              d.policy(),
              Integer.toString(d.primary()),
              Integer.toString(d.secondary()),
              Integer.toString(d.derived()),
              Integer.toString(d.rounded()),
              String.join(" ", unreliable),
              rule.rule(),
              rule.explanation(),
              rule.source().kind().name(),
              rule.source().citation()));
    }
    write(List.of(DISCLOSURE_HEADER.split(",")), rows, out);
  }

  /**
   * Writes {@code table}'s disclosure statement as CSV in UTF-8 (flushed, not closed).
   *
   * @throws IOException when {@code out} fails
   */
  public static void writeDisclosure(ReleasedTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    writeDisclosure(table, writer);
  }

  private static String field(ReleasedCell cell) {
    String text = CellText.forMachines(cell);
    if (cell instanceof ReleasedCell.Shown shown
        && (shown.cell() instanceof Cell.Key || shown.cell() instanceof Cell.Text)
        && startsLikeFormula(text)) {
      return "'" + text;
    }
    return text;
  }

  private static boolean startsLikeFormula(String text) {
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
  }

  private static void write(List<String> header, List<List<String>> rows, Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    // The header is written as the first row, so a table without rows still has one.
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    ObjectWriter writer = MAPPER.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (SequenceWriter sequence = writer.writeValues(out)) {
      sequence.write(header);
      for (List<String> row : rows) {
        sequence.write(row);
      }
    }
    out.flush();
  }
}
