package io.coproduce.reporting.report;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.total;

import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.time.Instant;
import java.util.List;

/** Small reports for the report package's tests. */
final class ReportFixtures {

  static final Instant AS_OF = Instant.parse("2026-11-23T12:00:00Z");

  private ReportFixtures() {}

  static Table byBand(String id) {
    return Table.builder(TableId.of(id), "Young people by age band")
        .columns(Column.dimension("age_band", "Age band"), Column.count("young_people_count", "Young people"))
        .row(key("12-15"), count(3))
        .row(key("16-17"), count(40))
        .row(total(), count(43))
        .build();
  }

  static Report report(String id, String... tableIds) {
    List<Section> sections =
        java.util.Arrays.stream(tableIds)
            .map(t -> Section.of("Section " + t, "", byBand(t), List.of()))
            .toList();
    return Report.of(ReportId.of(id), "Reach", "Who took part.", AS_OF, sections);
  }
}
