package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HartRungTest {

  @ParameterizedTest(name = "rung {0}")
  @CsvSource({
      "1, MANIPULATION, manipulation, false",
      "2, DECORATION, decoration, false",
      "3, TOKENISM, tokenism, false",
      "4, ASSIGNED_BUT_INFORMED, assigned but informed, true",
      "5, CONSULTED_AND_INFORMED, consulted and informed, true",
      "6, ADULT_INITIATED_SHARED_DECISIONS, 'adult-initiated, shared decisions with young people', true",
      "7, CHILD_INITIATED_AND_DIRECTED, initiated and directed by young people, true",
      "8, CHILD_INITIATED_SHARED_DECISIONS, 'initiated by young people, shared decisions with adults', true"})
  void theLadderHasEightRungsThreeOfThemNonParticipation(int number, HartRung rung, String label, boolean participation) {
    assertThat(HartRung.ofNumber(number)).isEqualTo(rung);
    assertThat(rung.number()).isEqualTo(number);
    assertThat(rung.label()).isEqualTo(label);
    assertThat(rung.isParticipation()).isEqualTo(participation);
    assertThat(rung.source()).isEqualTo(QualityRules.HART_SOURCE);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -1})
  void refusesANumberOffTheLadder(int number) {
    var e = rejectionOf(() -> HartRung.ofNumber(number));
    assertThat(e.field()).isEqualTo("hartRung");
  }

  @Test
  void comparesUpTheLadder() {
    assertThat(HartRung.TOKENISM.isAtLeast(HartRung.DECORATION)).isTrue();
    assertThat(HartRung.TOKENISM.isAtLeast(HartRung.TOKENISM)).isTrue();
    assertThat(HartRung.TOKENISM.isAtLeast(HartRung.ASSIGNED_BUT_INFORMED)).isFalse();
  }

  @Test
  void theSourceIsHart1992() {
    RuleSource s = HartRung.TOKENISM.source();
    assertThat(s.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(s.citation()).contains("Hart", "1992", "Innocenti", "UNICEF");
  }
}
