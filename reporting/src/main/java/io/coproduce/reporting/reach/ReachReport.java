package io.coproduce.reporting.reach;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.SexualOrientation;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.layer.Layer;
import io.coproduce.reporting.aggregate.Aggregate;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.aggregate.Group;
import io.coproduce.reporting.aggregate.GroupTotals;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The reach and equity report: distinct people taking part by age band, layer, organisation,
 * jurisdiction and each equality-monitoring question, against a reference population, with a
 * representation ratio per group and under-served groups flagged with their reason and source.
 * Immutable and thread-safe; a value separate from its rendering.
 *
 * <p>Every dimension is a complete grid: every value of an enumerated dimension (every age band,
 * layer, jurisdiction, and every answer to a monitoring question, with "not asked" and "prefer not
 * to say") has a row, even with no one in it, and each table ends with a total row, so disclosure
 * control can suppress secondary cells. A person counts once in each group they took part in; the
 * total row adds the groups up (for organisations and layers, a person in two counts twice there),
 * and the report's first section gives the distinct people overall.
 *
 * <p>The share of people is the group's people ÷ the total row. The representation ratio compares
 * like with like: the group's people ÷ the people in groups the reference population gives a
 * share for, divided by the group's reference share; people who were not asked or preferred not to
 * say are left out of that comparison unless the host gives those groups a share.
 */
public final class ReachReport {
  /** The report's id. */
  public static final ReportId ID = ReportId.of("reach-and-equity");

  private final Instant asOf;
  private final long people;
  private final EquityPolicy policy;
  private final RuleSource referenceSource;
  private final Map<Dimension, List<Representation>> byDimension;

  private ReachReport(Instant asOf, long people, EquityPolicy policy, RuleSource referenceSource,
      Map<Dimension, List<Representation>> byDimension) {
    this.asOf = asOf;
    this.people = people;
    this.policy = policy;
    this.referenceSource = referenceSource;
    this.byDimension = byDimension;
  }

  /**
   * Computes the report from a tally, as of {@code asOf} (the instant the tally reflects).
   */
  public static ReachReport of(ReachTally tally, ReferencePopulation reference, EquityPolicy policy,
      Instant asOf) {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Map<Dimension, List<Representation>> all = new EnumMap<>(Dimension.class);
    for (Dimension d : ReachTally.DIMENSIONS) {
      all.put(d, List.copyOf(representations(d, tally.by(d), reference, policy)));
    }
    return new ReachReport(asOf, tally.people(), policy, reference.source(), all);
  }

  private static List<Representation> representations(Dimension d, Aggregate counted,
      ReferencePopulation reference, EquityPolicy policy) {
    Map<Object, Long> people = new LinkedHashMap<>();
    for (Object value : gridOf(d)) {
      people.put(value, 0L);
    }
    List<Object> observed = new ArrayList<>();
    for (GroupTotals t : counted.groups()) {
      observed.add(t.group().value(0));
    }
    for (Object value : reference.groups(d)) {
      if (!people.containsKey(value) && !observed.contains(value)) {
        observed.add(value);
      }
    }
    observed.sort((a, b) -> Group.of(a).compareTo(Group.of(b)));
    for (Object value : observed) {
      people.putIfAbsent(value, 0L);
    }
    for (GroupTotals t : counted.groups()) {
      people.put(t.group().value(0), t.people());
    }
    long total = people.values().stream().mapToLong(Long::longValue).sum();
    long comparable = people.entrySet().stream()
        .filter(e -> reference.share(d, e.getKey()).isPresent())
        .mapToLong(Map.Entry::getValue).sum();
    Reason flag = underServedReason(policy);
    List<Representation> result = new ArrayList<>();
    people.forEach((value, n) -> {
      OptionalDouble ref = reference.share(d, value);
      OptionalDouble ratio = OptionalDouble.empty();
      if (ref.isPresent() && ref.getAsDouble() > 0) {
        double share = comparable == 0 ? 0 : (double) n / comparable;
        ratio = OptionalDouble.of(share / ref.getAsDouble());
      }
      boolean under = ratio.isPresent() && policy.isUnderServed(ratio.getAsDouble());
      result.add(new Representation(d, value, n, total == 0 ? 0 : (double) n / total, ref, ratio,
          under ? Optional.of(flag) : Optional.empty()));
    });
    return result;
  }

  /** Every value an enumerated dimension can take, in order; empty for organisations. */
  static List<Object> gridOf(Dimension d) {
    List<Object> grid = new ArrayList<>();
    switch (d) {
      case AGE_BAND -> grid.addAll(List.of(AgeBand.values()));
      case LAYER -> grid.addAll(List.of(Layer.values()));
      case JURISDICTION -> grid.addAll(List.of(Jurisdiction.values()));
      case ETHNICITY -> answers(grid, Ethnicity.values());
      case GENDER -> answers(grid, Gender.values());
      case SEXUAL_ORIENTATION -> answers(grid, SexualOrientation.values());
      case SPECIAL_EDUCATIONAL_NEEDS -> answers(grid, SpecialEducationalNeeds.values());
      case DISABILITY, CARE_EXPERIENCED, YOUNG_CARER, FREE_SCHOOL_MEALS ->
          answers(grid, new Boolean[] {Boolean.TRUE, Boolean.FALSE});
      case DEPRIVATION_DECILE -> answers(grid, new Integer[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
      default -> { }
    }
    return grid;
  }

  private static void answers(List<Object> grid, Object[] values) {
    for (Object v : values) {
      grid.add(Response.answered(v));
    }
    grid.add(Response.preferNotToSay());
    grid.add(Response.notAsked());
  }

  private static Reason underServedReason(EquityPolicy policy) {
    return Reason.of(ReachRules.UNDER_SERVED,
        "A group is under-served when its representation ratio is below "
            + String.format(Locale.ROOT, "%.2f", policy.threshold())
            + ": it takes part at less than that fraction of its share of the reference population.",
        policy.source());
  }

  /** Returns the instant the report reflects. */
  public Instant asOf() {
    return asOf;
  }

  /** Returns the distinct people taking part overall. */
  public long people() {
    return people;
  }

  /** Returns the equity policy applied. */
  public EquityPolicy policy() {
    return policy;
  }

  /** Returns the groups of {@code dimension}, one of {@link ReachTally#DIMENSIONS}, in order. */
  public List<Representation> representation(Dimension dimension) {
    List<Representation> r = byDimension.get(Objects.requireNonNull(dimension, "dimension"));
    if (r == null) {
      throw io.coproduce.core.error.InvalidInputException.of("dimension", "is not a reach dimension", dimension);
    }
    return r;
  }

  /** Returns every under-served group, over every dimension. */
  public List<Representation> underServed() {
    return byDimension.values().stream().flatMap(List::stream).filter(Representation::isUnderServed).toList();
  }

  /** Returns the label a group's value is shown with. */
  static String label(Object value) {
    if (value instanceof Response<?> r) {
      return switch (r.kind()) {
        case NOT_ASKED -> "not asked";
        case PREFER_NOT_TO_SAY -> "prefer not to say";
        case ANSWERED -> label(r.answer().orElseThrow());
      };
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof Layer l) {
      return l.label();
    }
    if (value instanceof Jurisdiction j) {
      return j.label();
    }
    return value.toString();
  }

  /** Returns the table of {@code dimension}: a row per group, then the total row. */
  public Table table(Dimension dimension) {
    Reason share = Reason.of(ReachRules.SHARE_OF_PEOPLE,
        "People in the group divided by the total row.", RuleSource.libraryDefault("Coproduce reach report"));
    Reason ratio = Reason.of(ReachRules.REPRESENTATION_RATIO,
        "The group's share of the people in groups with a reference share, divided by its reference share.",
        referenceSource);
    Table.Builder b = Table.builder(TableId.of("reach-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-')),
            "People taking part by " + dimension.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .description("Distinct people per group against the reference population.")
        .columns(Column.dimension("group", dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ')),
            Column.count("people_count", "People"),
            Column.measure("share_of_people", "Share of people", share, "people_count"),
            Column.value("reference_share", "Reference share"),
            Column.measure("representation_ratio", "Representation ratio", ratio, "people_count"),
            Column.flag("under_served", "Under-served", underServedReason(policy), "people_count"));
    long total = 0;
    Set<String> labels = new LinkedHashSet<>();
    for (Representation r : representation(dimension)) {
      String label = label(r.group());
      if (!labels.add(label)) {
        label = label + " (" + r.group().getClass().getSimpleName() + ")";
      }
      b.row(Cell.key(label), Cell.count(r.people()), Cell.number(r.observedShare()),
          r.referenceShare().isPresent() ? Cell.number(r.referenceShare().getAsDouble()) : Cell.empty(),
          r.ratio().isPresent() ? Cell.number(r.ratio().getAsDouble()) : Cell.empty(),
          r.ratio().isPresent() ? Cell.flag(r.isUnderServed()) : Cell.empty());
      total += r.people();
    }
    b.row(Cell.total(), Cell.count(total), total == 0 ? Cell.empty() : Cell.number(1.0), Cell.empty(),
        Cell.empty(), Cell.empty());
    return b.build();
  }

  /** Returns the one-row table of distinct people taking part overall. */
  public Table overallTable() {
    return Table.builder(TableId.of("reach-people"), "People taking part")
        .description("Distinct people with at least one activity.")
        .columns(Column.count("people_count", "People"))
        .row(Cell.count(people))
        .build();
  }

  /** Returns the report: the overall count, then a charted section per dimension. */
  public Report report() {
    List<Section> sections = new ArrayList<>();
    sections.add(Section.of("People taking part", "Everyone with at least one activity, counted once.",
        overallTable(), List.of()));
    for (Dimension d : ReachTally.DIMENSIONS) {
      Table t = table(d);
      sections.add(Section.charted("By " + d.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          "Each group's people, share, reference share and representation ratio; groups below the "
              + "equity threshold are flagged as under-served.",
          t, Chart.bar("group", "A bar for each group showing how many people took part.", "people_count"),
          List.of(underServedReason(policy))));
    }
    return Report.of(ID, "Reach and equity", "Who takes part, compared with the population served.",
        asOf, sections);
  }
}
