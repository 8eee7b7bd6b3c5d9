package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTest {

  @Test
  void holdsItsIdTextAndScale() {
    Question q = Question.of("space.early", "Were views sought early?", "npm");
    assertThat(q.id()).isEqualTo(QuestionId.parse("space.early"));
    assertThat(q.text()).isEqualTo("Were views sought early?");
    assertThat(q.scale()).isEqualTo(ScaleId.parse("npm"));
  }

  @Test
  void refusesABlankOrOverlongText() {
    assertThat(rejectionOf(() -> Question.of("q", "  ", "npm")).field()).isEqualTo("question.text");
    assertThat(rejectionOf(() -> Question.of("q", "x".repeat(1001), "npm")).rule())
        .isEqualTo("must be at most 1000 characters");
    assertThat(Question.of("q", "x".repeat(1000), "npm").text()).hasSize(1000);
  }
}
