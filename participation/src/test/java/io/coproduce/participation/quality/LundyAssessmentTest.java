package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LundyAssessmentTest {

  private static final QualityScope SCOPE = QualityScope.ofForum(QualityWorld.YAG);
  private static final Instant T = QualityWorld.AT;

  private static ElementAssessment answer(LundyElement element, ElementStatus computed, ElementStatus declared) {
    Declaration d = declared == null ? null
        : Declaration.of(element, declared, EvidenceId.parse("doc-1"), PersonId.parse("st-lead"), T);
    return ElementAssessment.combine(element, computed, d, Evidence.ofCounts(Map.of()),
        List.of(Reason.of(element.rule(), "computed", QualityRules.LUNDY_SOURCE)));
  }

  private static Map<LundyElement, ElementAssessment> all(ElementStatus status) {
    Map<LundyElement, ElementAssessment> out = new LinkedHashMap<>();
    for (LundyElement e : List.of(LundyElement.INFLUENCE, LundyElement.SPACE, LundyElement.AUDIENCE, LundyElement.VOICE)) {
      out.put(e, answer(e, status, null));
    }
    return out;
  }

  @Test
  void holdsTheElementsInTheModelsOrder() {
    LundyAssessment a = new LundyAssessment(SCOPE, T, all(ElementStatus.MET), List.of());
    assertThat(a.elements().keySet()).containsExactly(LundyElement.values());
    assertThat(a.isFullyMet()).isTrue();
    assertThat(a.weakest()).isEqualTo(ElementStatus.MET);
    assertThat(a.overridden()).isEmpty();
    assertThat(a.status(LundyElement.VOICE)).isEqualTo(ElementStatus.MET);
  }

  @Test
  void theWeakestElementAndTheOverriddenOnes() {
    Map<LundyElement, ElementAssessment> m = new EnumMap<>(all(ElementStatus.MET));
    m.put(LundyElement.AUDIENCE, answer(LundyElement.AUDIENCE, ElementStatus.PARTLY_MET, ElementStatus.MET));
    m.put(LundyElement.SPACE, answer(LundyElement.SPACE, ElementStatus.MET, ElementStatus.MET));
    LundyAssessment a = new LundyAssessment(SCOPE, T, m, List.of());
    assertThat(a.weakest()).isEqualTo(ElementStatus.PARTLY_MET);
    assertThat(a.isFullyMet()).isFalse();
    assertThat(a.overridden()).containsExactly(LundyElement.AUDIENCE);
    m.put(LundyElement.INFLUENCE, answer(LundyElement.INFLUENCE, ElementStatus.NOT_MET, ElementStatus.PARTLY_MET));
    LundyAssessment b = new LundyAssessment(SCOPE, T, m, List.of());
    assertThat(b.weakest()).isEqualTo(ElementStatus.NOT_MET);
    assertThat(b.overridden()).containsExactly(LundyElement.AUDIENCE, LundyElement.INFLUENCE);
  }

  @Test
  void refusesAMissingElement() {
    Map<LundyElement, ElementAssessment> m = new EnumMap<>(all(ElementStatus.MET));
    m.remove(LundyElement.AUDIENCE);
    var e = rejectionOf(() -> new LundyAssessment(SCOPE, T, m, List.of()));
    assertThat(e.field()).isEqualTo("lundyAssessment.elements");
    assertThat(e.offendingValue()).contains("AUDIENCE");
  }

  @Test
  void refusesAnAnswerUnderAnotherElement() {
    Map<LundyElement, ElementAssessment> m = new EnumMap<>(all(ElementStatus.MET));
    m.put(LundyElement.AUDIENCE, answer(LundyElement.VOICE, ElementStatus.MET, null));
    var e = rejectionOf(() -> new LundyAssessment(SCOPE, T, m, List.of()));
    assertThat(e.field()).isEqualTo("lundyAssessment.elements");
  }
}
