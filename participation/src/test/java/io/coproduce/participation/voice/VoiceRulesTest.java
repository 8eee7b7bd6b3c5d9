package io.coproduce.participation.voice;

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

class VoiceRulesTest {

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(VoiceRules.INFLUENCE_SOURCE, Kind.GUIDANCE, List.of("Lundy", "2007", "NHS England", "2022")),
        Arguments.of(VoiceRules.UNKNOWN_CONTRIBUTOR_SOURCE, Kind.LIBRARY_DEFAULT, List.of("not counted as a young person")),
        Arguments.of(VoiceRules.DEFAULT_PERIOD_SOURCE, Kind.LIBRARY_DEFAULT, List.of("28 days", "NHS England", "sets no period")),
        Arguments.of(VoiceRules.READER_UNKNOWN_SOURCE, Kind.LIBRARY_DEFAULT, List.of("age is unknown")),
        Arguments.of(VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE, Kind.LAW, List.of("UK GDPR Art 4(11)", "Art 7")),
        Arguments.of(VoiceRules.FALLBACK_SOURCE, Kind.LIBRARY_DEFAULT, List.of("anonymously", "never attributed")),
        Arguments.of(VoiceRules.NAMED_NEEDS_BOTH_SOURCE, Kind.LIBRARY_DEFAULT, List.of("first name", "credited publicly")));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void everyRuleNamesItsKindOfAuthorityAndCitation(RuleSource source, Kind kind, List<String> cited) {
    assertThat(source.kind()).isEqualTo(kind);
    assertThat(source.citation()).contains(cited);
  }

  @Test
  void ruleNamesAreDistinctAndUnderVoice() throws IllegalAccessException {
    List<String> names = new ArrayList<>();
    for (Field f : VoiceRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    assertThat(names).hasSize(10).doesNotHaveDuplicates().allMatch(n -> n.startsWith("voice."));
  }
}
