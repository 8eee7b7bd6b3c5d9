package io.coproduce.reporting.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.IsoInstants;
import io.coproduce.core.json.strict.ValueWriter;
import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.ReleasedReport;
import io.coproduce.reporting.report.ReleasedSection;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import java.io.IOException;
import java.util.List;

/**
 * Writes the released model as JSON in the shape of {@code report.schema.json}: properties in a
 * fixed order, optional ones left out when absent, so the same publication gives the same bytes.
 * Stateless and thread-safe.
 */
public final class ReportWriters {

  /** The value of the {@code format} property at the top of every {@code report.json}. */
  public static final String FORMAT = "coproduce-report/1";

  private static final ValueWriter<Reason> REASON = CoproduceCoreModule.writer(Reason.class);

  private ReportWriters() {}

  /** Writes a publication: format, forPublication, policy, reports. */
  public static void publication(Publication p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeBooleanField("forPublication", p.forPublication());
    g.writeStringField("policy", p.policy());
    g.writeArrayFieldStart("reports");
    for (ReleasedReport r : p.reports()) {
      report(r, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a report: id, title, summary, asOf, sections. */
  public static void report(ReleasedReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    g.writeStringField("title", r.title());
    g.writeStringField("summary", r.summary());
    g.writeStringField("asOf", IsoInstants.format(r.asOf()));
    g.writeArrayFieldStart("sections");
    for (ReleasedSection s : r.sections()) {
      section(s, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a section: title, text, table, chart (when there is one), rules. */
  public static void section(ReleasedSection s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", s.title());
    g.writeStringField("text", s.text());
    g.writeFieldName("table");
    table(s.table(), g);
    if (s.chart().isPresent()) {
      g.writeFieldName("chart");
      chart(s.chart().get(), g);
    }
    reasons("rules", s.rules(), g);
    g.writeEndObject();
  }

  /** Writes a released table: id, title, description, columns, rows, unreliable, disclosure. */
  public static void table(ReleasedTable t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id().value());
    g.writeStringField("title", t.title());
    g.writeStringField("description", t.description());
    g.writeArrayFieldStart("columns");
    for (Column c : t.columns()) {
      column(c, g);
    }
    g.writeEndArray();
    List<Column> columns = t.columns();
    g.writeArrayFieldStart("rows");
    for (List<ReleasedCell> row : t.rows()) {
      g.writeStartObject();
      for (int c = 0; c < columns.size(); c++) {
        g.writeFieldName(columns.get(c).name());
        cell(row.get(c), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unreliable");
    for (int r = 0; r < t.rows().size(); r++) {
      List<ReleasedCell> row = t.rows().get(r);
      for (int c = 0; c < columns.size(); c++) {
        if (CellText.isUnreliable(row.get(c))) {
          g.writeStartObject();
          g.writeNumberField("row", r);
          g.writeStringField("column", columns.get(c).name());
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
    g.writeFieldName("disclosure");
    disclosure(t.disclosure(), g);
    g.writeEndObject();
  }

  /** Writes a column: name, label, kind, basis, definition (when there is one). */
  public static void column(Column c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("label", c.label());
    g.writeStringField("kind", c.kind().name());
    g.writeArrayFieldStart("basis");
    for (String b : c.basis()) {
      g.writeString(b);
    }
    g.writeEndArray();
    if (c.definition().isPresent()) {
      g.writeFieldName("definition");
      REASON.write(c.definition().get(), g, null);
    }
    g.writeEndObject();
  }

  /**
   * Writes one released cell: {@code "*"} when suppressed (whatever the reason: see {@code
   * report.schema.json}), a key or text as a string, the total marker as {@code {"total": true}},
   * a count as an integer, a number as a number, a flag as a boolean, nothing as {@code null}.
   */
  public static void cell(ReleasedCell released, JsonGenerator g) throws IOException {
    if (!(released instanceof ReleasedCell.Shown shown)) {
      g.writeString(ReleasedCell.SUPPRESSED_MARK);
      return;
    }
    Cell cell = shown.cell();
    if (cell instanceof Cell.Key key) {
      g.writeString(key.value());
    } else if (cell instanceof Cell.Total) {
      g.writeStartObject();
      g.writeBooleanField("total", true);
      g.writeEndObject();
    } else if (cell instanceof Cell.Count count) {
      g.writeNumber(count.value());
    } else if (cell instanceof Cell.Number number) {
      g.writeNumber(number.value());
    } else if (cell instanceof Cell.Flag flag) {
      g.writeBoolean(flag.isRaised());
    } else if (cell instanceof Cell.Text text) {
      g.writeString(text.value());
    } else {
      g.writeNull();
    }
  }

  /** Writes a disclosure statement: forPublication, policy, rules, the tallies and their sum. */
  public static void disclosure(DisclosureStatement d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("forPublication", d.forPublication());
    g.writeStringField("policy", d.policy());
    reasons("rules", d.rules(), g);
    g.writeNumberField("primary", d.primary());
    g.writeNumberField("secondary", d.secondary());
    g.writeNumberField("derived", d.derived());
    g.writeNumberField("rounded", d.rounded());
    g.writeNumberField("suppressed", d.suppressed());
    g.writeEndObject();
  }

  /** Writes a chart: kind, categoryColumn, valueColumns, altText. */
  public static void chart(Chart c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("categoryColumn", c.categoryColumn());
    g.writeArrayFieldStart("valueColumns");
    for (String v : c.valueColumns()) {
      g.writeString(v);
    }
    g.writeEndArray();
    g.writeStringField("altText", c.altText());
    g.writeEndObject();
  }

  private static void reasons(String field, List<Reason> reasons, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Reason r : reasons) {
      REASON.write(r, g, null);
    }
    g.writeEndArray();
  }
}
