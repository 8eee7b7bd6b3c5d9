package io.coproduce.participation.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import io.coproduce.core.rule.RuleSource.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkRulesTest {

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(FrameworkRules.LATEST_ANSWER_SOURCE, Kind.LIBRARY_DEFAULT,
            List.of("latest day", "lowest-scoring", "after the day asked about")),
        Arguments.of(FrameworkRules.COMPUTED_OVERRIDES_SOURCE, Kind.LIBRARY_DEFAULT,
            List.of("overrides a self-declared answer", "whatever their dates", "Lundy 2007", "Hear by Right")),
        Arguments.of(FrameworkRules.UNANSWERED_SOURCE, Kind.LIBRARY_DEFAULT,
            List.of("scores nothing", "toward the most")));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everyRuleNamesItsKindOfAuthorityAndCitation(RuleSource source, Kind kind, List<String> cited) {
    assertThat(source.kind()).isEqualTo(kind);
    assertThat(source.citation()).contains(cited);
  }

  @Test
  void ruleNamesAreDistinctAndUnderFramework() {
    assertThat(List.of(FrameworkRules.LATEST_DECLARED, FrameworkRules.COMPUTED_COUNTS,
        FrameworkRules.UNANSWERED, FrameworkRules.COMPUTED_BELOW_DECLARED))
        .doesNotHaveDuplicates().allMatch(n -> n.startsWith("framework.answer."));
  }
}
