package io.coproduce.participation.framework;

import static io.coproduce.participation.framework.FrameworkFixtures.D1;
import static io.coproduce.participation.framework.FrameworkFixtures.E2;
import static io.coproduce.participation.framework.FrameworkFixtures.Q1;
import static io.coproduce.participation.framework.FrameworkFixtures.Q3;
import static io.coproduce.participation.framework.FrameworkFixtures.YAG;
import static io.coproduce.participation.framework.FrameworkFixtures.assessment;
import static io.coproduce.participation.framework.FrameworkFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentResultTest {

  static final AssessmentResult R = assessment(declared(Q3, "met", D1)).result(D1);

  @Test
  void looksUpElementsAndQuestions() {
    assertThat(R.score(E2)).contains(new Score(2, 2, 1, 1));
    assertThat(R.score(ElementId.parse("nope"))).isEmpty();
    assertThat(R.question(Q3)).map(QuestionResult::score).hasValueSatisfying(s -> assertThat(s).hasValue(2));
    assertThat(R.question(QuestionId.parse("nope"))).isEmpty();
  }

  @Test
  void keepsItsOwnImmutableCopies() {
    List<QuestionResult> questions = new ArrayList<>(R.questions());
    AssessmentResult copy = new AssessmentResult(R.framework(), YAG, D1, questions, R.elements(), R.overall(), List.of());
    questions.clear();
    assertThat(copy.questions()).hasSize(3);
    assertThat(copy).isEqualTo(R);
    assertThatThrownBy(() -> copy.findings().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy.question(Q1)).isPresent();
  }
}
