package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.quality.ElementStatus.MET;
import static io.coproduce.participation.quality.ElementStatus.NOT_MET;
import static io.coproduce.participation.quality.ElementStatus.PARTLY_MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ElementAssessmentTest {

  private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");
  private static final Evidence EVIDENCE = Evidence.ofCounts(Map.of(Evidence.CITED, 1));
  private static final Reason COMPUTATION = Reason.of(QualityRules.LUNDY_INFLUENCE, "what the records show",
      QualityRules.LUNDY_SOURCE);

  private static Declaration declared(ElementStatus status) {
    return status == null ? null : Declaration.of(LundyElement.INFLUENCE, status, EvidenceId.parse("doc-1"),
        PersonId.parse("st-lead"), T);
  }

  static Stream<Arguments> overrideTable() {
    return Stream.of(
        // computed, declared, status, basis, rule of the combination's reason (null: none added)
        Arguments.of(MET, null, MET, Basis.COMPUTED, null),
        Arguments.of(NOT_MET, null, NOT_MET, Basis.COMPUTED, null),
        Arguments.of(NOT_MET, MET, NOT_MET, Basis.COMPUTED_OVER_DECLARATION, QualityRules.DECLARATION_OVERRIDDEN),
        Arguments.of(NOT_MET, PARTLY_MET, NOT_MET, Basis.COMPUTED_OVER_DECLARATION, QualityRules.DECLARATION_OVERRIDDEN),
        Arguments.of(PARTLY_MET, MET, PARTLY_MET, Basis.COMPUTED_OVER_DECLARATION, QualityRules.DECLARATION_OVERRIDDEN),
        Arguments.of(MET, MET, MET, Basis.COMPUTED, QualityRules.DECLARATION_AGREES),
        Arguments.of(NOT_MET, NOT_MET, NOT_MET, Basis.COMPUTED, QualityRules.DECLARATION_AGREES),
        Arguments.of(MET, PARTLY_MET, PARTLY_MET, Basis.DECLARED_SHORTFALL, QualityRules.DECLARED_SHORTFALL),
        Arguments.of(MET, NOT_MET, NOT_MET, Basis.DECLARED_SHORTFALL, QualityRules.DECLARED_SHORTFALL),
        Arguments.of(PARTLY_MET, NOT_MET, NOT_MET, Basis.DECLARED_SHORTFALL, QualityRules.DECLARED_SHORTFALL),
        Arguments.of(null, MET, MET, Basis.DECLARED, QualityRules.DECLARATION_STANDS),
        Arguments.of(null, PARTLY_MET, PARTLY_MET, Basis.DECLARED, QualityRules.DECLARATION_STANDS),
        Arguments.of(null, NOT_MET, NOT_MET, Basis.DECLARED, QualityRules.DECLARATION_STANDS),
        Arguments.of(null, null, NOT_MET, Basis.NO_EVIDENCE, QualityRules.UNANSWERED));
  }

  @ParameterizedTest(name = "computed {0}, declared {1}: {2} ({3})")
  @MethodSource("overrideTable")
  void factsOverrideHigherDeclarationsAndDeclarationsStandWhereFactsAreSilent(ElementStatus computed,
      ElementStatus declaredStatus, ElementStatus status, Basis basis, String rule) {
    Declaration d = declared(declaredStatus);
    ElementAssessment a = ElementAssessment.combine(LundyElement.INFLUENCE, computed, d, EVIDENCE, List.of(COMPUTATION));
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.basis()).isEqualTo(basis);
    assertThat(a.overridden()).isEqualTo(basis == Basis.COMPUTED_OVER_DECLARATION);
    assertThat(a.isMet()).isEqualTo(status == MET);
    assertThat(a.computedStatus()).isEqualTo(Optional.ofNullable(computed));
    assertThat(a.declared()).isEqualTo(Optional.ofNullable(d));
    assertThat(a.evidence()).isEqualTo(EVIDENCE);
    assertThat(a.reasons().get(0)).isEqualTo(COMPUTATION);
    if (rule == null) {
      assertThat(a.reasons()).hasSize(1);
    } else {
      assertThat(a.reasons()).hasSize(2);
      Reason added = a.reasons().get(1);
      assertThat(added.rule()).isEqualTo(rule);
      assertThat(added.source()).isEqualTo(switch (basis) {
        case COMPUTED_OVER_DECLARATION -> QualityRules.COMPUTED_OVERRIDES_SOURCE;
        case NO_EVIDENCE -> QualityRules.UNANSWERED_SOURCE;
        default -> QualityRules.DECLARATION_SOURCE;
      });
      assertThat(added.explanation()).contains("influence");
      if (d != null) {
        assertThat(added.explanation()).contains(d.describe());
      }
    }
    if (computed != null) {
      assertThat(a.status().isAtLeast(computed)).as("never above the facts").isEqualTo(a.status() == computed);
      assertThat(computed.isAtLeast(a.status())).isTrue();
    }
    if (d != null) {
      assertThat(d.status().isAtLeast(a.status())).as("never above the declaration").isTrue();
    }
  }

  static Stream<Arguments> misfits() {
    return Stream.of(
        Arguments.of(MET, Basis.COMPUTED, NOT_MET, null),
        Arguments.of(MET, Basis.COMPUTED, MET, NOT_MET),
        Arguments.of(MET, Basis.COMPUTED_OVER_DECLARATION, MET, MET),
        Arguments.of(MET, Basis.COMPUTED_OVER_DECLARATION, MET, null),
        Arguments.of(NOT_MET, Basis.COMPUTED_OVER_DECLARATION, PARTLY_MET, MET),
        Arguments.of(NOT_MET, Basis.DECLARED_SHORTFALL, null, NOT_MET),
        Arguments.of(NOT_MET, Basis.DECLARED_SHORTFALL, NOT_MET, NOT_MET),
        Arguments.of(NOT_MET, Basis.DECLARED_SHORTFALL, MET, PARTLY_MET),
        Arguments.of(MET, Basis.DECLARED, MET, MET),
        Arguments.of(MET, Basis.DECLARED, null, PARTLY_MET),
        Arguments.of(NOT_MET, Basis.NO_EVIDENCE, NOT_MET, null),
        Arguments.of(NOT_MET, Basis.NO_EVIDENCE, null, NOT_MET),
        Arguments.of(PARTLY_MET, Basis.NO_EVIDENCE, null, null));
  }

  @ParameterizedTest(name = "{1}: status {0}, computed {2}, declared {3}")
  @MethodSource("misfits")
  void refusesABasisThatDoesNotFit(ElementStatus status, Basis basis, ElementStatus computed, ElementStatus declaredStatus) {
    var e = rejectionOf(() -> new ElementAssessment(LundyElement.INFLUENCE, status, basis, computed,
        declared(declaredStatus), EVIDENCE, List.of(COMPUTATION)));
    assertThat(e.field()).isEqualTo("elementAssessment.basis");
  }

  @Test
  void acceptsEveryFittingCombination() {
    assertThat(new ElementAssessment(LundyElement.INFLUENCE, NOT_MET, Basis.COMPUTED_OVER_DECLARATION, NOT_MET,
        declared(PARTLY_MET), EVIDENCE, List.of(COMPUTATION)).overridden()).isTrue();
    assertThat(new ElementAssessment(LundyElement.INFLUENCE, PARTLY_MET, Basis.DECLARED_SHORTFALL, MET,
        declared(PARTLY_MET), EVIDENCE, List.of(COMPUTATION)).basis().isDeclared()).isTrue();
  }

  @Test
  void refusesADeclarationAboutAnotherElement() {
    Declaration space = Declaration.of(LundyElement.SPACE, MET, EvidenceId.parse("doc-1"), PersonId.parse("st-lead"), T);
    var e = rejectionOf(() -> new ElementAssessment(LundyElement.INFLUENCE, MET, Basis.DECLARED, null, space, EVIDENCE,
        List.of(COMPUTATION)));
    assertThat(e.field()).isEqualTo("elementAssessment.declaration");
  }

  @Test
  void refusesAnAnswerWithoutAReason() {
    var e = rejectionOf(() -> new ElementAssessment(LundyElement.INFLUENCE, MET, Basis.COMPUTED, MET, null, EVIDENCE,
        List.of()));
    assertThat(e.field()).isEqualTo("elementAssessment.reasons");
  }
}
