package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementTest {

  static final Question A = Question.of("a", "A?", "s");
  static final Question B = Question.of("b", "B?", "s");

  @Test
  void holdsItsQuestionsInOrder() {
    Element e = Element.of("space", "Space", List.of(B, A));
    assertThat(e.id()).isEqualTo(ElementId.parse("space"));
    assertThat(e.name()).isEqualTo("Space");
    assertThat(e.questions()).containsExactly(B, A);
  }

  @Test
  void refusesAnElementWithNoQuestions() {
    InvalidInputException e = rejectionOf(() -> Element.of("space", "Space", List.of()));
    assertThat(e.field()).isEqualTo("element.questions");
    assertThat(e.rule()).isEqualTo("must hold at least one question");
  }

  @Test
  void refusesTwoQuestionsWithOneId() {
    InvalidInputException e = rejectionOf(() -> Element.of("space", "Space",
        List.of(A, B, Question.of("a", "A again?", "s"))));
    assertThat(e.field()).isEqualTo("element.questions[2].id");
    assertThat(e.rule()).isEqualTo("must not repeat the id of questions[0]");
    assertThat(e.offendingValue()).contains("a");
  }

  @Test
  void refusesABadName() {
    assertThat(rejectionOf(() -> Element.of("space", "", List.of(A))).field()).isEqualTo("element.name");
    assertThat(rejectionOf(() -> Element.of("space", "x".repeat(201), List.of(A))).rule())
        .isEqualTo("must be at most 200 characters");
  }
}
