package io.coproduce.reporting.render.internal;

import io.coproduce.core.rule.Reason;
import io.coproduce.core.json.strict.IsoInstants;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.render.Renderer;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.ReleasedReport;
import io.coproduce.reporting.report.ReleasedSection;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.ColumnKind;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Renders {@code report.md} (see {@link io.coproduce.reporting.render.Renderers#markdown()}).
 * Headings go down one level at a time: the document's title ({@code #}; the report's title
 * when there is one report, {@code Reports} otherwise), then reports, sections and each
 * section's notes. Every text from the model is escaped with {@link MarkdownText}.
 */
public final class MarkdownRenderer implements Renderer {

  /** The first line of an internal publication's banner. */
  public static final String INTERNAL_BANNER =
      "**INTERNAL \u2013 NOT FOR PUBLICATION.** These are exact figures without disclosure"
          + " control; they may identify children and must not be published or shared outside"
          + " the organisation.";

  /** Creates the renderer. */
  public MarkdownRenderer() {}

  @Override
  public String fileName() {
    return "report.md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public void render(Publication publication, Writer out) throws IOException {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(out, "out");
    StringBuilder md = new StringBuilder();
    List<ReleasedReport> reports = publication.reports();
    boolean single = reports.size() == 1;
    heading(md, 1, single ? reports.get(0).title() : "Reports");
    if (!publication.forPublication()) {
      md.append("> ").append(INTERNAL_BANNER).append("\n\n");
    }
    md.append("Disclosure policy: ").append(MarkdownText.escape(publication.policy())).append("\n\n");
    for (ReleasedReport report : reports) {
      int level = single ? 2 : 3;
      if (!single) {
        heading(md, 2, report.title());
      }
      paragraph(md, report.summary());
      md.append("As of ").append(MarkdownText.escape(IsoInstants.format(report.asOf()))).append(".\n\n");
      for (ReleasedSection section : report.sections()) {
        section(md, level, section);
      }
    }
    out.write(md.toString());
    out.flush();
  }

  private static void section(StringBuilder md, int level, ReleasedSection section) {
    heading(md, level, section.title());
    paragraph(md, section.text());
    ReleasedTable table = section.table();
    md.append("**").append(MarkdownText.escape(table.title())).append("**");
    if (!table.description().isBlank()) {
      md.append(" \u2013 ").append(MarkdownText.escape(table.description()));
    }
    md.append("\n\n");
    section.chart().ifPresent(
        chart -> md.append("Chart: ").append(MarkdownText.escape(chart.altText())).append("\n\n"));
    table(md, table);
    heading(md, level + 1, "How these figures were protected");
    statement(md, table.disclosure(), hasUnreliable(table));
    if (!section.rules().isEmpty()) {
      heading(md, level + 1, "Rules behind these figures");
      rules(md, section.rules());
    }
  }

  private static void table(StringBuilder md, ReleasedTable table) {
    List<Column> columns = table.columns();
    md.append('|');
    for (Column c : columns) {
      md.append(' ').append(MarkdownText.escape(c.label())).append(" |");
    }
    md.append("\n|");
    for (Column c : columns) {
      md.append(isNumeric(c.kind()) ? " ---: |" : " --- |");
    }
    md.append('\n');
    for (List<ReleasedCell> row : table.rows()) {
      md.append('|');
      for (ReleasedCell cell : row) {
        md.append(' ').append(MarkdownText.escape(CellText.forPeople(cell)));
        if (CellText.isUnreliable(cell)) {
          md.append(" (u)");
        }
        md.append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static boolean isNumeric(ColumnKind kind) {
    return kind == ColumnKind.COUNT || kind == ColumnKind.PERCENT || kind == ColumnKind.MEASURE
        || kind == ColumnKind.VALUE;
  }

  private static boolean hasUnreliable(ReleasedTable table) {
    return table.rows().stream().flatMap(List::stream).anyMatch(CellText::isUnreliable);
  }

  private static void statement(StringBuilder md, DisclosureStatement d, boolean unreliable) {
    StringBuilder s = new StringBuilder();
    s.append(d.forPublication() ? "Released for publication under: " : "Not for publication: ");
    s.append(d.policy()).append(". ");
    if (d.forPublication()) {
      s.append("Cells shown as * are suppressed: ")
          .append(d.primary()).append(" small, ")
          .append(d.secondary()).append(" to protect others, ")
          .append(d.derived()).append(" derived from hidden counts; ")
          .append(d.rounded()).append(" counts are shown rounded.");
    }
    if (unreliable) {
      s.append(" Figures marked (u) rest on few events: read them with caution.");
    }
    paragraph(md, s.toString());
    rules(md, d.rules());
  }

  private static void rules(StringBuilder md, List<Reason> rules) {
    for (Reason r : rules) {
      md.append("- **").append(MarkdownText.escape(r.rule())).append("**: ")
          .append(MarkdownText.escape(r.explanation()))
          .append(" Source: ").append(MarkdownText.escape(r.source().citation()))
          .append(" (").append(MarkdownText.escape(kindWords(r.source().kind()))).append(").\n");
    }
    md.append('\n');
  }

  /** The kind of a rule source in words: {@code law}, {@code statutory guidance}, ... */
  static String kindWords(io.coproduce.core.rule.RuleSource.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static void heading(StringBuilder md, int level, String text) {
    md.append("#".repeat(level)).append(' ').append(MarkdownText.escape(text)).append("\n\n");
  }

  private static void paragraph(StringBuilder md, String text) {
    if (!text.isBlank()) {
      md.append(MarkdownText.escape(text)).append("\n\n");
    }
  }
}
