package io.coproduce.reporting.influence;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.voice.FeedbackStatus;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ContributionOutcomeTest {

  @Test
  void daysToFeedbackAreGivenExactlyWhenFeedbackWasDelivered() {
    assertThat(new ContributionOutcome(null, false, FeedbackStatus.OVERDUE, -1).forumId()).isEmpty();
    assertThat(new ContributionOutcome(ForumId.parse("f"), true, FeedbackStatus.DELIVERED_LATE, 0).forumId())
        .contains(ForumId.parse("f"));
    assertThat(rejectionOf(() -> new ContributionOutcome(null, false, FeedbackStatus.OVERDUE, 0)).field())
        .isEqualTo("contributionOutcome.daysToFeedback");
    assertThat(rejectionOf(() -> new ContributionOutcome(null, false, FeedbackStatus.DELIVERED_ON_TIME, -1)).field())
        .isEqualTo("contributionOutcome.daysToFeedback");
    assertThat(rejectionOf(() -> new ContributionOutcome(null, false, FeedbackStatus.NOT_YET_DUE, -2)).field())
        .isEqualTo("contributionOutcome.daysToFeedback");
  }

  @Test
  void forumFiguresAreChecked() {
    ForumInfluence f = new ForumInfluence("x", 1, 2, 3, 4, 10, OptionalDouble.empty());
    assertThat(f.contributions()).isEqualTo(10);
    assertThat(f.due()).isEqualTo(6);
    for (long[] bad : new long[][] {{-1, 0, 0, 0, 0}, {0, -1, 0, 0, 0}, {0, 0, -1, 0, 0}, {0, 0, 0, -1, 0},
        {0, 0, 0, 0, -1}, {1, 0, 0, 0, 2}}) {
      assertThat(rejectionOf(() -> new ForumInfluence("x", bad[0], bad[1], bad[2], bad[3], bad[4],
          OptionalDouble.empty())).field()).isEqualTo("forumInfluence");
    }
    assertThat(rejectionOf(() -> new InfluenceFigures(java.util.List.of(), OptionalDouble.empty(), 1, 2)).field())
        .isEqualTo("influenceFigures.decisions");
    assertThat(rejectionOf(() -> new InfluenceFigures(java.util.List.of(), OptionalDouble.empty(), 1, -1)).field())
        .isEqualTo("influenceFigures.decisions");
  }
}
