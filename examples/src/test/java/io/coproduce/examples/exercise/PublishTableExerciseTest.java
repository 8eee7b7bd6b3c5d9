package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.PublishedTable;
import io.coproduce.reporting.disclosure.ReleasedCell;
import io.coproduce.reporting.disclosure.Suppression;
import io.coproduce.reporting.table.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishTableExerciseTest {

  private final PublishTableExercise exercise = new PublishTableExercise();

  /** NHS England small-number rule: 1-7 hidden, others rounded to 5; secondary suppression protects the total. */
  @Test
  void smallCountsAreHiddenAndTheTotalCannotRevealThem() {
    PublishedTable published = exercise.answer();
    List<List<ReleasedCell>> rows = published.rows();

    assertThat(rows.get(0).subList(1, 4)).containsExactly(ReleasedCell.suppressed(Suppression.PRIMARY),
        ReleasedCell.suppressed(Suppression.PRIMARY), ReleasedCell.suppressed(Suppression.DERIVED));
    assertThat(rows.get(1).subList(1, 4)).containsExactly(ReleasedCell.suppressed(Suppression.SECONDARY),
        ReleasedCell.suppressed(Suppression.SECONDARY), ReleasedCell.suppressed(Suppression.DERIVED));
    assertThat(rows.get(2).get(1)).isEqualTo(ReleasedCell.shown(Cell.count(25)));
    assertThat(rows.get(4).get(1)).isEqualTo(ReleasedCell.shown(Cell.count(40)));
    DisclosureStatement s = published.disclosure();
    assertThat(s.forPublication()).isTrue();
    assertThat(List.of(s.primary(), s.secondary(), s.derived())).containsExactly(2, 2, 2);
  }

  @Test
  void showsThePolicysRulesAndWhyEachHiddenCellIsHidden() {
    Transcripts run = Transcripts.of(exercise);

    assertThat(run.rules()).isEqualTo(DisclosurePolicy.nhsDefault().rules().stream().map(Reason::rule).toList());
    assertThat(run.answers()).contains("6 cells hidden (2 primary, 2 secondary, 2 derived)",
        "yag-north / Young people taking part: hidden, primary suppression (rule small-counts-suppressed)",
        "yag-south / Young people taking part: hidden, secondary suppression (rule secondary-suppression)",
        "yag-south / Consented to photographs (%): hidden, derived suppression (rule derived-figures)");
  }

  @Test
  void theRawFiguresAppearOnlyAsTheTraineesInput() {
    Transcripts run = Transcripts.of(exercise);

    assertThat(run.text().substring(0, run.text().indexOf("LIBRARY'S ANSWER")))
        .contains("yag-north   |                        3 |                        2");
    assertThat(run.answers()).doesNotContain("|                        3 |").doesNotContain("|                       12 |")
        .doesNotContain("41").contains("yag-north   |                        * |                        * |");
  }
}
