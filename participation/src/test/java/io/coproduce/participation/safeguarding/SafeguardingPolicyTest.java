package io.coproduce.participation.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.vetting.VettingLevel;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;
import io.coproduce.participation.Examples;

class SafeguardingPolicyTest {

  private static final SafeguardingPolicy D = SafeguardingPolicy.defaults();

  @ParameterizedTest(name = "youngest aged {0}: 1 adult to {1}, band {2}")
  @CsvSource({"0, 3, under 2", "1, 3, under 2", "2, 4, 2-3", "3, 4, 2-3", "4, 6, 4-8", "8, 6, 4-8", "9, 8, 9-12",
      "12, 8, 9-12", "13, 10, 13-17", "17, 10, 13-17"})
  void shipsTheNspccRatios(int age, int perAdult, String band) {
    assertThat(D.childrenPerAdult(age)).isEqualTo(perAdult);
    assertThat(SafeguardingPolicy.ratioBand(age)).isEqualTo(band);
  }

  @Test
  void shipsTheOtherDefaultsWithTheirSources() {
    assertThat(D.minimumAdults()).isEqualTo(2);
    assertThat(D.minimumOnlineStaff()).isEqualTo(2);
    assertThat(D.extraAdultsForAdditionalNeeds()).isEqualTo(1);
    assertThat(D.aloneWithChildrenRequires()).isEqualTo(VettingLevel.ENHANCED);
    assertThat(D.vettingRenewal()).isEqualTo(Period.ofYears(3));
    assertThat(D.ratioSource()).isEqualTo(SafeguardingPolicy.NSPCC_RATIOS);
    assertThat(SafeguardingPolicy.NSPCC_RATIOS.citation()).contains("NSPCC", "September 2023");
    assertThat(SafeguardingPolicy.NSPCC_ONLINE.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(SafeguardingPolicy.DBS.kind()).isEqualTo(RuleSource.Kind.STATUTORY_GUIDANCE);
    assertThat(SafeguardingPolicy.LIBRARY.kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
  }

  @Test
  void refusesAnAgeOutsideChildhoodWithoutRepeatingIt() {
    for (int age : new int[] {-1, 18}) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> D.childrenPerAdult(age));
      assertThat(e.field()).isEqualTo("youngestYears");
      assertThat(e.offendingValue()).isEmpty();
    }
  }

  @Test
  void aStricterRatioIsTheOrganisationsAndChangesOnlyItsBand() {
    SafeguardingPolicy p = D.withChildrenPerAdult(10, 5, "Our policy 3.1");

    assertThat(p.childrenPerAdult(9)).isEqualTo(5);
    assertThat(p.childrenPerAdult(12)).isEqualTo(5);
    assertThat(p.childrenPerAdult(13)).isEqualTo(10);
    assertThat(p.childrenPerAdult(8)).isEqualTo(6);
    assertThat(p.ratioSource()).isEqualTo(RuleSource.organisationPolicy("Our policy 3.1"));
    assertThat(D.childrenPerAdult(9)).isEqualTo(8);
  }

  @ParameterizedTest(name = "{1} children per adult from age {0} refused")
  @CsvSource({"0, 4", "2, 5", "4, 7", "9, 9", "13, 11", "13, 0"})
  void refusesALaxerRatio(int fromAge, int children) {
    PolicyRefusedException e = catchThrowableOfType(PolicyRefusedException.class,
        () -> D.withChildrenPerAdult(fromAge, children, "lax"));

    assertThat(e.setting()).startsWith("childrenPerAdult.");
    assertThat(e.source()).contains("NSPCC");
  }

  @Test
  void refusesLaxerCountsOfAdults() {
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withMinimumAdults(1)).setting())
        .isEqualTo("minimumAdults");
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withMinimumAdults(21)).setting())
        .isEqualTo("minimumAdults");
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withMinimumOnlineStaff(1)).setting())
        .isEqualTo("minimumOnlineStaff");
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withMinimumOnlineStaff(21)).setting())
        .isEqualTo("minimumOnlineStaff");
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withExtraAdultsForAdditionalNeeds(0))
        .setting()).isEqualTo("extraAdultsForAdditionalNeeds");
    assertThat(catchThrowableOfType(PolicyRefusedException.class, () -> D.withExtraAdultsForAdditionalNeeds(21))
        .setting()).isEqualTo("extraAdultsForAdditionalNeeds");
  }

  @Test
  void acceptsStricterCountsOfAdults() {
    SafeguardingPolicy p = D.withMinimumAdults(3).withMinimumOnlineStaff(20).withExtraAdultsForAdditionalNeeds(2)
        .withAloneWithChildrenRequires(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST)
        .withVettingRenewal(Period.ofYears(1));

    assertThat(p.minimumAdults()).isEqualTo(3);
    assertThat(p.minimumOnlineStaff()).isEqualTo(20);
    assertThat(p.extraAdultsForAdditionalNeeds()).isEqualTo(2);
    assertThat(p.aloneWithChildrenRequires()).isEqualTo(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST);
    assertThat(p.vettingRenewal()).isEqualTo(Period.ofYears(1));
    assertThat(D.withMinimumAdults(20).minimumAdults()).isEqualTo(20);
    assertThat(D.withMinimumOnlineStaff(2).withExtraAdultsForAdditionalNeeds(20).extraAdultsForAdditionalNeeds())
        .isEqualTo(20);
  }

  @Test
  void refusesALowerCheckForBeingAloneWithChildren() {
    assertThat(catchThrowableOfType(PolicyRefusedException.class,
        () -> D.withAloneWithChildrenRequires(VettingLevel.STANDARD)).setting()).isEqualTo("aloneWithChildrenRequires");
    assertThat(D.withAloneWithChildrenRequires(VettingLevel.ENHANCED)).isEqualTo(D);
  }

  @ParameterizedTest(name = "renewal {0} refused")
  @CsvSource({"P0D", "P-1D", "P3Y1D", "P37M", "P1097D"})
  void refusesARenewalPeriodLongerThanThreeYears(String period) {
    assertThat(catchThrowableOfType(PolicyRefusedException.class,
        () -> D.withVettingRenewal(Period.parse(period))).setting()).isEqualTo("vettingRenewal");
  }

  @Test
  void acceptsExactlyThreeYears() {
    assertThat(D.withVettingRenewal(Period.ofMonths(36)).vettingRenewal()).isEqualTo(Period.ofMonths(36));
    assertThat(D.withVettingRenewal(Period.ofDays(1)).vettingRenewal()).isEqualTo(Period.ofDays(1));
  }

  @Test
  void isAValue() {
    assertThat(D.withMinimumAdults(3)).isEqualTo(D.withMinimumAdults(3)).hasSameHashCodeAs(D.withMinimumAdults(3))
        .isNotEqualTo(D).isNotEqualTo("policy");
    assertThat(D.withChildrenPerAdult(0, 2, "x")).isNotEqualTo(D);
    assertThat(D.withMinimumOnlineStaff(3)).isNotEqualTo(D);
    assertThat(D.withExtraAdultsForAdditionalNeeds(3)).isNotEqualTo(D);
    assertThat(D.withVettingRenewal(Period.ofYears(2))).isNotEqualTo(D);
    assertThat(D.withAloneWithChildrenRequires(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST)).isNotEqualTo(D);
    assertThat(D.toString()).contains("minimumAdults=2", "[3, 4, 6, 8, 10]");
  }

  @Test
  void anyAcceptedRatioIsNeverLaxerThanTheNspccs() {
    QuickTheory.qt().withFixedSeed(20261204L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.integers().between(0, 17), SourceDSL.integers().between(-2, 14))
        .checkAssert((age, children) -> {
          try {
            SafeguardingPolicy p = D.withChildrenPerAdult(age, children, "org");
            for (int a = 0; a <= 17; a++) {
              assertThat(p.childrenPerAdult(a)).isBetween(1, D.childrenPerAdult(a));
            }
          } catch (PolicyRefusedException refused) {
            assertThat(children < 1 || children > D.childrenPerAdult(age)).isTrue();
          }
        });
  }
}
