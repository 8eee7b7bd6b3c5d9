package io.coproduce.participation.vetting;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VettingCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @ParameterizedTest(name = "{0} meets {1}: {2}")
  @CsvSource({
      "ENHANCED, ENHANCED, true", "ENHANCED, ENHANCED_WITH_CHILDRENS_BARRED_LIST, false",
      "ENHANCED_WITH_CHILDRENS_BARRED_LIST, ENHANCED, true", "BASIC, STANDARD, false", "STANDARD, BASIC, true",
      "BASIC, NONE, true"})
  void meetsALevelAtOrBelowItsOwn(VettingLevel held, VettingLevel wanted, boolean meets) {
    assertThat(VettingCheck.of(held, DAY.minusDays(1)).meetsOn(wanted, DAY)).isEqualTo(meets);
  }

  @Test
  void noCheckMeetsOnlyNone() {
    assertThat(VettingCheck.none().meetsOn(VettingLevel.NONE, DAY)).isTrue();
    assertThat(VettingCheck.none().meetsOn(VettingLevel.BASIC, DAY)).isFalse();
    assertThat(VettingCheck.none()).hasToString("NONE");
  }

  @Test
  void aCertificateIssuedLaterDidNotExistYet() {
    VettingCheck c = VettingCheck.of(VettingLevel.ENHANCED, DAY);

    assertThat(c.meetsOn(VettingLevel.ENHANCED, DAY)).isTrue();
    assertThat(c.meetsOn(VettingLevel.ENHANCED, DAY.minusDays(1))).isFalse();
    assertThat(c).hasToString("ENHANCED issued 2026-06-01");
  }

  @Test
  void isOlderThanAPeriodStrictlyAfterIt() {
    VettingCheck c = VettingCheck.of(VettingLevel.ENHANCED, DAY.minusYears(3));

    assertThat(c.isOlderThan(Period.ofYears(3), DAY)).isFalse();
    assertThat(c.isOlderThan(Period.ofYears(3), DAY.plusDays(1))).isTrue();
    assertThat(VettingCheck.none().isOlderThan(Period.ofDays(1), DAY)).isFalse();
  }

  @Test
  void requiresAnIssueDateExactlyWhenThereIsACheck() {
    assertThat(rejectionOf(() -> new VettingCheck(VettingLevel.NONE, DAY)).field()).isEqualTo("vettingCheck.issuedOn");
    assertThat(rejectionOf(() -> new VettingCheck(VettingLevel.BASIC, null)).rule()).contains("BASIC");
  }
}
