package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.coproduce.reporting.consent.ConsentReport;
import io.coproduce.reporting.consent.ConsentReportTest;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.influence.InfluenceReport;
import io.coproduce.reporting.influence.InfluenceReportTest;
import io.coproduce.reporting.quality.QualityReport;
import io.coproduce.reporting.quality.QualityReportTest;
import io.coproduce.reporting.reach.EquityPolicy;
import io.coproduce.reporting.reach.ReachReport;
import io.coproduce.reporting.reach.ReachReportTest;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.ReleasedReport;
import io.coproduce.reporting.report.ReleasedSection;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.safeguarding.SafeguardingReport;
import io.coproduce.reporting.safeguarding.SafeguardingReportTest;
import io.coproduce.reporting.strategy.StrategyReport;
import io.coproduce.reporting.strategy.StrategyReportTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard report of the module (reach, influence, consent, safeguarding, participation
 * quality, strategic indicators), built from the small inputs of each report's own tests,
 * released together for publication under the NHS rule and internally, rendered to HTML and
 * parsed back with jsoup to check the document's structure; and the same publications rendered
 * to JSON and checked against the shipped schema.
 */
class StandardReportsHtmlTest {

  private static final JsonSchema REPORT_JSON = Fixtures.schema(JsonSchemas.reportJson());

  private static List<Report> reports;
  private static Publication published;
  private static Publication internal;
  private static Document publishedHtml;
  private static Document internalHtml;

  @BeforeAll
  static void renderEveryStandardReport() {
    ConsentReportTest consent = new ConsentReportTest();
    reports = List.of(
        ReachReport.of(ReachReportTest.tally(3, 2), ReachReportTest.halves(), EquityPolicy.defaults(),
            ReachReportTest.AS_OF).report(),
        InfluenceReportTest.report().report(),
        consent.report(consent.world(), 30),
        SafeguardingReportTest.report(),
        QualityReportTest.report(),
        StrategyReportTest.report());
    published = Publication.publish(reports, DisclosurePolicy.nhsDefault());
    internal = Publication.internalNotForPublication(reports);
    publishedHtml = Jsoup.parse(Renderers.html().renderToString(published));
    internalHtml = Jsoup.parse(Renderers.html().renderToString(internal));
  }

  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of("published", published, publishedHtml),
        Arguments.of("internal", internal, internalHtml));
  }

  @Test
  void theFixturesCoverEveryStandardReport() {
    assertThat(reports).extracting(Report::id).containsExactly(ReachReport.ID, InfluenceReport.ID,
        ConsentReport.ID, SafeguardingReport.ID, QualityReport.ID, StrategyReport.ID);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void hasExactlyOneH1AndHeadingsNeverSkipALevel(String name, Publication p, Document doc) {
    Elements headings = doc.select("h1, h2, h3, h4, h5, h6");

    assertThat(doc.select("h1")).hasSize(1);
    assertThat(headings.first().tagName()).isEqualTo("h1");
    int previous = 1;
    for (Element h : headings.subList(1, headings.size())) {
      int level = h.tagName().charAt(1) - '0';
      assertThat(level).as("%s after h%d", h.text(), previous).isBetween(2, previous + 1);
      previous = level;
    }
    assertThat(headings.stream().map(Element::tagName).distinct()).contains("h2", "h3", "h4");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void eachReportIsOneArticleUnderItsTitleWithOneSectionPerSectionUnderItsTitle(
      String name, Publication p, Document doc) {
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Reports");
    assertThat(doc.select("main > article")).hasSize(p.reports().size());
    for (ReleasedReport report : p.reports()) {
      Element article = doc.getElementById("report-" + report.id().value());
      assertThat(article).as(report.id().value()).isNotNull();
      assertThat(article.tagName()).isEqualTo("article");
      assertThat(article.select("> h2").eachText()).containsExactly(report.title());
      assertThat(article.select("> section")).hasSize(report.sections().size());
      assertThat(article.select("> section > h3").eachText())
          .containsExactlyElementsOf(report.sections().stream().map(ReleasedSection::title).toList());
      for (ReleasedSection s : report.sections()) {
        Element section = article.getElementById("section-" + s.table().id().value());
        assertThat(section).as(s.table().id().value()).isNotNull();
        assertThat(section.attr("aria-labelledby")).isEqualTo(section.selectFirst("> h3").id());
        assertThat(section.select("table")).hasSize(1);
        assertThat(section.selectFirst("table").id()).isEqualTo("table-" + s.table().id().value());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void everyTableHasACaptionAndScopedHeaders(String name, Publication p, Document doc) {
    Elements tables = doc.select("table");

    assertThat(tables).hasSize(p.tables().size());
    for (ReleasedTable t : p.tables()) {
      Element table = doc.getElementById("table-" + t.id().value());
      assertThat(table.select("> caption")).hasSize(1);
      assertThat(table.selectFirst("> caption").text()).startsWith(t.title());
      Elements columnHeaders = table.select("thead th");
      assertThat(columnHeaders).hasSize(t.columns().size());
      assertThat(columnHeaders).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
      assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
      assertThat(table.select("tbody tr")).hasSize(t.rows().size())
          .allSatisfy(tr -> assertThat(tr.children()).hasSize(t.columns().size()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void everyChartedSectionHasAnAccessibleSvgWithItsDataTableBeside(String name, Publication p, Document doc) {
    int charted = 0;
    for (ReleasedReport report : p.reports()) {
      for (ReleasedSection s : report.sections()) {
        Element section = doc.getElementById("section-" + s.table().id().value());
        Elements svgs = section.select("svg");
        if (s.chart().isEmpty()) {
          assertThat(svgs).as(s.title()).isEmpty();
          continue;
        }
        charted++;
        assertThat(svgs).as(s.title()).hasSize(1);
        Element svg = svgs.first();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(hasTitle(svg) || labelledByResolves(doc, svg)).as(s.title()).isTrue();
        if (svg.hasAttr("aria-labelledby")) {
          assertThat(labelledByResolves(doc, svg)).as(s.title()).isTrue();
        }
        assertThat(svg.select("> title").text()).isEqualTo(s.chart().get().altText());
        Element pair = svg.closest(".figure-pair");
        assertThat(pair).as(s.title()).isNotNull();
        assertThat(pair.select("table")).hasSize(1);
        assertThat(pair.selectFirst("table").id()).isEqualTo("table-" + s.table().id().value());
      }
    }
    // each standard report draws at least one chart, so every report's charts were checked
    assertThat(p.reports())
        .allSatisfy(r -> assertThat(r.sections()).anySatisfy(s -> assertThat(s.chart()).isPresent()));
    assertThat(doc.select("svg")).hasSize(charted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void isSelfContainedWithoutScriptsOrExternalResources(String name, Publication p, Document doc) {
    assertThat(doc.select("script, link[rel~=(?i)stylesheet], iframe, img, object, embed")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().endsWith(":href")) {
          assertThat(a.getValue().trim()).as(e.tagName() + " " + a.getKey())
              .doesNotStartWithIgnoringCase("http").doesNotStartWith("//");
        }
      }
    }
    assertThat(doc.select("style").html()).doesNotContain("@import").doesNotContain("url(http")
        .doesNotContain("url(//");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void hasAPhoneViewport(String name, Publication p, Document doc) {
    assertThat(doc.select("head meta[name=viewport]")).hasSize(1);
    assertThat(doc.selectFirst("head meta[name=viewport]").attr("content"))
        .contains("width=device-width").contains("initial-scale=1");
  }

  @Test
  void suppressedCellsShowAStarExactlyWhereThePolicyHidThemAndOnlyInThePublishedRendering() {
    int suppressed = 0;
    for (ReleasedTable t : published.tables()) {
      List<List<String>> shown = bodyTexts(publishedHtml, t);
      for (int r = 0; r < t.rows().size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          boolean hidden = t.rows().get(r).get(c) instanceof ReleasedCell.Suppressed;
          String where = t.id().value() + " row " + r + " column " + t.columns().get(c).name();
          if (hidden) {
            suppressed++;
            assertThat(shown.get(r).get(c)).as(where).isEqualTo(ReleasedCell.SUPPRESSED_MARK);
          } else {
            assertThat(shown.get(r).get(c)).as(where).isNotEqualTo(ReleasedCell.SUPPRESSED_MARK);
          }
        }
      }
    }
    // the small inputs do hold counts from 1 to 7, so the check above is not vacuous
    assertThat(suppressed).isPositive();
    assertThat(publishedHtml.select("td.suppressed, th.suppressed")).hasSize(suppressed);
    assertThat(internalHtml.select(".suppressed")).isEmpty();
    for (ReleasedTable t : internal.tables()) {
      assertThat(bodyTexts(internalHtml, t)).as(t.id().value())
          .allSatisfy(row -> assertThat(row).doesNotContain(ReleasedCell.SUPPRESSED_MARK));
    }
  }

  @Test
  void theInternalRenderingCarriesItsNotForPublicationBannerAndThePublishedOneDoesNot() {
    Element banner = internalHtml.body().child(0);

    assertThat(banner.hasClass("internal-banner")).isTrue();
    assertThat(banner.text()).contains("INTERNAL").contains("NOT FOR PUBLICATION");
    assertThat(internalHtml.title()).contains("NOT FOR PUBLICATION");
    assertThat(internalHtml.select("caption"))
        .hasSize(internal.tables().size())
        .allSatisfy(c -> assertThat(c.text()).contains("NOT FOR PUBLICATION"));
    assertThat(publishedHtml.select(".internal-banner")).isEmpty();
    assertThat(publishedHtml.text()).doesNotContain("NOT FOR PUBLICATION");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void idsAreUniqueAcrossAllTheReports(String name, Publication p, Document doc) {
    assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }

  @Test
  void theSamePublicationsRenderToJsonValidAgainstTheShippedSchema() {
    for (Publication p : List.of(published, internal)) {
      String json = Renderers.json().renderToString(p);

      assertThat(Fixtures.problems(REPORT_JSON, json)).isEmpty();
      JsonNode root = Fixtures.tree(json);
      assertThat(root.get("forPublication").asBoolean()).isEqualTo(p.forPublication());
      List<String> ids = new ArrayList<>();
      root.get("reports").forEach(r -> ids.add(r.get("id").asText()));
      assertThat(ids).containsExactlyElementsOf(p.reports().stream().map(r -> r.id().value()).toList());
    }
  }

  private static boolean hasTitle(Element svg) {
    Element title = svg.selectFirst("> title");
    return title != null && !title.text().isBlank();
  }

  private static boolean labelledByResolves(Document doc, Element svg) {
    String ids = svg.attr("aria-labelledby").trim();
    if (ids.isEmpty()) {
      return false;
    }
    for (String id : ids.split("\\s+")) {
      Element target = doc.getElementById(id);
      if (target == null || target.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The text of each body cell of {@code t}'s HTML table, row by row. */
  private static List<List<String>> bodyTexts(Document doc, ReleasedTable t) {
    Element table = doc.getElementById("table-" + t.id().value());
    return table.select("tbody tr").stream()
        .map(tr -> tr.children().stream().map(Element::text).toList())
        .toList();
  }
}
