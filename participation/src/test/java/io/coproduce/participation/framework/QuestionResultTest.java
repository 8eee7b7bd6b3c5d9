package io.coproduce.participation.framework;

import static io.coproduce.participation.framework.FrameworkFixtures.D1;
import static io.coproduce.participation.framework.FrameworkFixtures.D2;
import static io.coproduce.participation.framework.FrameworkFixtures.D3;
import static io.coproduce.participation.framework.FrameworkFixtures.Q1;
import static io.coproduce.participation.framework.FrameworkFixtures.Q2;
import static io.coproduce.participation.framework.FrameworkFixtures.assessment;
import static io.coproduce.participation.framework.FrameworkFixtures.computed;
import static io.coproduce.participation.framework.FrameworkFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class QuestionResultTest {

  static QuestionResult q1(Assessment a, java.time.LocalDate asOf) {
    return a.result(asOf).question(Q1).orElseThrow();
  }

  @Test
  void equalWhenItCameOutTheSameWay() {
    Assessment declaredMet = assessment(declared(Q1, "met", D1));
    new EqualsTester()
        .addEqualityGroup(q1(declaredMet, D2), q1(declaredMet, D3), q1(assessment(declared(Q1, "met", D1)), D2))
        .addEqualityGroup(q1(declaredMet, D1.minusDays(1)))
        .addEqualityGroup(q1(assessment(declared(Q1, "partly-met", D1)), D2))
        .addEqualityGroup(q1(assessment(declared(Q1, "met", D1), computed(Q1, "met", D2)), D2))
        .addEqualityGroup(q1(assessment(computed(Q1, "met", D2)), D2))
        .addEqualityGroup(q1(assessment(declared(Q1, "met", D1), computed(Q1, "not-met", D2)), D2))
        .addEqualityGroup(assessment(declared(Q2, "yes", D1)).result(D2).question(Q2).orElseThrow())
        .testEquals();
  }

  @Test
  void saysInShortWhatItScoredAndWhy() {
    assertThat(q1(assessment(declared(Q1, "partly-met", D1)), D2).toString())
        .isEqualTo("q1 1/2 (framework.answer.latest-declared)");
    assertThat(q1(assessment(), D2).toString()).isEqualTo("q1 -/2 (framework.answer.none)");
  }
}
