package io.coproduce.reporting.report;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.report.ReportFixtures.AS_OF;
import static io.coproduce.reporting.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void holdsItsSectionsInOrder() {
    Report r = report("reach", "by-band", "by-layer");

    assertThat(r.sections()).extracting(s -> s.table().id().value()).containsExactly("by-band", "by-layer");
    assertThat(r.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void refusesNoSectionsTwoTablesWithOneIdOrABlankTitle() {
    var none = rejectionOf(() -> Report.of(ReportId.of("r"), "R", "", AS_OF, List.of()));
    var twice = rejectionOf(() -> report("r", "t", "t"));
    var blank = rejectionOf(() -> Report.of(ReportId.of("r"), " ", "", AS_OF, report("x", "t").sections()));

    assertThat(none.rule()).isEqualTo("a report has at least one section");
    assertThat(twice.rule()).isEqualTo("two sections hold tables with the same id");
    assertThat(blank.field()).isEqualTo("report.title");
  }
}
