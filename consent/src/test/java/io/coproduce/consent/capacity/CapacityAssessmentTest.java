package io.coproduce.consent.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CapacityAssessmentTest {

  private static final CapacityAssessmentId ID = CapacityAssessmentId.parse("ca-1");
  private static final PersonId CHILD = PersonId.parse("yp-1");
  private static final PersonId ASSESSOR = PersonId.parse("st-nurse");
  private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

  private static CapacityAssessment with(Set<CapacityCriterion> met) {
    return CapacityAssessment.of(ID, CHILD, Set.of(Purpose.photography()), AT, ASSESSOR, met);
  }

  @Test
  void capableOnlyWhenEveryCriterionIsMet() {
    CapacityAssessment a = with(EnumSet.allOf(CapacityCriterion.class));
    assertThat(a.outcome()).isEqualTo(CapacityOutcome.CAPABLE);
    assertThat(a.isCapable()).isTrue();
    assertThat(a.criteriaNotMet()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CapacityCriterion.class)
  void anyCriterionNotMetMeansNotCapable(CapacityCriterion missing) {
    EnumSet<CapacityCriterion> met = EnumSet.allOf(CapacityCriterion.class);
    met.remove(missing);
    CapacityAssessment a = with(met);
    assertThat(a.outcome()).isEqualTo(CapacityOutcome.NOT_CAPABLE);
    assertThat(a.isCapable()).isFalse();
    assertThat(a.criteriaNotMet()).containsExactly(missing);
  }

  @Test
  void noCriteriaMetIsNotCapable() {
    assertThat(with(Set.of()).outcome()).isEqualTo(CapacityOutcome.NOT_CAPABLE);
    assertThat(with(Set.of()).criteriaNotMet()).hasSize(6);
  }

  @Test
  void isDecisionSpecific() {
    CapacityAssessment a = with(EnumSet.allOf(CapacityCriterion.class));
    assertThat(a.covers(Purpose.photography())).isTrue();
    assertThat(a.covers(Purpose.video())).isFalse();
  }

  @Test
  void refusesAnAssessmentOfNoDecisionOrByTheChild() {
    assertThatThrownBy(() -> CapacityAssessment.of(ID, CHILD, Set.of(), AT, ASSESSOR, Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("capacityAssessment.purposes"));
    assertThatThrownBy(() -> CapacityAssessment.of(ID, CHILD, Set.of(Purpose.video()), AT, CHILD, Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("capacityAssessment.assessor"));
  }

  @Test
  void setsAreImmutableAndSorted() {
    CapacityAssessment a = with(EnumSet.of(CapacityCriterion.WEIGHS_INFORMATION, CapacityCriterion.RETAINS_INFORMATION));
    assertThat(a.criteriaMet()).containsExactly(CapacityCriterion.RETAINS_INFORMATION, CapacityCriterion.WEIGHS_INFORMATION);
    assertThatThrownBy(() -> a.criteriaMet().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.purposes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void idRoundTrips() {
    assertThat(CapacityAssessmentId.parse("ca-1").toString()).isEqualTo("ca-1");
    assertThat(CapacityAssessmentId.random(new java.util.SplittableRandom(3)).value()).hasSize(26);
  }
}
