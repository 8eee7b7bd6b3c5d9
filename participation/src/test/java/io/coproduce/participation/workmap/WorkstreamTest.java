package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.A1;
import static io.coproduce.participation.workmap.WorkMapWorld.ANNA;
import static io.coproduce.participation.workmap.WorkMapWorld.B1;
import static io.coproduce.participation.workmap.WorkMapWorld.C1;
import static io.coproduce.participation.workmap.WorkMapWorld.O1;
import static io.coproduce.participation.workmap.WorkMapWorld.O2;
import static io.coproduce.participation.workmap.WorkMapWorld.START;
import static io.coproduce.participation.workmap.WorkMapWorld.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.AimId;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkstreamTest {

  /** A complete builder, which each row of the refusal table breaks in one way. */
  private static Workstream.Builder complete() {
    return builder("ws-1", ANNA).objectives(Set.of(O1)).ageBands(Set.of(AgeBand.AGE_6_TO_9))
        .regions(Set.of(Region.WALES));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("no objective", (UnaryOperator<Workstream.Builder>) b -> b.objectives(Set.of()),
            "workstream.objectives"),
        Arguments.of("no age band", (UnaryOperator<Workstream.Builder>) b -> b.ageBands(Set.of()),
            "workstream.ageBands"),
        Arguments.of("no layer", (UnaryOperator<Workstream.Builder>) b -> b.layers(Set.of()), "workstream.layers"),
        Arguments.of("no region", (UnaryOperator<Workstream.Builder>) b -> b.regions(Set.of()), "workstream.regions"),
        Arguments.of("no method", (UnaryOperator<Workstream.Builder>) b -> b.methods(Set.of()), "workstream.methods"),
        Arguments.of("ends before it starts",
            (UnaryOperator<Workstream.Builder>) b -> b.active(START, START.minusDays(1)), "workstream.activeUntil"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAnIncompleteDeclarationNamingTheFieldAndTheWorkstream(String why,
      UnaryOperator<Workstream.Builder> breakIt, String field) {
    InvalidInputException e = rejectionOf(() -> breakIt.apply(complete()).build());
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains("ws-1");
  }

  @Test
  void refusesAMissingFundingStatusOrFirstDay() {
    assertThatNullPointerException().isThrownBy(() -> Workstream.builder(WorkMapWorld.wid("w"), ANNA)
        .objectives(Set.of(O1)).ageBands(Set.of(AgeBand.AGE_6_TO_9)).regions(Set.of(Region.WALES))
        .layers(Set.of(Layer.SERVICE)).methods(Set.of(WorkstreamMethod.TRAINING)).activeFrom(START).build())
        .withMessage("funding");
    assertThatNullPointerException().isThrownBy(() -> Workstream.builder(WorkMapWorld.wid("w"), ANNA)
        .objectives(Set.of(O1)).ageBands(Set.of(AgeBand.AGE_6_TO_9)).regions(Set.of(Region.WALES))
        .layers(Set.of(Layer.SERVICE)).methods(Set.of(WorkstreamMethod.TRAINING)).funding(FundingStatus.FUNDED)
        .build())
        .withMessage("activeFrom");
  }

  @Test
  void acceptsNoAimsNoPrinciplesTheAdultBandAndRegionsThatRepeatEachOther() {
    Workstream w = complete().ageBands(Set.of(AgeBand.ADULT_26_PLUS))
        .regions(Set.of(Region.UK_WIDE, Region.LONDON)).build();
    assertThat(w.aims()).isEmpty();
    assertThat(w.principles()).isEmpty();
    assertThat(w.ageBands()).containsExactly(AgeBand.ADULT_26_PLUS);
    assertThat(w.regions()).containsExactly(Region.LONDON, Region.UK_WIDE);
    assertThat(w.areas()).isEqualTo(Region.UK_WIDE.areas());
  }

  @Test
  void acceptsAOneDayWorkstream() {
    Workstream w = complete().active(START, START).build();
    assertThat(w.activeOn(START)).isTrue();
    assertThat(w.activeOn(START.plusDays(1))).isFalse();
    assertThat(w.lastDay()).contains(START);
  }

  @Test
  void holdsItsSetsInOrder() {
    Workstream w = complete()
        .objectives(List.of(ObjectiveId.parse("o-b"), ObjectiveId.parse("o-a")))
        .aims(List.of(AimId.parse("aim-2"), AimId.parse("aim-1")))
        .ageBands(List.of(AgeBand.AGE_16_TO_17, AgeBand.AGE_0_TO_5))
        .layers(List.of(Layer.NATION, Layer.SERVICE))
        .regions(List.of(Region.UK_WIDE, Region.NORTH_EAST))
        .methods(List.of(WorkstreamMethod.CONVENING, WorkstreamMethod.TRAINING))
        .principles(List.of(WholeSystemPrinciple.ACCOUNTABLE, WholeSystemPrinciple.PREVENTATIVE))
        .build();
    assertThat(w.objectives()).extracting(ObjectiveId::value).containsExactly("o-a", "o-b");
    assertThat(w.aims()).extracting(AimId::value).containsExactly("aim-1", "aim-2");
    assertThat(w.ageBands()).containsExactly(AgeBand.AGE_0_TO_5, AgeBand.AGE_16_TO_17);
    assertThat(w.layers()).containsExactly(Layer.SERVICE, Layer.NATION);
    assertThat(w.regions()).containsExactly(Region.NORTH_EAST, Region.UK_WIDE);
    assertThat(w.methods()).containsExactly(WorkstreamMethod.TRAINING, WorkstreamMethod.CONVENING);
    assertThat(w.principles()).containsExactly(WholeSystemPrinciple.PREVENTATIVE, WholeSystemPrinciple.ACCOUNTABLE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2025-08-31, false", "2025-09-01, true", "2026-01-31, true", "2026-02-01, false"})
  void isActiveFromItsFirstToItsLastDayInclusive(LocalDate date, boolean active) {
    assertThat(C1.activeOn(date)).isEqualTo(active);
  }

  @Test
  void withoutAPlannedEndItStaysActive() {
    assertThat(A1.lastDay()).isEmpty();
    assertThat(A1.activeOn(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(A1.activeOn(START.minusDays(1))).isFalse();
    Workstream reopened = complete().active(START, START.plusDays(3)).activeFrom(START).build();
    assertThat(reopened.lastDay()).as("activeFrom clears the planned end").isEmpty();
  }

  @Test
  void worksInTheRegionsItsAreasMeet() {
    assertThat(B1.worksIn(Region.LONDON)).isTrue();
    assertThat(B1.worksIn(Region.UK_WIDE)).isTrue();
    assertThat(B1.worksIn(Region.WALES)).isFalse();
    assertThat(A1.worksIn(Region.ENGLAND)).isTrue();
    assertThat(A1.worksIn(Region.SOUTH_WEST)).isFalse();
    assertThat(A1.areas()).containsExactly(Region.NORTH_WEST, Region.LONDON);
  }

  @Test
  void servesItsObjectivesOnly() {
    assertThat(A1.serves(O1)).isTrue();
    assertThat(A1.serves(O2)).isFalse();
  }

  @Test
  void equalityIsByEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(complete().build(), complete().build())
        .addEqualityGroup(complete().funding(FundingStatus.UNFUNDED).build())
        .addEqualityGroup(complete().principles(Set.of(WholeSystemPrinciple.CO_PRODUCED)).build())
        .addEqualityGroup(complete().active(START, START.plusDays(10)).build())
        .testEquals();
  }

  @Test
  void describesItselfByIdsAndDatesOnly() {
    assertThat(A1.toString()).isEqualTo("Workstream[a1, org-anna, 2025-09-01..]");
    assertThat(C1.toString()).isEqualTo("Workstream[c1, org-cedar, 2025-09-01..2026-01-31]");
  }
}
