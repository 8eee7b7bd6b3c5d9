package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackPolicyTest {

  @Test
  void theDefaultIsTwentyEightDaysAndNamesItsSource() {
    FeedbackPolicy p = FeedbackPolicy.defaults();
    assertThat(p.period()).isEqualTo(Duration.ofDays(28)).isEqualTo(FeedbackPolicy.DEFAULT_PERIOD);
    assertThat(p.source()).isEqualTo(VoiceRules.DEFAULT_PERIOD_SOURCE);
    assertThat(p.source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(p.source().citation()).contains("NHS England", "Working in partnership with people and communities", "2022");
    assertThat(p.isLongerThanDefault()).isFalse();
  }

  @Test
  void theDeadlineIsThePeriodAfterTheContribution() {
    assertThat(FeedbackPolicy.defaults().deadlineFor(NOW)).isEqualTo(NOW.plus(Duration.ofDays(28)));
    assertThat(FeedbackPolicy.organisation(Duration.ofHours(36), "YAG terms of reference").deadlineFor(NOW))
        .isEqualTo(NOW.plus(Duration.ofHours(36)));
  }

  @Test
  void aForumsOwnPeriodCitesItsOwnPolicy() {
    FeedbackPolicy p = FeedbackPolicy.organisation(Duration.ofDays(14), "YAG terms of reference 2026");
    assertThat(p.source()).isEqualTo(RuleSource.organisationPolicy("YAG terms of reference 2026"));
  }

  @ParameterizedTest
  @CsvSource({"PT1S,false", "P14D,false", "P28D,false", "PT672H0.000000001S,true", "P90D,true", "P366D,true"})
  void acceptsAnyPositivePeriodUpToAYearAndSaysWhenItIsLongerThanTheDefault(Duration period, boolean longer) {
    // Deliberately accepted: a forum that meets quarterly may promise feedback in 90 days.
    FeedbackPolicy p = FeedbackPolicy.organisation(period, "Board terms of reference");
    assertThat(p.period()).isEqualTo(period);
    assertThat(p.isLongerThanDefault()).isEqualTo(longer);
  }

  @ParameterizedTest
  @CsvSource({"PT0S", "-PT1S", "-P28D", "PT8784H0.000000001S", "P367D"})
  void refusesAPeriodThatIsNotPositiveOrLongerThanAYear(Duration period) {
    InvalidInputException e = rejectionOf(() -> FeedbackPolicy.organisation(period, "x"));
    assertThat(e.field()).isEqualTo("feedbackPolicy.period");
    assertThat(e.offendingValue()).contains(period.toString());
  }

  @ParameterizedTest
  @CsvSource({"P1D,1 day", "P28D,28 days", "PT1H,1 hour", "PT36H,36 hours", "PT90M,PT1H30M", "PT1S,PT1S"})
  void describesThePeriodInWords(Duration period, String words) {
    assertThat(FeedbackPolicy.describe(period)).isEqualTo(words);
  }
}
