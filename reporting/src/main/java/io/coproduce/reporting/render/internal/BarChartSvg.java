package io.coproduce.reporting.render.internal;

import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.ColumnKind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Draws a released table's bar chart as inline SVG, built as jsoup elements so every text is
 * escaped. One horizontal bar per category row (rows whose category cell is a key; totals are
 * not drawn) and value column. Value columns differ by fill pattern as well as colour, and a
 * legend names them, so colour is never the only signal. A suppressed value is drawn as a
 * dashed, empty gap labelled {@code *}, never as a bar of zero; a missing value is labelled
 * {@code no value}. The SVG has {@code role="img"}, a {@code <title>} (the chart's text
 * alternative) and a {@code <desc>}, both named by {@code aria-labelledby}. Stateless.
 *
 * <p>jsoup writes attribute names in lower case ({@code viewbox}, {@code patternunits}); that is
 * what inline SVG in HTML may hold, since the HTML parser restores SVG's mixed-case names
 * (HTML Living Standard, "adjust SVG attributes").
 */
public final class BarChartSvg {

  private static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 200;
  private static final int BAR_AREA = 340;
  private static final int BAR_HEIGHT = 18;
  private static final int GROUP_GAP = 10;
  private static final int LEGEND_ROW = 22;
  private static final String[] COLOURS = {"#1f4e79", "#8a3b12", "#2e6b30", "#5b2c6f"};

  private BarChartSvg() {}

  /** The SVG of {@code chart} over {@code table}; ids start with {@code chart-<table-id>}. */
  public static Element svg(ReleasedTable table, Chart chart) {
    String id = "chart-" + table.id().value();
    int category = index(table, chart.categoryColumn());
    List<Integer> values = new ArrayList<>();
    for (String name : chart.valueColumns()) {
      values.add(index(table, name));
    }
    List<List<ReleasedCell>> rows = new ArrayList<>();
    for (List<ReleasedCell> row : table.rows()) {
      if (row.get(category) instanceof ReleasedCell.Shown s && s.cell() instanceof Cell.Key) {
        rows.add(row);
      }
    }
    double max = 0;
    for (List<ReleasedCell> row : rows) {
      for (int v : values) {
        Double d = CellText.drawable(row.get(v));
        if (d != null && d > max) {
          max = d;
        }
      }
    }
    double scale = max > 0 ? BAR_AREA / max : 0;
    int legendHeight = LEGEND_ROW * values.size() + 8;
    int groupHeight = BAR_HEIGHT * values.size() + GROUP_GAP;
    int height = legendHeight + groupHeight * Math.max(rows.size(), 1) + 8;

    Element svg = new Element("svg")
        .attr("viewBox", "0 0 " + WIDTH + " " + height)
        .attr("width", Integer.toString(WIDTH))
        .attr("height", Integer.toString(height))
        .attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc")
        .attr("class", "chart");
    svg.appendElement("title").attr("id", id + "-title").text(chart.altText());
    svg.appendElement("desc").attr("id", id + "-desc").text(description(table, chart));
    Element defs = svg.appendElement("defs");
    for (int j = 0; j < values.size(); j++) {
      defs.appendChild(pattern(id + "-pattern-" + j, j));
    }

    Element legend = svg.appendElement("g").attr("class", "legend");
    for (int j = 0; j < values.size(); j++) {
      int y = 4 + LEGEND_ROW * j;
      legend.appendElement("rect").attr("x", "0").attr("y", Integer.toString(y))
          .attr("width", "16").attr("height", "16")
          .attr("fill", "url(#" + id + "-pattern-" + j + ")")
          .attr("stroke", "#1a1a1a");
      legend.appendElement("text").attr("x", "24").attr("y", Integer.toString(y + 13))
          .text(table.columns().get(values.get(j)).label());
    }

    Element bars = svg.appendElement("g").attr("class", "bars");
    for (int r = 0; r < rows.size(); r++) {
      List<ReleasedCell> row = rows.get(r);
      int top = legendHeight + r * groupHeight;
      String label = label(table, row, category);
      bars.appendElement("text").attr("x", Integer.toString(LABEL_WIDTH - 8))
          .attr("y", Integer.toString(top + BAR_HEIGHT - 5))
          .attr("text-anchor", "end").text(label);
      for (int j = 0; j < values.size(); j++) {
        ReleasedCell cell = row.get(values.get(j));
        Column column = table.columns().get(values.get(j));
        int y = top + j * BAR_HEIGHT;
        bar(bars, id, j, y, scale, cell, label + ", " + column.label());
      }
    }
    return svg;
  }

  private static void bar(
      Element bars, String id, int j, int y, double scale, ReleasedCell cell, String what) {
    String text = CellText.forPeople(cell);
    Double value = CellText.drawable(cell);
    int textY = y + BAR_HEIGHT - 5;
    if (CellText.isSuppressed(cell)) {
      Element gap = bars.appendElement("rect").attr("class", "suppressed-gap")
          .attr("x", Integer.toString(LABEL_WIDTH)).attr("y", Integer.toString(y + 2))
          .attr("width", "28").attr("height", Integer.toString(BAR_HEIGHT - 4))
          .attr("fill", "none").attr("stroke", "#1a1a1a").attr("stroke-dasharray", "3 2");
      gap.appendElement("title").text(what + ": suppressed");
      bars.appendElement("text").attr("x", Integer.toString(LABEL_WIDTH + 34))
          .attr("y", Integer.toString(textY)).text("* suppressed");
      return;
    }
    if (value == null) {
      bars.appendElement("text").attr("x", Integer.toString(LABEL_WIDTH))
          .attr("y", Integer.toString(textY)).text("no value");
      return;
    }
    long width = Math.round(Math.max(0, value) * scale);
    Element rect = bars.appendElement("rect").attr("class", "bar")
        .attr("x", Integer.toString(LABEL_WIDTH)).attr("y", Integer.toString(y + 2))
        .attr("width", Long.toString(width)).attr("height", Integer.toString(BAR_HEIGHT - 4))
        .attr("fill", "url(#" + id + "-pattern-" + j + ")").attr("stroke", "#1a1a1a");
    String shown = CellText.isUnreliable(cell) ? text + " (u)" : text;
    rect.appendElement("title").text(what + ": " + shown);
    bars.appendElement("text").attr("x", Long.toString(LABEL_WIDTH + width + 6))
        .attr("y", Integer.toString(textY)).text(shown);
  }

  private static Element pattern(String id, int j) {
    String colour = COLOURS[j % COLOURS.length];
    Element p = new Element("pattern").attr("id", id).attr("patternUnits", "userSpaceOnUse")
        .attr("width", "8").attr("height", "8");
    switch (j % 4) {
      case 0 -> p.appendElement("rect").attr("width", "8").attr("height", "8").attr("fill", colour);
      case 1 -> {
        p.appendElement("rect").attr("width", "8").attr("height", "8").attr("fill", "#ffffff");
        p.appendElement("path").attr("d", "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4")
            .attr("stroke", colour).attr("stroke-width", "2.5");
      }
      case 2 -> {
        p.appendElement("rect").attr("width", "8").attr("height", "8").attr("fill", "#ffffff");
        p.appendElement("circle").attr("cx", "4").attr("cy", "4").attr("r", "2.2").attr("fill", colour);
      }
      default -> {
        p.appendElement("rect").attr("width", "8").attr("height", "8").attr("fill", "#ffffff");
        p.appendElement("path").attr("d", "M0,4 h8 M4,0 v8").attr("stroke", colour)
            .attr("stroke-width", "2");
      }
    }
    return p;
  }

  private static String description(ReleasedTable table, Chart chart) {
    List<String> labels = new ArrayList<>();
    for (String name : chart.valueColumns()) {
      labels.add(table.columns().get(index(table, name)).label());
    }
    return "Bar chart of " + String.join(", ", labels) + " by "
        + table.columns().get(index(table, chart.categoryColumn())).label()
        + ". Suppressed values (*) are drawn as dashed empty gaps, not as zero."
        + " The same figures are in the table beside the chart.";
  }

  private static String label(ReleasedTable table, List<ReleasedCell> row, int category) {
    StringBuilder label = new StringBuilder(CellText.forPeople(row.get(category)));
    List<String> others = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      if (c != category && table.columns().get(c).kind() == ColumnKind.DIMENSION) {
        others.add(CellText.forPeople(row.get(c)));
      }
    }
    if (!others.isEmpty()) {
      label.append(" (").append(String.join(", ", others)).append(')');
    }
    return label.toString();
  }

  private static int index(ReleasedTable table, String name) {
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("the section checked that the chart's columns exist: " + name);
  }
}
