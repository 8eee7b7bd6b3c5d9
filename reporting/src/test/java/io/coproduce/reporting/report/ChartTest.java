package io.coproduce.reporting.report;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

  @Test
  void aBarChartDrawsItsValueColumnsByCategory() {
    Chart chart = Chart.bar("age_band", "Young people by age band", "young_people_count");

    assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
    assertThat(chart.valueColumns()).containsExactly("young_people_count");
  }

  @Test
  void refusesAChartWithoutValuesOrATextAlternative() {
    assertThat(rejectionOf(() -> Chart.bar("age_band", "Alt")).field()).isEqualTo("chart.valueColumns");
    assertThat(rejectionOf(() -> Chart.bar("age_band", " ", "young_people_count")).field())
        .isEqualTo("chart.altText");
    assertThat(rejectionOf(() -> new Chart(ChartKind.BAR, "a", List.of(), "alt")).rule())
        .isEqualTo("a chart draws at least one column");
  }
}
