package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import io.coproduce.core.rule.RuleSource.Kind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkMapRulesTest {

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(WorkMapRules.OVERLAP_SOURCE, List.of("who is doing what", "coordinate", "2019")),
        Arguments.of(WorkMapRules.GAP_SOURCE, List.of("declared", "Rethink Mental Illness (2024)", "comprehensive")),
        Arguments.of(WorkMapRules.PARTNER_SOURCE, List.of("ties in organisation id order", "funding bids")));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everyRuleIsALibraryDefaultSayingWhatItRestsOn(RuleSource source, List<String> cited) {
    assertThat(source.kind()).isEqualTo(Kind.LIBRARY_DEFAULT);
    assertThat(source.citation()).contains(cited);
  }

  @Test
  void ruleNamesAreDistinctAndUnderWorkmap() throws IllegalAccessException {
    List<String> names = new ArrayList<>();
    for (Field f : WorkMapRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    for (MatchCriterion c : MatchCriterion.values()) {
      names.add(c.rule());
    }
    assertThat(names).hasSize(8).doesNotHaveDuplicates().allMatch(n -> n.startsWith("workmap."));
  }
}
