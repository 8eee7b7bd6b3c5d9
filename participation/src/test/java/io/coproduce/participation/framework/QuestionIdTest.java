package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class QuestionIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(QuestionId.parse("space.early").toString()).isEqualTo("space.early");
    assertThat(QuestionId.parse("space.early").value()).isEqualTo("space.early");
  }

  @Test
  void equalTextGivesEqualIds() {
    new EqualsTester()
        .addEqualityGroup(QuestionId.parse("space.early"), new QuestionId("space.early"))
        .addEqualityGroup(QuestionId.parse("x-space.early"))
        .testEquals();
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> QuestionId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("questionId");
    assertThat(e.getMessage()).doesNotContain("example");
    assertThat(rejectionOf(() -> QuestionId.parse(null)).field()).isEqualTo("questionId");
  }
}
