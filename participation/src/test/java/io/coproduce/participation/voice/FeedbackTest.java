package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.EASY;
import static io.coproduce.participation.voice.VoiceWorld.HARD;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static io.coproduce.participation.voice.VoiceWorld.did;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadingLevel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  @Test
  void keepsOnlyTheReadingLevelOfTheText() {
    Feedback f = Feedback.of(cid("c-1"), NOW, "Hi Sam. We did it.");
    assertThat(f.readingLevel()).isEqualTo(ReadingLevel.of("Hi Sam. We did it."));
    assertThat(f.reports()).isEmpty();
    assertThat(f.toString()).doesNotContain("Sam");
    assertThat(Arrays.stream(Feedback.class.getRecordComponents()).<Class<?>>map(c -> c.getType()))
        .doesNotContain(String.class);
  }

  @Test
  void mayReportADecision() {
    Feedback f = Feedback.reporting(cid("c-1"), NOW, did("d-1"), EASY);
    assertThat(f.reports()).contains(did("d-1"));
    assertThat(f.decision()).isEqualTo(did("d-1"));
  }

  @Test
  void refusesTextWithoutAWordAndDoesNotShowIt() {
    InvalidInputException e = rejectionOf(() -> Feedback.of(cid("c-1"), NOW, " ?! "));
    assertThat(e.field()).isEqualTo("text");
    assertThat(e.offendingValue()).isEmpty();
  }

  @Test
  void checksItsTextAgainstAnAgeBand() {
    assertThat(Feedback.of(cid("c-1"), NOW, EASY).checkFor(AgeBand.AGE_10_TO_12).suitable()).isTrue();
    assertThat(Feedback.of(cid("c-1"), NOW, HARD).checkFor(AgeBand.AGE_10_TO_12).suitable()).isFalse();
    assertThat(Feedback.of(cid("c-1"), NOW, HARD).checkFor(AgeBand.ADULT_26_PLUS).band())
        .isEqualTo(AgeBand.ADULT_26_PLUS);
  }
}
