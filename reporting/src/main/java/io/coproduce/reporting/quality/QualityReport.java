package io.coproduce.reporting.quality;

import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.quality.ElementStatus;
import io.coproduce.participation.quality.HartRung;
import io.coproduce.participation.quality.LundyElement;
import io.coproduce.participation.quality.QualityRules;
import io.coproduce.participation.quality.ShierLevel;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.ReportId;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The standard participation-quality report across processes and forums: each one's Lundy
 * elements, Hart rung and Shier level with any tokenism, decoration or manipulation concerns, and
 * how many processes and forums reached each status, rung and level. The figures count processes
 * and forums, not people, so they are values; the findings behind them are the participation
 * module's ({@link io.coproduce.participation.quality.ParticipationQuality}), each rule citing its
 * source. Stateless and thread-safe.
 */
public final class QualityReport {

  /** The report's id. */
  public static final ReportId ID = ReportId.of("participation-quality");

  /** The id of the table of processes and forums. */
  public static final TableId BY_SCOPE = TableId.of("quality-by-scope");

  /** The id of the table of Lundy elements. */
  public static final TableId LUNDY = TableId.of("quality-lundy");

  /** The id of the table of Hart's rungs. */
  public static final TableId HART = TableId.of("quality-hart");

  /** The id of the table of Shier's levels. */
  public static final TableId SHIER = TableId.of("quality-shier");

  /** The key of the row for processes and forums where no young person took part. */
  static final String NONE = "No participation";

  /** The rule for Lundy's elements. */
  public static final Reason LUNDY_RULE = Reason.of("report.quality.lundy",
      "Each element of the Lundy model (space, voice, audience, influence) is met, partly met or not"
          + " met, computed from the records; a declaration never raises it above what they show",
      QualityRules.LUNDY_SOURCE);

  /** The rule for Hart's ladder. */
  public static final Reason HART_RULE = Reason.of(QualityRules.HART_RUNG,
      "The rung of Hart's ladder reached, inferred from who initiated the work and how young people"
          + " took part in decisions; none where no young person took part",
      QualityRules.HART_SOURCE);

  /** The rule for Shier's pathways. */
  public static final Reason SHIER_RULE = Reason.of(QualityRules.SHIER_LEVEL,
      "The highest of Shier's five levels the records show", QualityRules.SHIER_SOURCE);

  /** The rule for the concerns column. */
  public static final Reason CONCERNS_RULE = Reason.of("report.quality.concerns",
      "Concerns are the rules of the tokenism, decoration and manipulation findings raised for the"
          + " process or forum",
      RuleSource.libraryDefault("Coproduce participation quality: findings of non-participation (after Hart 1992)"));

  private QualityReport() {}

  /**
   * The participation-quality report as of {@code asOf}.
   *
   * @param results one result per process or forum, in the order to show them; none twice
   * @param asOf the instant the assessments were made at
   * @throws InvalidInputException naming {@code results} when a process or forum appears twice
   */
  public static Report of(Collection<QualityResult> results, Instant asOf) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(asOf, "asOf");
    Set<String> seen = new HashSet<>();
    for (QualityResult r : results) {
      Objects.requireNonNull(r, "result");
      if (!seen.add(kind(r) + ' ' + r.label())) {
        throw InvalidInputException.of("results", "must not hold the same process or forum twice", r.label());
      }
    }
    List<Section> sections = List.of(byScope(results), lundy(results), hart(results), shier(results));
    return Report.of(ID, "Participation quality",
        "How well young people's participation meets the Lundy model, and the rung of Hart's ladder and"
            + " level of Shier's pathways reached, across processes and forums.",
        asOf, sections);
  }

  private static String kind(QualityResult r) {
    return r.scope().isProcess() ? "Process" : "Forum";
  }

  private static Section byScope(Collection<QualityResult> results) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.dimension("kind", "Process or forum"));
    columns.add(Column.dimension("scope", "Name"));
    for (LundyElement e : LundyElement.values()) {
      columns.add(Column.text(e.label(), "Lundy: " + e.label()));
    }
    columns.add(Column.value("hart_rung", "Hart's rung"));
    columns.add(Column.text("hart_label", "Hart's ladder"));
    columns.add(Column.value("shier_level", "Shier's level"));
    columns.add(Column.text("concerns", "Concerns"));
    Table.Builder b = Table.builder(BY_SCOPE, "Quality of each process and forum")
        .description("The Lundy elements, Hart rung and Shier level of each process and forum.")
        .columns(columns);
    for (QualityResult r : results) {
      List<Cell> row = new ArrayList<>();
      row.add(key(kind(r)));
      row.add(key(r.label()));
      for (LundyElement e : LundyElement.values()) {
        row.add(Cell.text(r.lundy().get(e).label()));
      }
      row.add(r.hart().<Cell>map(h -> Cell.number(h.number())).orElse(Cell.empty()));
      row.add(Cell.text(r.hart().map(HartRung::label).orElse(NONE)));
      row.add(r.shier().<Cell>map(s -> Cell.number(s.number())).orElse(Cell.empty()));
      row.add(r.concerns().isEmpty() ? Cell.empty() : Cell.text(String.join(", ", r.concerns())));
      b.row(row);
    }
    return Section.of("Each process and forum", "", b.build(), List.of(LUNDY_RULE, HART_RULE, SHIER_RULE, CONCERNS_RULE));
  }

  private static Section lundy(Collection<QualityResult> results) {
    Table.Builder b = Table.builder(LUNDY, "Lundy elements met")
        .description("How many processes and forums meet each element of the Lundy model.")
        .columns(Column.dimension("element", "Element"), Column.value("met", "Met"),
            Column.value("partly_met", "Partly met"), Column.value("not_met", "Not met"),
            Column.value("assessed", "Assessed"));
    for (LundyElement e : LundyElement.values()) {
      long[] n = new long[ElementStatus.values().length];
      for (QualityResult r : results) {
        n[r.lundy().get(e).ordinal()]++;
      }
      b.row(key(e.label()), Cell.number(n[ElementStatus.MET.ordinal()]),
          Cell.number(n[ElementStatus.PARTLY_MET.ordinal()]), Cell.number(n[ElementStatus.NOT_MET.ordinal()]),
          Cell.number(results.size()));
    }
    return Section.charted("Lundy model", "Space, voice, audience and influence across processes and forums.",
        b.build(), Chart.bar("element", "Bar chart of processes and forums meeting, partly meeting and not"
            + " meeting each Lundy element.", "met", "partly_met", "not_met"),
        List.of(LUNDY_RULE));
  }

  private static Section hart(Collection<QualityResult> results) {
    Table.Builder b = Table.builder(HART, "Hart's ladder")
        .description("How many processes and forums reached each rung, highest first.")
        .columns(Column.dimension("rung", "Rung"), Column.value("scopes", "Processes and forums"));
    HartRung[] rungs = HartRung.values();
    for (int i = rungs.length - 1; i >= 0; i--) {
      HartRung rung = rungs[i];
      long n = results.stream().filter(r -> r.hart().filter(rung::equals).isPresent()).count();
      b.row(key(rung.number() + " " + rung.label()), Cell.number(n));
    }
    b.row(key(NONE), Cell.number(results.stream().filter(r -> r.hart().isEmpty()).count()));
    b.row(total(), Cell.number(results.size()));
    return Section.charted("Hart's ladder", "Rungs 1 to 3 are not participation.", b.build(),
        Chart.bar("rung", "Bar chart of processes and forums by the rung of Hart's ladder reached.", "scopes"),
        List.of(HART_RULE));
  }

  private static Section shier(Collection<QualityResult> results) {
    Table.Builder b = Table.builder(SHIER, "Shier's pathways")
        .description("How many processes and forums reached each level as their highest, highest first.")
        .columns(Column.dimension("level", "Level"), Column.value("scopes", "Processes and forums"));
    ShierLevel[] levels = ShierLevel.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      ShierLevel level = levels[i];
      long n = results.stream().filter(r -> r.shier().filter(level::equals).isPresent()).count();
      b.row(key(level.number() + " " + level.label()), Cell.number(n));
    }
    b.row(key(NONE), Cell.number(results.stream().filter(r -> r.shier().isEmpty()).count()));
    b.row(total(), Cell.number(results.size()));
    return Section.charted("Shier's pathways", "", b.build(),
        Chart.bar("level", "Bar chart of processes and forums by the highest Shier level reached.", "scopes"),
        List.of(SHIER_RULE));
  }
}
