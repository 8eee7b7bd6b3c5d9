package io.coproduce.participation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

  @Test
  void theModelsAreCitedAsPublished() {
    assertThat(QualityRules.LUNDY_SOURCE.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(QualityRules.LUNDY_SOURCE.citation()).contains("Lundy", "2007", "British Educational Research Journal 33(6)",
        "space, voice, audience, influence");
    assertThat(QualityRules.HART_SOURCE.citation()).contains("Hart", "1992", "Innocenti Essays No. 4", "UNICEF");
    assertThat(QualityRules.SHIER_SOURCE.citation()).contains("Shier", "2001", "Children & Society 15(2)");
    assertThat(List.of(QualityRules.HART_SOURCE, QualityRules.SHIER_SOURCE)).extracting(RuleSource::kind)
        .containsOnly(RuleSource.Kind.GUIDANCE);
  }

  @Test
  void theLibrarysOwnReadingsSayTheyAreLibraryDefaults() {
    assertThat(List.of(QualityRules.COMPUTED_OVERRIDES_SOURCE, QualityRules.DECLARATION_SOURCE,
        QualityRules.UNANSWERED_SOURCE, QualityRules.VOICE_SHARE_SOURCE, QualityRules.UNKNOWN_INITIATOR_SOURCE))
        .extracting(RuleSource::kind).containsOnly(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(QualityRules.VOICE_SHARE_SOURCE.citation()).contains("half");
    assertThat(QualityRules.UNKNOWN_INITIATOR_SOURCE.citation()).contains("started by adults");
  }

  @Test
  void ruleNamesAreDistinctAndNamespaced() throws IllegalAccessException {
    List<String> names = new ArrayList<>();
    for (Field f : QualityRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    assertThat(names).hasSizeGreaterThan(20).doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n).matches("quality\\.[a-z]+\\.[a-z0-9-]*"));
  }
}
