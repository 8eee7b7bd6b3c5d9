package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.render.Fixtures;
import io.coproduce.reporting.render.Renderers;
import io.coproduce.reporting.report.Publication;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  static Stream<Publication> publications() {
    return Stream.of(Fixtures.published(), Fixtures.internal(), Fixtures.publishedTwo());
  }

  private static List<String> lines(Publication p) {
    return Renderers.markdown().renderToString(p).lines().toList();
  }

  private static List<String> headings(Publication p) {
    return lines(p).stream().filter(l -> l.startsWith("#")).toList();
  }

  @ParameterizedTest
  @MethodSource("publications")
  void headingsStartAtOneAndNeverSkipALevel(Publication publication) {
    List<String> headings = headings(publication);

    assertThat(headings.get(0)).startsWith("# ");
    assertThat(headings.stream().filter(h -> h.startsWith("# "))).hasSize(1);
    int previous = 1;
    for (String h : headings) {
      int level = h.indexOf(' ');
      assertThat(level).as(h).isBetween(1, previous + 1);
      previous = level;
    }
  }

  @Test
  void namesTheReportSectionsAndNotes() {
    assertThat(headings(Fixtures.published())).containsExactly(
        "# Reach \\& equity \\<b\\>\"bold\"\\</b\\> 'quoted' \\| \\*star\\* #1",
        "## By age band",
        "### How these figures were protected",
        "## Forums \\<\\& notes\\>",
        "### How these figures were protected",
        "### Rules behind these figures");
    assertThat(headings(Fixtures.publishedTwo())).startsWith("# Reports").contains("## Consent", "### Coverage",
        "#### How these figures were protected");
  }

  @Test
  void writesEachTableAsAPipeTableWithOneRowPerReleasedRow() {
    List<String> lines = lines(Fixtures.published());
    int header = lines.indexOf("| Age band | Young people | Sessions | Share of sessions (%) |");

    assertThat(header).isPositive();
    assertThat(lines.subList(header + 1, header + 6)).containsExactly(
        "| --- | ---: | ---: | ---: |",
        "| 10-12 | \\* | 40 | \\* |",
        "| 13-15 | \\* | 50 | \\* |",
        "| 16-18 | 40 | 90 | 44.4 |",
        "| Total | 70 | 180 | 38.9 |");
    assertThat(lines).contains(
        "| \\=SUM(A1) | 10 | 4.5 (u) | Yes (u) | 10.25 | Tom \\& Jerry's \\<forum\\> |",
        "| Youth board | 30 |  | No |  |  |");
  }

  @Test
  void statesTheDisclosureAndEveryRuleWithItsSource() {
    String md = Renderers.markdown().renderToString(Fixtures.published());
    io.coproduce.reporting.disclosure.DisclosureStatement d =
        Fixtures.published().tables().get(0).disclosure();

    assertThat(md)
        .contains("Released for publication under: NHS England small-number rule. Cells shown as \\* are"
            + " suppressed: " + d.primary() + " small, " + d.secondary() + " to protect others, "
            + d.derived() + " derived from hidden counts; " + d.rounded() + " counts are shown rounded.")
        .contains("- **small-counts-suppressed**: Counts from 1 to 7 are shown as \\*; zero stays zero."
            + " Source: NHS England")
        .contains("- **reach.under-served**: A group is under-served")
        .contains("Source: Example coalition equity policy (2026) (organisation policy).")
        .contains("Figures marked (u) rest on few events")
        .contains("Chart: Young people and share of sessions by age band.");
  }

  @Test
  void anInternalPublicationOpensWithABanner() {
    List<String> internal = lines(Fixtures.internal());

    assertThat(internal.get(2)).startsWith("> **INTERNAL").contains("NOT FOR PUBLICATION");
    assertThat(String.join("\n", internal)).contains("Not for publication: INTERNAL");
    assertThat(lines(Fixtures.published())).noneMatch(l -> l.contains("NOT FOR PUBLICATION"));
  }

  @ParameterizedTest
  @MethodSource("publications")
  void rendersByteIdenticallyTwice(Publication publication) {
    assertThat(Renderers.markdown().renderToString(publication))
        .isEqualTo(Renderers.markdown().renderToString(publication))
        .doesNotContain("\r");
  }

  @Test
  void flushesTheWriterItIsGiven() throws java.io.IOException {
    java.io.StringWriter target = new java.io.StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target);

    Renderers.markdown().render(Fixtures.published(), buffered);

    assertThat(target.toString()).isEqualTo(Renderers.markdown().renderToString(Fixtures.published()));
  }

  @Test
  void writesTheSummaryAndSectionTextsAndCaptionsWithoutAnEmptyDescription() {
    List<String> lines = lines(Fixtures.published());

    assertThat(lines).contains(
        "Who takes part, against the people the services are for.",
        "Young people taking part in each age band.",
        "**People taking part, by age band** \u2013 Distinct young people and their sessions.",
        "**Reach \\& equity \\<b\\>\"bold\"\\</b\\> 'quoted' \\| \\*star\\* #1**");
  }

  @Test
  void aTableWithoutUnreliableFiguresGivesNoWarningAndAnInternalOneNoTallies() {
    String published = Renderers.markdown().renderToString(Fixtures.published());
    String internal = Renderers.markdown().renderToString(Fixtures.internal());
    String reachStatement = published.substring(published.indexOf("Released for publication"),
        published.indexOf("## Forums"));

    assertThat(reachStatement).doesNotContain("(u)");
    assertThat(internal).doesNotContain("Cells shown as").contains("Not for publication: INTERNAL");
  }
}
