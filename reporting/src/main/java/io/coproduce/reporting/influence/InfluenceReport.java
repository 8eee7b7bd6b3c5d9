package io.coproduce.reporting.influence;

import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The influence report: per forum, contributions, how many reached a decision, feedback on time,
 * late and overdue, and the exact median days to feedback; then decisions and how many cite young
 * people. Immutable and thread-safe; a value separate from its rendering.
 *
 * <p>Tables are complete with a total row; contributions are the sum of the four feedback states
 * and "due" the sum of the three past or delivered ones, so disclosure control sees every relation.
 * The share on time is of contributions due; the share decided is of all contributions.
 */
public final class InfluenceReport {
  /** The report's id. */
  public static final ReportId ID = ReportId.of("influence");

  private static final Reason MEDIAN = Reason.of(InfluenceRules.MEDIAN_DAYS_TO_FEEDBACK,
      "The middle of the whole days from each contribution to its first feedback (the mean of the two "
          + "middle values when their number is even), over contributions with feedback delivered.",
      RuleSource.statutoryGuidance("NHS England, Working in partnership with people and communities (2022): "
          + "feed back how involvement influenced decisions"));

  private final InfluenceFigures figures;
  private final Instant asOf;

  private InfluenceReport(InfluenceFigures figures, Instant asOf) {
    this.figures = figures;
    this.asOf = asOf;
  }

  /** The report of {@code figures}, reflecting what was known at {@code asOf}. */
  public static InfluenceReport of(InfluenceFigures figures, Instant asOf) {
    return new InfluenceReport(Objects.requireNonNull(figures, "figures"), Objects.requireNonNull(asOf, "asOf"));
  }

  /** Returns the figures. */
  public InfluenceFigures figures() {
    return figures;
  }

  /** Returns the instant the report reflects. */
  public Instant asOf() {
    return asOf;
  }

  private static Cell percent(long part, long whole) {
    return whole == 0 ? Cell.empty() : Cell.number(100.0 * part / whole);
  }

  private static Cell median(OptionalDouble m) {
    return m.isPresent() ? Cell.number(m.getAsDouble()) : Cell.empty();
  }

  /** Returns the table per forum, ordered by forum, with a total row. */
  public Table forumTable() {
    Table.Builder b = Table.builder(TableId.of("influence-forums"), "Influence and feedback by forum")
        .description("Contributions, decisions citing them, and feedback by deadline.")
        .columns(Column.dimension("forum", "Forum"),
            Column.count("on_time_count", "Feedback on time"),
            Column.count("late_count", "Feedback late"),
            Column.count("overdue_count", "Feedback overdue"),
            Column.count("not_yet_due_count", "Feedback not yet due"),
            Column.sumOf("due_count", "Feedback due", "on_time_count", "late_count", "overdue_count"),
            Column.sumOf("contributions_count", "Contributions", "on_time_count", "late_count",
                "overdue_count", "not_yet_due_count"),
            Column.count("decided_count", "Reached a decision"),
            Column.percent("decided_percent", "Share reaching a decision (%)", "decided_count", "contributions_count"),
            Column.percent("on_time_percent", "Share with feedback on time (%)", "on_time_count", "due_count"),
            Column.measure("median_days_to_feedback", "Median days to feedback", MEDIAN, "on_time_count", "late_count"));
    List<ForumInfluence> rows = new ArrayList<>(figures.forums());
    rows.sort(Comparator.comparing(f -> f.forum().toString()));
    for (ForumInfluence f : rows) {
      b.row(Cell.key(f.forum().toString()), Cell.count(f.onTime()), Cell.count(f.late()),
          Cell.count(f.overdue()), Cell.count(f.notYetDue()), Cell.count(f.due()),
          Cell.count(f.contributions()), Cell.count(f.decided()),
          percent(f.decided(), f.contributions()), percent(f.onTime(), f.due()), median(f.medianDaysToFeedback()));
    }
    long onTime = figures.onTime();
    long late = rows.stream().mapToLong(ForumInfluence::late).sum();
    long overdue = figures.overdue();
    long notYetDue = rows.stream().mapToLong(ForumInfluence::notYetDue).sum();
    long due = onTime + late + overdue;
    long all = due + notYetDue;
    b.row(Cell.total(), Cell.count(onTime), Cell.count(late), Cell.count(overdue), Cell.count(notYetDue),
        Cell.count(due), Cell.count(all), Cell.count(figures.decided()), percent(figures.decided(), all),
        percent(onTime, due), median(figures.medianDaysToFeedback()));
    return b.build();
  }

  /** Returns the one-row table of decisions, split by whether they cite young people. */
  public Table decisionTable() {
    long citing = figures.decisionsCitingYoungPeople();
    long others = figures.decisions() - citing;
    return Table.builder(TableId.of("influence-decisions"), "Decisions citing young people")
        .description("Decisions taken, and how many cite a contribution of a young person.")
        .columns(Column.count("citing_young_people_count", "Citing young people"),
            Column.count("not_citing_young_people_count", "Not citing young people"),
            Column.sumOf("decisions_count", "Decisions", "citing_young_people_count", "not_citing_young_people_count"),
            Column.percent("citing_percent", "Share citing young people (%)", "citing_young_people_count", "decisions_count"))
        .row(Cell.count(citing), Cell.count(others), Cell.count(figures.decisions()), percent(citing, figures.decisions()))
        .build();
  }

  /** Returns the report: the forum table (charted), then the decisions. */
  public Report report() {
    return Report.of(ID, "Influence and feedback", "Whether young people's voice reached decisions and came back to them.",
        asOf, List.of(
            Section.charted("Contributions and feedback by forum",
                "Feedback is on time when delivered by the forum's deadline; overdue when the deadline has passed without it.",
                forumTable(), Chart.bar("forum", "A bar for each forum showing contributions and feedback overdue.",
                    "contributions_count", "overdue_count"), List.of(MEDIAN)),
            Section.of("Decisions", "Decisions cite young people when they cite a contribution made by a young person.",
                decisionTable(), List.of())));
  }
}
