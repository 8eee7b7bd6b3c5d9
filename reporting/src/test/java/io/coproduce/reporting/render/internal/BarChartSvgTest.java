package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.render.Fixtures;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.HashSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BarChartSvgTest {

  private static final Chart CHART = Chart.bar("age_band", "People by age band.", "young_people_count", "share_percent");

  private static Element internalChart() {
    ReleasedTable t = DisclosurePolicy.internalNotForPublication(Fixtures.reachTable());
    return BarChartSvg.svg(t, CHART);
  }

  @Test
  void drawsOneBarPerCategoryAndValueColumnButNotTheTotal() {
    Element svg = internalChart();

    assertThat(svg.select("rect.bar")).hasSize(6);
    assertThat(svg.select("g.bars > text[text-anchor=end]").eachText()).containsExactly("10-12", "13-15", "16-18");
  }

  @Test
  void scalesBarsToTheLargestValueDrawn() {
    List<String> widths = internalChart().select("rect.bar").eachAttr("width");

    // 3, 7.5, 24, 48, 41, 45.6 over a 340-wide area, the largest (48) filling it
    assertThat(widths).containsExactly("21", "53", "170", "340", "290", "323");
  }

  @Test
  void labelsEveryBarWithItsValueAndATooltip() {
    Element svg = internalChart();

    assertThat(svg.select("g.bars > text:not([text-anchor])").eachText())
        .containsExactly("3", "7.5", "24", "48", "41", "45.6");
    assertThat(svg.select("rect.bar > title").first().text()).isEqualTo("10-12, Young people: 3");
  }

  @Test
  void valueColumnsDifferByPatternAndAreNamedInALegend() {
    Element svg = internalChart();
    List<String> fills = svg.select("rect.bar").eachAttr("fill");

    assertThat(new HashSet<>(fills)).hasSize(2);
    assertThat(svg.select("defs > pattern")).hasSize(2);
    assertThat(svg.select("defs > pattern").get(1).select("path")).isNotEmpty();
    assertThat(svg.select("g.legend text").eachText()).containsExactly("Young people", "Share of sessions (%)");
  }

  @Test
  void missingValuesAreSaidNotDrawnAndNegativeValuesDrawNoBar() {
    Table t = Table.builder(TableId.of("signed"), "Signed values")
        .columns(Column.dimension("k", "Key"), Column.value("change", "Change"))
        .row(Cell.key("down"), Cell.number(-4))
        .row(Cell.key("none"), Cell.empty())
        .row(Cell.key("up"), Cell.number(8))
        .build();
    Element svg = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(t), Chart.bar("k", "Change.", "change"));

    assertThat(svg.select("rect.bar").eachAttr("width")).containsExactly("0", "340");
    assertThat(svg.select("g.bars > text").eachText()).containsExactly("down", "-4", "none", "no value", "up", "8");
  }

  @Test
  void aChartOfOnlyZerosOrNoRowsStillHasItsSize() {
    Table t = Table.builder(TableId.of("zeros"), "Zeros")
        .columns(Column.dimension("k", "Key"), Column.count("count", "Count"))
        .row(Cell.key("a"), Cell.count(0))
        .build();
    Table none = Table.builder(TableId.of("none"), "None")
        .columns(Column.dimension("k", "Key"), Column.count("count", "Count"))
        .build();
    Element zeros = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(t), Chart.bar("k", "Zero.", "count"));
    Element empty = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(none), Chart.bar("k", "None.", "count"));

    assertThat(zeros.select("rect.bar").eachAttr("width")).containsExactly("0");
    assertThat(zeros.attr("height")).isEqualTo("66");
    assertThat(empty.attr("height")).isEqualTo("66");
    assertThat(empty.attr("viewbox")).isEqualTo("0 0 640 66");
  }

  @Test
  void labelsRowsWithTheirOtherDimensions() {
    Table t = Table.builder(TableId.of("two-dims"), "Two dimensions")
        .columns(Column.dimension("layer", "Layer"), Column.dimension("org", "Organisation"),
            Column.count("people_count", "People"))
        .row(Cell.key("Local"), Cell.key("North"), Cell.count(20))
        .row(Cell.key("Local"), Cell.key("South"), Cell.count(30))
        .row(Cell.key("Local"), Cell.total(), Cell.count(50))
        .build();
    Element svg = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(t), Chart.bar("org", "People.", "people_count"));

    assertThat(svg.select("g.bars > text[text-anchor=end]").eachText()).containsExactly("North (Local)", "South (Local)");
  }

  @Test
  void patternsCycleThroughFourDistinctFills() {
    Table t = Table.builder(TableId.of("five"), "Five columns")
        .columns(Column.dimension("k", "Key"), Column.value("a", "A"), Column.value("b", "B"),
            Column.value("c", "C"), Column.value("d", "D"), Column.value("e", "E"))
        .row(Cell.key("x"), Cell.number(1), Cell.number(2), Cell.number(3), Cell.number(4), Cell.number(5))
        .build();
    Element svg = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(t), Chart.bar("k", "All.", "a", "b", "c", "d", "e"));
    List<Element> patterns = svg.select("defs > pattern");

    assertThat(patterns).hasSize(5);
    assertThat(patterns.get(0).select("rect").attr("fill")).isEqualTo("#1f4e79");
    assertThat(patterns.get(1).select("path")).hasSize(1);
    assertThat(patterns.get(2).select("circle")).hasSize(1);
    assertThat(patterns.get(3).select("path").attr("d")).isEqualTo("M0,4 h8 M4,0 v8");
    assertThat(patterns.get(4).select("rect").attr("fill")).isEqualTo("#1f4e79");
    assertThat(patterns.get(4).select("path, circle")).isEmpty();
  }

  @Test
  void laysOutTheLegendThenOneGroupOfBarsPerCategory() {
    Element svg = internalChart();

    // two value columns: a 52-high legend, then three groups of 46 (two 18-high bars and a gap)
    assertThat(svg.attr("height")).isEqualTo("198");
    assertThat(svg.attr("viewbox")).isEqualTo("0 0 640 198");
    assertThat(svg.select("g.legend rect").eachAttr("y")).containsExactly("4", "26");
    assertThat(svg.select("g.legend text").eachAttr("y")).containsExactly("17", "39");
    assertThat(svg.select("g.legend text").eachAttr("x")).containsExactly("24", "24");
    assertThat(svg.select("g.bars > text[text-anchor=end]").eachAttr("y")).containsExactly("65", "111", "157");
    assertThat(svg.select("g.bars > text[text-anchor=end]").eachAttr("x")).containsOnly("192");
    assertThat(svg.select("rect.bar").eachAttr("y")).containsExactly("54", "72", "100", "118", "146", "164");
    assertThat(svg.select("rect.bar").eachAttr("height")).containsOnly("14");
    assertThat(svg.select("rect.bar").eachAttr("x")).containsOnly("200");
    assertThat(svg.select("g.bars > text:not([text-anchor])").eachAttr("x"))
        .containsExactly("227", "259", "376", "546", "496", "529");
    assertThat(svg.select("g.bars > text:not([text-anchor])").eachAttr("y"))
        .containsExactly("65", "83", "111", "129", "157", "175");
  }

  @Test
  void placesSuppressionGapsWhereTheirBarsWouldBe() {
    ReleasedTable published = DisclosurePolicy.nhsDefault().publish(Fixtures.reachTable());
    Element svg = BarChartSvg.svg(published, CHART);

    assertThat(svg.select("rect.suppressed-gap").eachAttr("y")).containsExactly("54", "72", "100", "118");
    assertThat(svg.select("rect.suppressed-gap").eachAttr("x")).containsOnly("200");
    assertThat(svg.select("rect.suppressed-gap").eachAttr("width")).containsOnly("28");
    assertThat(svg.select("rect.suppressed-gap").eachAttr("height")).containsOnly("14");
    assertThat(svg.select("rect.suppressed-gap > title").first().text()).isEqualTo("10-12, Young people: suppressed");
    Element gapText = svg.select("g.bars > text").get(1);
    assertThat(gapText.text()).isEqualTo("* suppressed");
    assertThat(gapText.attr("x")).isEqualTo("234");
    assertThat(gapText.attr("y")).isEqualTo("65");
    // 16-18 is drawn: 40 of the largest shown value (44.4)
    assertThat(svg.select("rect.bar").eachAttr("width")).containsExactly("306", "340");
  }

  @Test
  void missingValuesAreSaidWhereTheBarWouldStart() {
    Table t = Table.builder(TableId.of("gaps"), "Gaps")
        .columns(Column.dimension("k", "Key"), Column.value("v", "Value"))
        .row(Cell.key("a"), Cell.empty())
        .build();
    Element text = BarChartSvg.svg(DisclosurePolicy.nhsDefault().publish(t), Chart.bar("k", "Gaps.", "v"))
        .select("g.bars > text").get(1);

    assertThat(text.text()).isEqualTo("no value");
    assertThat(text.attr("x")).isEqualTo("200");
    assertThat(text.attr("y")).isEqualTo("43");
  }
}
