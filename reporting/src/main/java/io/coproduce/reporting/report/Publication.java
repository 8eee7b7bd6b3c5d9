package io.coproduce.reporting.report;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reports released together, ready for a renderer: every table passed one disclosure policy
 * ({@link #publish}), or every table is marked internal ({@link #internalNotForPublication}).
 * Report ids and table ids are unique across a publication, since renderers use them as anchors
 * and file names. Immutable and thread-safe.
 *
 * <pre>{@code
 * Publication publication = Publication.publish(List.of(reach, consent), DisclosurePolicy.nhsDefault());
 * }</pre>
 */
public final class Publication {

  private final List<ReleasedReport> reports;
  private final boolean forPublication;
  private final String policy;

  private Publication(List<ReleasedReport> reports, boolean forPublication, String policy) {
    this.reports = List.copyOf(reports);
    this.forPublication = forPublication;
    this.policy = policy;
  }

  /** Releases {@code reports} for publication, every table under {@code policy}. */
  public static Publication publish(List<Report> reports, DisclosurePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new Publication(release(reports, policy::publish), true, policy.name());
  }

  /**
   * Releases {@code reports} with exact figures, every table marked as not for publication; for
   * people inside the organisation only.
   */
  public static Publication internalNotForPublication(List<Report> reports) {
    return new Publication(
        release(reports, DisclosurePolicy::internalNotForPublication),
        false,
        io.coproduce.reporting.disclosure.InternalTable.POLICY);
  }

  private static List<ReleasedReport> release(
      List<Report> reports, Function<Table, ? extends ReleasedTable> release) {
    Objects.requireNonNull(reports, "reports");
    if (reports.isEmpty()) {
      throw InvalidInputException.of("publication.reports", "a publication holds at least one report", null);
    }
    Set<ReportId> reportIds = new HashSet<>();
    Set<String> tableIds = new HashSet<>();
    List<ReleasedReport> released = new ArrayList<>();
    for (Report report : reports) {
      Objects.requireNonNull(report, "report");
      if (!reportIds.add(report.id())) {
        throw InvalidInputException.of("publication.reports", "report ids must be unique", report.id());
      }
      List<ReleasedSection> sections = new ArrayList<>();
      for (Section s : report.sections()) {
        if (!tableIds.add(s.table().id().value())) {
          throw InvalidInputException.of(
              "publication.reports", "table ids must be unique across a publication", s.table().id());
        }
        sections.add(
            new ReleasedSection(s.title(), s.text(), release.apply(s.table()), s.chart(), s.rules()));
      }
      released.add(
          new ReleasedReport(report.id(), report.title(), report.summary(), report.asOf(), sections));
    }
    return released;
  }

  /** The released reports, in order. */
  public List<ReleasedReport> reports() {
    return reports;
  }

  /** Whether every table passed a disclosure policy (false for an internal publication). */
  public boolean forPublication() {
    return forPublication;
  }

  /** The policy's name, or the internal marking. */
  public String policy() {
    return policy;
  }

  /** Every released table, in report and section order. */
  public List<ReleasedTable> tables() {
    return reports.stream().flatMap(r -> r.sections().stream()).map(ReleasedSection::table).toList();
  }

  /** Returns the report ids and the policy; never the figures. */
  @Override
  public String toString() {
    return "Publication[" + reports.stream().map(ReleasedReport::id).toList() + ", " + policy + "]";
  }
}
