package io.coproduce.reporting.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.ReportId;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Small reports for the renderer tests: a reach table with a total row, a small count (so
 * primary, secondary and derived suppression all happen) and a bar chart; a table of every
 * other kind of cell, with texts that need escaping and a key that looks like a spreadsheet
 * formula; and the JSON Schema validator the tests share.
 */
public final class Fixtures {

  /** The instant every report reflects. */
  public static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

  /** A title with characters every format must escape. */
  public static final String TRICKY = "Reach & equity <b>\"bold\"</b> 'quoted' | *star* #1";

  /** A rule behind a flag, with its source. */
  public static final Reason UNDER_SERVED =
      Reason.of(
          "reach.under-served",
          "A group is under-served when its share of participants is below 80% of its share of"
              + " the reference population.",
          RuleSource.organisationPolicy("Example coalition equity policy (2026)"));

  /** A rule defining a measure. */
  public static final Reason MEDIAN =
      Reason.of(
          "influence.median-days",
          "The median number of days from a contribution to feedback.",
          RuleSource.libraryDefault("Coproduce influence report"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** Young people by age band with a total row; the 10-12 count is 3 (suppressed). */
  public static Table reachTable() {
    return Table.builder(TableId.of("reach-by-age-band"), "People taking part, by age band")
        .description("Distinct young people and their sessions.")
        .columns(
            Column.dimension("age_band", "Age band"),
            Column.count("young_people_count", "Young people"),
            Column.count("sessions_count", "Sessions"),
            Column.percent("share_percent", "Share of sessions (%)", "young_people_count", "sessions_count"))
        .row(Cell.key("10-12"), Cell.count(3), Cell.count(40), Cell.number(7.5))
        .row(Cell.key("13-15"), Cell.count(24), Cell.count(50), Cell.number(48))
        .row(Cell.key("16-18"), Cell.count(41), Cell.count(90), Cell.number(45.6))
        .row(Cell.total(), Cell.count(68), Cell.count(180), Cell.number(37.8))
        .build();
  }

  /** One row of every other kind of cell, with texts that need escaping. */
  public static Table kindsTable() {
    return Table.builder(TableId.of("forum-notes"), TRICKY)
        .columns(
            Column.dimension("forum", "Forum <name>"),
            Column.count("members_count", "Members & friends"),
            Column.measure("median_days", "Median days", MEDIAN, "members_count"),
            Column.flag("under_served", "Under-served", UNDER_SERVED, "members_count"),
            Column.value("target", "Target"),
            Column.text("note", "Note"))
        .row(Cell.key("=SUM(A1)"), Cell.count(12), Cell.number(4.5), Cell.flag(true),
            Cell.number(10.25), Cell.text("Tom & Jerry's <forum>"))
        .row(Cell.key("Youth board"), Cell.count(30), Cell.empty(), Cell.flag(false),
            Cell.empty(), Cell.empty())
        .build();
  }

  /** A report of both tables; the reach section has a bar chart. */
  public static Report report() {
    return Report.of(
        ReportId.of("reach"),
        TRICKY,
        "Who takes part, against the people the services are for.",
        AS_OF,
        List.of(
            Section.charted(
                "By age band",
                "Young people taking part in each age band.",
                reachTable(),
                Chart.bar("age_band", "Young people and share of sessions by age band.",
                    "young_people_count", "share_percent"),
                List.of()),
            Section.of("Forums <& notes>", "", kindsTable(), List.of(UNDER_SERVED, MEDIAN))));
  }

  /** A second report, so a publication holds two. */
  public static Report otherReport() {
    Table t = Table.builder(TableId.of("consent-coverage"), "Consent coverage")
        .columns(Column.dimension("purpose", "Purpose"), Column.count("given_count", "Given"))
        .row(Cell.key("Photography"), Cell.count(55))
        .row(Cell.key("Video"), Cell.count(0))
        .build();
    return Report.of(ReportId.of("consent"), "Consent", "Consent by purpose.", AS_OF,
        List.of(Section.of("Coverage", "What young people agreed to.", t, List.of())));
  }

  /** The report published under the NHS rule. */
  public static Publication published() {
    return Publication.publish(List.of(report()), DisclosurePolicy.nhsDefault());
  }

  /** Both reports published under the NHS rule. */
  public static Publication publishedTwo() {
    return Publication.publish(List.of(report(), otherReport()), DisclosurePolicy.nhsDefault());
  }

  /** The report released internally, with exact figures. */
  public static Publication internal() {
    return Publication.internalNotForPublication(List.of(report()));
  }

  /** A JSON Schema from its text, with format assertions on. */
  public static JsonSchema schema(String text) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
  }

  /** What validating {@code json} against {@code schema} finds (empty when valid). */
  public static Set<ValidationMessage> problems(JsonSchema schema, String json) {
    return schema.validate(tree(json));
  }

  /** The JSON tree of {@code json}. */
  public static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
