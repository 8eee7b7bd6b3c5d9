package io.coproduce.reporting.strategy;

import static io.coproduce.reporting.table.Cell.key;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.strategy.Aim;
import io.coproduce.participation.strategy.Indicator;
import io.coproduce.participation.strategy.IndicatorProgress;
import io.coproduce.participation.strategy.Measurement;
import io.coproduce.participation.strategy.Objective;
import io.coproduce.participation.strategy.ObjectiveId;
import io.coproduce.participation.strategy.PlanProgress;
import io.coproduce.participation.strategy.StrategicPlan;
import io.coproduce.participation.strategy.TargetStatus;
import io.coproduce.participation.workmap.AgeBandGap;
import io.coproduce.participation.workmap.Gaps;
import io.coproduce.participation.workmap.ObjectiveGap;
import io.coproduce.participation.workmap.Overlap;
import io.coproduce.participation.workmap.Region;
import io.coproduce.participation.workmap.WorkMap;
import io.coproduce.participation.workmap.WorkMapRules;
import io.coproduce.participation.workmap.Workstream;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.report.ReportId;
import io.coproduce.reporting.report.Section;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standard strategic-indicators report: for a loaded plan, every indicator's progress per
 * member (baseline, latest value, target in force and whether it is met), every objective's active
 * workstreams on the member work map, and the work map's overlaps (two or more members serving the
 * same objective for the same ages in the same area) and gaps (an objective or an age band nobody
 * serves in an area). Everything here is about organisations and their plans, not about people,
 * so it is shown as values and text. Stateless and thread-safe.
 *
 * <p>The day of the report is the day of {@code asOf} in the zone the host gives: a measurement,
 * baseline or target counts from its own day, and a workstream when it is active on that day.
 */
public final class StrategyReport {

  /** The report's id. */
  public static final ReportId ID = ReportId.of("strategic-indicators");

  /** The id of the table of indicators. */
  public static final TableId INDICATORS = TableId.of("strategy-indicators");

  /** The id of the table of objectives. */
  public static final TableId OBJECTIVES = TableId.of("strategy-objectives");

  /** The id of the table of overlaps. */
  public static final TableId OVERLAPS = TableId.of("workmap-overlaps");

  /** The id of the table of gaps. */
  public static final TableId GAPS = TableId.of("workmap-gaps");

  /** The text shown for an indicator no member has reported on. */
  static final String NO_MEMBER = "No member has reported";

  /** The rule for whether a target is met. */
  public static final Reason TARGET_RULE = Reason.of(IndicatorProgress.TARGET_RULE,
      "A target is met when the latest value measured by the day of the report meets the target in"
          + " force on that day, in the indicator's direction",
      IndicatorProgress.TARGET_SOURCE);

  /** The rule for an overlap on the work map. */
  public static final Reason OVERLAP_RULE = Reason.of(WorkMapRules.OVERLAP,
      "Two or more members' active workstreams serve the same objective for the same age band in the same area",
      WorkMapRules.OVERLAP_SOURCE);

  /** The rule for a gap on the work map. */
  public static final Reason GAP_RULE = Reason.of(WorkMapRules.OBJECTIVE_GAP,
      "No member's active workstream serves the objective, or works with the age band, in the area",
      WorkMapRules.GAP_SOURCE);

  private StrategyReport() {}

  /**
   * The strategic-indicators report as of {@code asOf}, over every objective of the plan.
   *
   * @param progress the plan with its measurements, baselines and targets
   * @param map the member work map
   * @param within the region whose areas the gaps are sought in
   * @param asOf the instant the report is as of
   * @param zone the zone in which the day of the report is read
   */
  public static Report of(PlanProgress progress, WorkMap map, Region within, Instant asOf, ZoneId zone) {
    Objects.requireNonNull(progress, "progress");
    return of(progress, map, within, progress.plan().objectives().stream().map(Objective::id).toList(), asOf, zone);
  }

  /**
   * The strategic-indicators report as of {@code asOf}, with the gaps sought for the given objectives.
   *
   * @param progress the plan with its measurements, baselines and targets
   * @param map the member work map
   * @param within the region whose areas the gaps are sought in
   * @param objectives the objectives whose gaps to seek; each one of the plan's, none twice
   * @param asOf the instant the report is as of
   * @param zone the zone in which the day of the report is read
   * @throws InvalidInputException naming {@code objectives} when one is not the plan's or appears twice
   */
  public static Report of(PlanProgress progress, WorkMap map, Region within, List<ObjectiveId> objectives,
      Instant asOf, ZoneId zone) {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    StrategicPlan plan = progress.plan();
    Set<ObjectiveId> asked = new HashSet<>();
    for (ObjectiveId o : objectives) {
      Objects.requireNonNull(o, "objective");
      if (plan.objective(o).isEmpty()) {
        throw InvalidInputException.of("objectives", "must name objectives of the plan " + plan.id(), o);
      }
      if (!asked.add(o)) {
        throw InvalidInputException.of("objectives", "must not name an objective twice", o);
      }
    }
    LocalDate day = LocalDate.ofInstant(asOf, zone);
    List<Section> sections = List.of(
        indicators(progress, day),
        objectives(plan, map, day),
        overlaps(map.overlapsOn(day)),
        gaps(map.gapsOn(day, within, objectives)));
    return Report.of(ID, "Strategic indicators",
        "Progress on the plan's indicators for each member, the work serving each objective, and"
            + " where members' work overlaps or leaves gaps.",
        asOf, sections);
  }

  private static Section indicators(PlanProgress progress, LocalDate day) {
    Table.Builder b = Table.builder(INDICATORS, "Progress per indicator")
        .description("Each indicator of each aim, for each member that has reported on it.")
        .columns(Column.dimension("aim", "Aim"), Column.dimension("indicator", "Indicator"),
            Column.dimension("member", "Member"), Column.text("measure", "What is measured"),
            Column.value("baseline", "Baseline"), Column.value("latest", "Latest value"),
            Column.text("latest_on", "Measured on"), Column.value("target", "Target"),
            Column.value("change", "Change from baseline"), Column.text("target_status", "Target"));
    for (Aim aim : progress.plan().aims()) {
      for (Indicator indicator : aim.indicators()) {
        List<IndicatorProgress> members = progress.progress(indicator.id(), day);
        if (members.isEmpty()) {
          b.row(key(aim.id().value()), key(indicator.id().value()), key(NO_MEMBER), Cell.text(indicator.text()),
              Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(), Cell.text(label(TargetStatus.NO_TARGET)));
        }
        for (IndicatorProgress p : members) {
          Optional<Measurement> latest = p.latest();
          b.row(key(aim.id().value()), key(indicator.id().value()), key(p.member().value()),
              Cell.text(indicator.text()),
              number(p.baseline().map(x -> x.value())),
              number(latest.map(Measurement::value)),
              latest.<Cell>map(m -> Cell.text(m.on().toString())).orElse(Cell.empty()),
              number(p.target().map(t -> t.value())),
              number(p.changeFromBaseline()),
              Cell.text(label(p.targetStatus())));
        }
      }
    }
    return Section.of("Indicators",
        "Each member's latest value against its baseline and the target in force.", b.build(),
        List.of(TARGET_RULE));
  }

  private static Section objectives(StrategicPlan plan, WorkMap map, LocalDate day) {
    Table.Builder b = Table.builder(OBJECTIVES, "Work serving each objective")
        .description("Workstreams active on the day of the report that serve each objective.")
        .columns(Column.dimension("aim", "Aim"), Column.dimension("objective", "Objective"),
            Column.text("title", "Objective"), Column.value("workstreams", "Active workstreams"),
            Column.value("members", "Members"));
    List<Workstream> active = map.activeOn(day);
    for (Aim aim : plan.aims()) {
      for (Objective o : aim.objectives()) {
        List<Workstream> serving = active.stream().filter(w -> w.serves(o.id())).toList();
        long members = serving.stream().map(Workstream::member).distinct().count();
        b.row(key(aim.id().value()), key(o.id().value()), Cell.text(o.title()),
            Cell.number(serving.size()), Cell.number(members));
      }
    }
    return Section.charted("Objectives",
        "How many workstreams, and of how many members, serve each objective.", b.build(),
        Chart.bar("objective", "Bar chart of active workstreams for each objective.", "workstreams"),
        List.of());
  }

  private static Section overlaps(List<Overlap> overlaps) {
    Table.Builder b = Table.builder(OVERLAPS, "Where members' work overlaps")
        .description("Objectives that two or more members serve for the same ages in the same areas.")
        .columns(Column.dimension("objective", "Objective"), Column.dimension("members", "Members"),
            Column.text("areas", "Areas"), Column.text("age_bands", "Age bands"),
            Column.value("workstreams", "Workstreams"));
    for (Overlap o : overlaps) {
      b.row(key(o.objective().value()),
          key(o.members().stream().map(OrganisationId::value).collect(Collectors.joining(", "))),
          Cell.text(o.regions().stream().map(Region::label).collect(Collectors.joining(", "))),
          Cell.text(o.bands().stream().map(band -> band.label()).collect(Collectors.joining(", "))),
          Cell.number(o.workstreams().size()));
    }
    return Section.of("Overlaps", "Places where members could join up their work.", b.build(),
        List.of(OVERLAP_RULE));
  }

  private static Section gaps(Gaps gaps) {
    Table.Builder b = Table.builder(GAPS, "Gaps in members' work")
        .description("Objectives and age bands no member serves, by area.")
        .columns(Column.dimension("gap", "Kind of gap"), Column.dimension("what", "Objective or age band"),
            Column.text("areas", "Areas with nobody"));
    for (ObjectiveGap g : gaps.objectives()) {
      b.row(key("Objective"), key(g.objective().value()), Cell.text(areas(g.areas())));
    }
    for (AgeBandGap g : gaps.ageBands()) {
      b.row(key("Age band"), key(g.band().label()), Cell.text(areas(g.areas())));
    }
    return Section.of("Gaps", "Places where no member's work reaches an objective or an age band.", b.build(),
        List.of(GAP_RULE));
  }

  private static String areas(Set<Region> areas) {
    return areas.stream().map(Region::label).collect(Collectors.joining(", "));
  }

  private static Cell number(Optional<BigDecimal> value) {
    return value.<Cell>map(v -> Cell.number(v.doubleValue())).orElse(Cell.empty());
  }

  static String label(TargetStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
