package io.coproduce.reporting.render.internal;

import io.coproduce.core.json.strict.IsoInstants;
import io.coproduce.core.rule.Reason;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Renders {@code report.html} (see {@link io.coproduce.reporting.render.Renderers#html()}): a
 * jsoup document, so every text and attribute is escaped by jsoup. Headings go down one level
 * at a time ({@code h1} the document, then reports when there are several, sections, and each
 * section's notes); every table has a {@code <caption>} and {@code <th scope>} headers; charts
 * are inline SVG ({@link BarChartSvg}) beside their table. No script, no external resource: the
 * only style is the inline {@code <style>}.
 */
public final class HtmlRenderer implements Renderer {

  /** The banner's heading on an internal publication. */
  public static final String INTERNAL_HEADING = "INTERNAL \u2013 NOT FOR PUBLICATION";

  /** The banner's text on an internal publication. */
  public static final String INTERNAL_TEXT =
      "These are exact figures without disclosure control. They may identify children: do not"
          + " publish them or share them outside the organisation.";

  static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;line-height:1.5;"
          + "margin:0 auto;padding:1rem;max-width:72rem;color:#1a1a1a;background:#ffffff}",
      "h1,h2,h3,h4{line-height:1.25}",
      ".internal-banner{border:.4rem solid #b00020;background:#fff0f0;color:#5c0010;padding:1rem;"
          + "margin:0 0 1rem;font-size:1.1rem}",
      ".internal-banner strong{display:block;font-size:1.4rem;letter-spacing:.05em}",
      ".figure-pair{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem;align-items:start}",
      "@media (min-width:60rem){.figure-pair.charted{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}",
      "figure{margin:0}",
      "svg.chart{max-width:100%;height:auto;font-size:13px}",
      ".table-wrap{overflow-x:auto}",
      "table{border-collapse:collapse}",
      "caption{text-align:left;font-weight:600;padding:.25rem 0}",
      "th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "tr.total th,tr.total td{font-weight:700;border-top:3px double #1a1a1a}",
      ".source{color:#444444}",
      "@media (max-width:30rem){body{padding:.5rem}th,td{padding:.2rem .3rem}}");

  /** Creates the renderer. */
  public HtmlRenderer() {}

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public void render(Publication publication, Writer out) throws IOException {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(out, "out");
    out.write(document(publication).outerHtml());
    out.write('\n');
    out.flush();
  }

  /** The publication as a jsoup document. */
  public static Document document(Publication publication) {
    List<ReleasedReport> reports = publication.reports();
    boolean single = reports.size() == 1;
    String title = single ? reports.get(0).title() : "Reports";

    Document doc = Document.createShell("");
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .syntax(Document.OutputSettings.Syntax.html)
        .prettyPrint(true)
        .indentAmount(1);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(
        publication.forPublication() ? title : title + " (" + INTERNAL_HEADING + ")");
    head.appendElement("style").appendChild(new DataNode(CSS));

    Element body = doc.body();
    if (!publication.forPublication()) {
      Element banner = body.appendElement("div").addClass("internal-banner")
          .attr("role", "note").attr("aria-label", INTERNAL_HEADING);
      banner.appendElement("strong").text(INTERNAL_HEADING);
      banner.appendElement("span").text(INTERNAL_TEXT);
    }
    Element header = body.appendElement("header");
    header.appendElement("h1").text(title);
    header.appendElement("p").text("Disclosure policy: " + publication.policy());
    Element main = body.appendElement("main");
    for (ReleasedReport report : reports) {
      Element container = main;
      int level = 2;
      if (!single) {
        container = main.appendElement("article").attr("id", "report-" + report.id().value());
        container.appendElement("h2").text(report.title());
        level = 3;
      }
      paragraph(container, report.summary());
      container.appendElement("p").text("As of " + IsoInstants.format(report.asOf()) + ".");
      for (ReleasedSection section : report.sections()) {
        section(container, level, section);
      }
    }
    return doc;
  }

  private static void section(Element parent, int level, ReleasedSection s) {
    ReleasedTable table = s.table();
    String id = "section-" + table.id().value();
    Element section = parent.appendElement("section").attr("id", id)
        .attr("aria-labelledby", id + "-heading");
    section.appendElement("h" + level).attr("id", id + "-heading").text(s.title());
    paragraph(section, s.text());
    Element pair = section.appendElement("div").addClass("figure-pair");
    if (s.chart().isPresent()) {
      pair.addClass("charted");
      Element figure = pair.appendElement("figure");
      figure.appendChild(BarChartSvg.svg(table, s.chart().get()));
      figure.appendElement("figcaption").text(s.chart().get().altText());
    }
    pair.appendElement("div").addClass("table-wrap").appendChild(table(table));
    section.appendElement("h" + (level + 1)).text("How these figures were protected");
    statement(section, table);
    if (!s.rules().isEmpty()) {
      section.appendElement("h" + (level + 1)).text("Rules behind these figures");
      rules(section, s.rules());
    }
  }

  private static Element table(ReleasedTable t) {
    Element table = new Element("table").attr("id", "table-" + t.id().value());
    String caption = t.description().isBlank() ? t.title() : t.title() + " \u2013 " + t.description();
    if (!t.disclosure().forPublication()) {
      caption = caption + " (" + INTERNAL_HEADING + ")";
    }
    table.appendElement("caption").text(caption);
    List<Column> columns = t.columns();
    int rowHeader = -1;
    for (int c = 0; c < columns.size() && rowHeader < 0; c++) {
      if (columns.get(c).kind() == ColumnKind.DIMENSION) {
        rowHeader = c;
      }
    }
    Element headRow = table.appendElement("thead").appendElement("tr");
    for (Column c : columns) {
      headRow.appendElement("th").attr("scope", "col").text(c.label());
    }
    Element body = table.appendElement("tbody");
    for (List<ReleasedCell> row : t.rows()) {
      Element tr = body.appendElement("tr");
      boolean total = false;
      for (int c = 0; c < columns.size(); c++) {
        ReleasedCell cell = row.get(c);
        if (columns.get(c).kind() == ColumnKind.DIMENSION
            && cell instanceof ReleasedCell.Shown s
            && s.cell() instanceof io.coproduce.reporting.table.Cell.Total) {
          total = true;
        }
        Element td = tr.appendElement(c == rowHeader ? "th" : "td");
        if (c == rowHeader) {
          td.attr("scope", "row");
        }
        if (isNumeric(columns.get(c).kind())) {
          td.addClass("num");
        }
        if (CellText.isSuppressed(cell)) {
          td.addClass("suppressed");
          td.appendElement("abbr").attr("title", "suppressed to protect privacy")
              .text(ReleasedCell.SUPPRESSED_MARK);
        } else {
          td.appendText(CellText.forPeople(cell));
          if (CellText.isUnreliable(cell)) {
            td.appendText(" ");
            td.appendElement("abbr").addClass("unreliable")
                .attr("title", "rests on few events: read with caution").text("(u)");
          }
        }
      }
      if (total) {
        tr.addClass("total");
      }
    }
    return table;
  }

  private static boolean isNumeric(ColumnKind kind) {
    return kind == ColumnKind.COUNT || kind == ColumnKind.PERCENT || kind == ColumnKind.MEASURE
        || kind == ColumnKind.VALUE;
  }

  private static void statement(Element section, ReleasedTable table) {
    DisclosureStatement d = table.disclosure();
    StringBuilder s = new StringBuilder();
    s.append(d.forPublication() ? "Released for publication under: " : "Not for publication: ");
    s.append(d.policy()).append('.');
    if (d.forPublication()) {
      s.append(" Cells shown as * are suppressed: ")
          .append(d.primary()).append(" small, ")
          .append(d.secondary()).append(" to protect others, ")
          .append(d.derived()).append(" derived from hidden counts; ")
          .append(d.rounded()).append(" counts are shown rounded.");
    }
    if (table.rows().stream().flatMap(List::stream).anyMatch(CellText::isUnreliable)) {
      s.append(" Figures marked (u) rest on few events: read them with caution.");
    }
    section.appendElement("p").addClass("disclosure").text(s.toString());
    rules(section, d.rules());
  }

  private static void rules(Element parent, List<Reason> rules) {
    Element list = parent.appendElement("ul").addClass("rules");
    for (Reason r : rules) {
      Element li = list.appendElement("li");
      li.appendElement("strong").text(r.rule());
      li.appendText(": " + r.explanation() + " ");
      li.appendElement("span").addClass("source").text(
          "Source: " + r.source().citation() + " (" + MarkdownRenderer.kindWords(r.source().kind()) + ").");
    }
  }

  private static void paragraph(Element parent, String text) {
    if (!text.isBlank()) {
      parent.appendElement("p").text(text);
    }
  }
}
