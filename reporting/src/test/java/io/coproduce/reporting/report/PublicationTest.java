package io.coproduce.reporting.report;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.InternalTable;
import io.coproduce.reporting.disclosure.PublishedTable;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.table.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {

  @Test
  void publishingPassesEveryTableThroughThePolicy() {
    Publication p = Publication.publish(List.of(report("reach", "a", "b")), DisclosurePolicy.nhsDefault());

    assertThat(p.forPublication()).isTrue();
    assertThat(p.policy()).isEqualTo(DisclosurePolicy.nhsDefault().name());
    assertThat(p.tables()).hasSize(2).allSatisfy(t -> assertThat(t).isInstanceOf(PublishedTable.class));
    assertThat(p.tables().get(0).rows().get(0).get(1)).isInstanceOf(ReleasedCell.Suppressed.class);
    assertThat(p.reports().get(0).sections().get(0).title()).isEqualTo("Section a");
  }

  @Test
  void anInternalPublicationKeepsExactFiguresAndSaysSo() {
    Publication p = Publication.internalNotForPublication(List.of(report("reach", "a")));

    assertThat(p.forPublication()).isFalse();
    assertThat(p.policy()).isEqualTo(InternalTable.POLICY);
    assertThat(p.tables().get(0)).isInstanceOf(InternalTable.class);
    assertThat(p.tables().get(0).rows().get(0).get(1)).isEqualTo(ReleasedCell.shown(Cell.count(3)));
    assertThat(p.tables().get(0).disclosure().forPublication()).isFalse();
  }

  @Test
  void refusesNoReportsAndRepeatedIds() {
    var none = rejectionOf(() -> Publication.publish(List.of(), DisclosurePolicy.nhsDefault()));
    var reports =
        rejectionOf(() -> Publication.publish(List.of(report("r", "a"), report("r", "b")), DisclosurePolicy.nhsDefault()));
    var tables =
        rejectionOf(() -> Publication.internalNotForPublication(List.of(report("r", "a"), report("s", "a"))));

    assertThat(none.rule()).isEqualTo("a publication holds at least one report");
    assertThat(reports.rule()).isEqualTo("report ids must be unique");
    assertThat(tables.rule()).isEqualTo("table ids must be unique across a publication");
  }

  @Test
  void describesItselfWithoutFigures() {
    Publication p = Publication.publish(List.of(report("reach", "a")), DisclosurePolicy.nhsDefault());

    assertThat(p.toString()).startsWith("Publication[[reach], ");
  }
}
