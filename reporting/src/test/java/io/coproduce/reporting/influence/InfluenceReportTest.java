package io.coproduce.reporting.influence;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the influence report; its report also feeds the all-reports rendering test. */
public class InfluenceReportTest {

  /** The report of {@link InfluenceTallyTest#record()} on day 60. */
  public static InfluenceReport report() {
    InfluenceTally t = InfluenceTally.create();
    t.addAll(InfluenceTallyTest.record(), List.of(InfluenceTallyTest.YP, InfluenceTallyTest.ADULT),
        InfluenceTallyTest.day(60));
    return InfluenceReport.of(t.figures(), InfluenceTallyTest.day(60));
  }

  @Test
  void theForumTableHasARowPerForumAndATotalThatAddsUp() {
    Table table = report().forumTable();
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(0).get(0)).isEqualTo(Cell.key("forum-board"));
    List<Cell> total = table.rows().get(2);
    assertThat(total.get(0)).isEqualTo(Cell.total());
    assertThat(total.get(table.indexOf("contributions_count"))).isEqualTo(Cell.count(5));
    assertThat(total.get(table.indexOf("due_count"))).isEqualTo(Cell.count(4));
    assertThat(total.get(table.indexOf("decided_percent"))).isEqualTo(Cell.number(40.0));
    assertThat(total.get(table.indexOf("on_time_percent"))).isEqualTo(Cell.number(50.0));
    assertThat(total.get(table.indexOf("median_days_to_feedback"))).isEqualTo(Cell.number(28.0));
    assertThat(table.sums()).isNotEmpty();
  }

  @Test
  void theDecisionTableSplitsDecisionsByWhetherTheyCiteYoungPeople() {
    Table table = report().decisionTable();
    assertThat(table.rows()).containsExactly(List.of(Cell.count(1), Cell.count(1), Cell.count(2), Cell.number(50.0)));
  }

  @Test
  void anEmptyTallyGivesEmptyShares() {
    InfluenceReport empty = InfluenceReport.of(InfluenceTally.create().figures(), InfluenceTallyTest.day(0));
    List<Cell> total = empty.forumTable().rows().get(0);
    assertThat(total.get(0)).isEqualTo(Cell.total());
    assertThat(total.get(8)).isEqualTo(Cell.empty());
    assertThat(total.get(10)).isEqualTo(Cell.empty());
    assertThat(empty.decisionTable().rows().get(0).get(3)).isEqualTo(Cell.empty());
  }

  @Test
  void theReportHasBothSectionsAndNamesTheMedianRule() {
    InfluenceReport r = report();
    Report report = r.report();
    assertThat(report.id()).isEqualTo(InfluenceReport.ID);
    assertThat(report.sections()).hasSize(2);
    assertThat(report.sections().get(0).rules()).extracting(x -> x.rule())
        .containsExactly(InfluenceRules.MEDIAN_DAYS_TO_FEEDBACK);
    assertThat(r.asOf()).isEqualTo(InfluenceTallyTest.day(60));
    assertThat(r.figures().contributions()).isEqualTo(5);
  }
}
