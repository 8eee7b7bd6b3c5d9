package io.coproduce.reporting.report;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.report.ReportFixtures.byBand;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

  @Test
  void aChartedSectionDrawsColumnsOfItsTable() {
    Section s =
        Section.charted(
            "By age band", "", byBand("t"), Chart.bar("age_band", "Alt", "young_people_count"), List.of());

    assertThat(s.chart()).isPresent();
  }

  @Test
  void refusesAChartNamingAColumnTheTableLacks() {
    var category =
        rejectionOf(
            () -> Section.charted("S", "", byBand("t"), Chart.bar("layer", "Alt", "young_people_count"), List.of()));
    var value =
        rejectionOf(() -> Section.charted("S", "", byBand("t"), Chart.bar("age_band", "Alt", "people_count"), List.of()));

    assertThat(category.field()).isEqualTo("section.chart.categoryColumn");
    assertThat(value.field()).isEqualTo("section.chart.valueColumns");
  }

  @Test
  void refusesACategoryThatIsNotADimensionOrAValueThatCannotBeDrawn() {
    Table withText =
        Table.builder(TableId.of("t"), "T")
            .columns(Column.dimension("a", "A"), Column.text("note", "Note"), Column.count("count", "C"))
            .build();
    var category =
        rejectionOf(() -> Section.charted("S", "", withText, Chart.bar("count", "Alt", "count"), List.of()));
    var value = rejectionOf(() -> Section.charted("S", "", withText, Chart.bar("a", "Alt", "note"), List.of()));

    assertThat(category.rule()).isEqualTo("must be a dimension column");
    assertThat(value.rule()).isEqualTo("must be count, percent, measure or value columns");
  }

  @Test
  void refusesABlankTitle() {
    assertThat(rejectionOf(() -> Section.of(" ", "", byBand("t"), List.of())).field()).isEqualTo("section.title");
  }
}
