package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.render.Fixtures;
import io.coproduce.reporting.render.Renderers;
import io.coproduce.reporting.report.Publication;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {

  static Stream<Publication> publications() {
    return Stream.of(Fixtures.published(), Fixtures.internal(), Fixtures.publishedTwo());
  }

  private static Document parse(Publication publication) {
    return Jsoup.parse(Renderers.html().renderToString(publication));
  }

  @ParameterizedTest
  @MethodSource("publications")
  void headingsStartAtH1AndNeverSkipALevel(Publication publication) {
    Elements headings = parse(publication).select("h1, h2, h3, h4, h5, h6");

    assertThat(headings.first().tagName()).isEqualTo("h1");
    assertThat(headings.select("h1")).hasSize(1);
    int previous = 1;
    for (Element h : headings) {
      int level = h.tagName().charAt(1) - '0';
      assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @ParameterizedTest
  @MethodSource("publications")
  void everyTableHasACaptionAndScopedHeaders(Publication publication) {
    Elements tables = parse(publication).select("table");

    assertThat(tables).hasSize(publication.tables().size());
    for (Element table : tables) {
      assertThat(table.select("> caption").text()).isNotBlank();
      assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
      assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
      assertThat(table.select("thead th")).hasSize(table.select("tbody tr").first().children().size());
    }
  }

  @ParameterizedTest
  @MethodSource("publications")
  void everyChartIsAnImageWithATitleAndDescriptionItNames(Publication publication) {
    Document doc = parse(publication);
    Elements svgs = doc.select("svg");

    assertThat(svgs).isNotEmpty();
    for (Element svg : svgs) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.select("> title").text()).isNotBlank();
      assertThat(svg.select("> desc").text()).isNotBlank();
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(doc.getElementById(id)).as(id).isNotNull();
      }
      // the data table is beside the chart, in the same pair
      assertThat(svg.closest(".figure-pair").select("table")).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("publications")
  void isSelfContainedWithoutScriptsOrExternalResources(Publication publication) {
    String html = Renderers.html().renderToString(publication);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("script, link, iframe, img, object, embed")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          assertThat(a.getValue()).startsWith("#");
        }
      }
    }
    assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("@import")
        .doesNotContain("url(http");
    assertThat(doc.select("style")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("publications")
  void isReadableOnAPhone(Publication publication) {
    Document doc = parse(publication);

    assertThat(doc.select("meta[name=viewport]").attr("content")).contains("width=device-width");
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("style").html()).contains("@media").contains("max-width:100%")
        .contains("overflow-x:auto");
  }

  @Test
  void anInternalPublicationCarriesAnUnmissableBanner() {
    Document internal = parse(Fixtures.internal());
    Document published = parse(Fixtures.published());

    Element banner = internal.body().child(0);
    assertThat(banner.hasClass("internal-banner")).isTrue();
    assertThat(banner.text()).contains("INTERNAL").contains("NOT FOR PUBLICATION");
    assertThat(internal.title()).contains("NOT FOR PUBLICATION");
    assertThat(internal.select("caption")).allSatisfy(c -> assertThat(c.text()).contains("NOT FOR PUBLICATION"));
    assertThat(published.select(".internal-banner")).isEmpty();
    assertThat(published.text()).doesNotContain("NOT FOR PUBLICATION");
  }

  @Test
  void suppressedValuesAreMarkedGapsNeverBarsOfZero() {
    Element svg = parse(Fixtures.published()).selectFirst("svg");

    // 10-12 and 13-15: young people and share suppressed; 16-18 drawn
    assertThat(svg.select("rect.suppressed-gap")).hasSize(4);
    assertThat(svg.select("rect.bar")).hasSize(2);
    assertThat(svg.select("rect.bar")).allSatisfy(r -> assertThat(r.attr("width")).isNotEqualTo("0"));
    assertThat(svg.select("g.bars text").eachText()).contains("* suppressed");
    assertThat(svg.select("rect.suppressed-gap")).allSatisfy(r -> {
      assertThat(r.attr("fill")).isEqualTo("none");
      assertThat(r.attr("stroke-dasharray")).isNotEmpty();
    });
  }

  @Test
  void suppressedCellsShowTheStarWithAnExplanation() {
    Element row = parse(Fixtures.published()).selectFirst("table tbody tr");

    assertThat(row.select("td.suppressed")).hasSize(2);
    assertThat(row.select("td.suppressed abbr").first().text()).isEqualTo("*");
    assertThat(row.select("td.suppressed abbr").first().attr("title")).contains("suppressed");
  }

  @Test
  void totalRowsAndUnreliableFiguresAreMarkedInTextNotOnlyByStyle() {
    Document doc = parse(Fixtures.published());

    Element total = doc.selectFirst("tr.total");
    assertThat(total.child(0).text()).isEqualTo("Total");
    assertThat(doc.select("abbr.unreliable").eachText()).containsOnly("(u)").hasSize(2);
    assertThat(doc.select("p.disclosure").text()).contains("(u) rest on few events");
  }

  @Test
  void eachSectionStatesItsDisclosureAndRulesWithSources() {
    Document doc = parse(Fixtures.published());
    Element section = doc.getElementById("section-forum-notes");

    assertThat(section.select("p.disclosure").text())
        .contains("NHS England small-number rule")
        .contains(Fixtures.published().tables().get(1).disclosure().rounded() + " counts are shown rounded");
    assertThat(section.select("ul.rules li").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("reach.under-served:").contains("(organisation policy)"))
        .anySatisfy(t -> assertThat(t).startsWith("small-counts-suppressed:").contains("NHS England"));
  }

  @Test
  void escapesTitlesLabelsAndTextsInsteadOfInterpretingThem() {
    String html = Renderers.html().renderToString(Fixtures.published());
    Document doc = Jsoup.parse(html);

    assertThat(doc.selectFirst("h1").text()).isEqualTo(Fixtures.TRICKY);
    assertThat(doc.select("h1 b, caption b, th b")).isEmpty();
    assertThat(doc.select("th").eachText()).contains("Forum <name>", "Members & friends");
    assertThat(doc.select("td").eachText()).contains("Tom & Jerry's <forum>");
    assertThat(html).contains("Reach &amp; equity &lt;b&gt;");
  }

  @Test
  void severalReportsAreArticlesUnderOneH1() {
    Document doc = parse(Fixtures.publishedTwo());

    assertThat(doc.selectFirst("h1").text()).isEqualTo("Reports");
    assertThat(doc.select("article > h2").eachText()).containsExactly(Fixtures.TRICKY, "Consent");
    assertThat(doc.select("article#report-consent section h3").eachText()).containsExactly("Coverage");
  }

  @ParameterizedTest
  @MethodSource("publications")
  void rendersByteIdenticallyTwice(Publication publication) {
    assertThat(Renderers.html().renderToString(publication))
        .isEqualTo(Renderers.html().renderToString(publication))
        .startsWith("<!doctype html>")
        .doesNotContain("\r");
  }

  @Test
  void idsAreUniqueInTheDocument() {
    Document doc = parse(Fixtures.publishedTwo());
    List<String> ids = doc.select("[id]").eachAttr("id");

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void numericColumnsAreAlignedAsNumbersAndOthersAreNot() {
    Element row = parse(Fixtures.internal()).getElementById("table-forum-notes").selectFirst("tbody tr");

    // forum (dimension), members (count), median (measure), flag, target (value), note (text)
    assertThat(row.children().stream().map(e -> e.hasClass("num")).toList())
        .containsExactly(false, true, true, false, true, false);
    assertThat(parse(Fixtures.internal()).getElementById("table-reach-by-age-band")
        .selectFirst("tbody tr").children().stream().map(e -> e.hasClass("num")).toList())
        .containsExactly(false, true, true, true);
  }

  @Test
  void theRowHeaderIsTheFirstDimensionWhereverItStands() {
    io.coproduce.reporting.table.Table t = io.coproduce.reporting.table.Table.builder(
            io.coproduce.reporting.table.TableId.of("dimension-second"), "Dimension second")
        .columns(io.coproduce.reporting.table.Column.text("note", "Note"),
            io.coproduce.reporting.table.Column.dimension("forum", "Forum"),
            io.coproduce.reporting.table.Column.dimension("layer", "Layer"))
        .row(io.coproduce.reporting.table.Cell.text("n"), io.coproduce.reporting.table.Cell.key("f"),
            io.coproduce.reporting.table.Cell.key("l"))
        .build();
    io.coproduce.reporting.table.Table none = io.coproduce.reporting.table.Table.builder(
            io.coproduce.reporting.table.TableId.of("no-dimension"), "No dimension")
        .columns(io.coproduce.reporting.table.Column.count("count", "Count"))
        .row(io.coproduce.reporting.table.Cell.count(10))
        .build();
    io.coproduce.reporting.report.Report report = io.coproduce.reporting.report.Report.of(
        io.coproduce.reporting.report.ReportId.of("shapes"), "Shapes", "", Fixtures.AS_OF,
        List.of(io.coproduce.reporting.report.Section.of("A", "", t, List.of()),
            io.coproduce.reporting.report.Section.of("B", "", none, List.of())));
    Document doc = parse(Publication.internalNotForPublication(List.of(report)));

    Element row = doc.getElementById("table-dimension-second").selectFirst("tbody tr");
    assertThat(row.children().stream().map(e -> e.attr("scope")).toList()).containsExactly("", "row", "");
    assertThat(row.children().stream().map(Element::tagName).toList()).containsExactly("td", "th", "td");
    assertThat(doc.getElementById("table-no-dimension").select("tbody th")).isEmpty();
    // blank texts give no empty paragraphs
    assertThat(doc.select("p")).noneMatch(p -> p.text().isBlank());
  }

  @Test
  void writesTheSummaryTextsAndANewlineAtTheEnd() throws java.io.IOException {
    java.io.StringWriter target = new java.io.StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target);

    Renderers.html().render(Fixtures.published(), buffered);

    assertThat(target.toString()).endsWith("</html>\n");
    Document doc = Jsoup.parse(target.toString());
    assertThat(doc.select("main > p").eachText())
        .containsExactly("Who takes part, against the people the services are for.", "As of 2026-11-30T12:00:00Z.");
    assertThat(doc.select("#section-reach-by-age-band > p").first().text())
        .isEqualTo("Young people taking part in each age band.");
  }

  @Test
  void anInternalStatementGivesNoTalliesAndATableWithoutUnreliableFiguresNoWarning() {
    Document internal = parse(Fixtures.internal());
    Document published = parse(Fixtures.published());

    assertThat(internal.select("p.disclosure").first().text())
        .startsWith("Not for publication: INTERNAL").doesNotContain("Cells shown as");
    assertThat(published.select("#section-reach-by-age-band p.disclosure").text()).doesNotContain("(u)");
    assertThat(published.select("#section-forum-notes p.disclosure").text()).contains("(u)");
  }
}
