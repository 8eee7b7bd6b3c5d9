package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OverdueFeedbackTest {

  private static final PersonId YP = PersonId.parse("yp-1");

  private static OverdueFeedback lateBy(Duration late) {
    return new OverdueFeedback(cid("c-1"), YP, NOW, NOW.plus(late), FeedbackPolicy.DEFAULT_PERIOD,
        VoiceRules.DEFAULT_PERIOD_SOURCE);
  }

  @ParameterizedTest
  @CsvSource({"PT0.000000001S,1", "PT1S,1", "PT23H59M59S,1", "PT24H,1", "PT24H0.000000001S,2",
      "P2D,2", "P3DT1H,4"})
  void countsStartedDaysSoLatenessIsNeverUnderstated(Duration late, long days) {
    OverdueFeedback o = lateBy(late);
    assertThat(o.overdueBy()).isEqualTo(late);
    assertThat(o.daysOverdue()).isEqualTo(days);
  }

  @ParameterizedTest
  @CsvSource({"PT0S", "-PT1S"})
  void isOnlyOverdueAfterTheDeadline(Duration late) {
    assertThat(rejectionOf(() -> lateBy(late)).field()).isEqualTo("overdueFeedback.asOf");
  }

  @Test
  void becomesAWarningAboutTheContributorWithThePolicySource() {
    RuleSource forum = RuleSource.organisationPolicy("YAG terms of reference");
    OverdueFeedback o = new OverdueFeedback(cid("c-1"), YP, NOW, NOW.plus(Duration.ofDays(3)),
        Duration.ofDays(14), forum);

    Finding f = o.toFinding();

    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.rule()).isEqualTo(VoiceRules.FEEDBACK_OVERDUE);
    assertThat(f.reason().source()).isEqualTo(forum);
    assertThat(f.about()).containsExactly(YP);
    assertThat(f.reason().explanation()).contains("c-1", "yp-1", NOW.toString(), "3 days overdue", "a period of 14 days");
  }

  @Test
  void oneDayIsSingular() {
    assertThat(lateBy(Duration.ofMinutes(5)).toFinding().reason().explanation()).contains("1 day overdue");
    Instant asOf = lateBy(Duration.ofMinutes(5)).asOf();
    assertThat(asOf).isEqualTo(NOW.plusSeconds(300));
  }
}
