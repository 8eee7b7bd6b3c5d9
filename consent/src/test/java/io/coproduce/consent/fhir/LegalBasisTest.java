package io.coproduce.consent.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalBasisTest {

  private static final String LAW = "https://www.legislation.gov.uk/";

  static Stream<Arguments> laws() {
    Jurisdiction eng = Jurisdiction.ENGLAND;
    Jurisdiction wal = Jurisdiction.WALES;
    Jurisdiction sct = Jurisdiction.SCOTLAND;
    Jurisdiction nir = Jurisdiction.NORTHERN_IRELAND;
    return Stream.of(
        // authority, nation, law
        Arguments.of(DecisionAuthority.SELF_ADULT, eng, LAW + "ukpga/1969/46/section/1"),
        Arguments.of(DecisionAuthority.SELF_ADULT, sct, LAW + "ukpga/1991/50/section/1"),
        Arguments.of(DecisionAuthority.SELF_ADULT, nir, LAW + "apni/1969/28/section/1"),
        Arguments.of(DecisionAuthority.SELF_AGED_16_OR_OVER, wal, LAW + "ukpga/2005/9/section/1"),
        Arguments.of(DecisionAuthority.SELF_AGED_16_OR_OVER, sct, LAW + "ukpga/1991/50/section/1"),
        Arguments.of(DecisionAuthority.SELF_AGED_16_OR_OVER, nir, LAW + "nia/2016/18/section/1"),
        Arguments.of(DecisionAuthority.SELF_ASSESSED_CAPABLE, eng, "https://www.bailii.org/uk/cases/UKHL/1985/7.html"),
        Arguments.of(DecisionAuthority.SELF_ASSESSED_CAPABLE, nir, "https://www.bailii.org/uk/cases/UKHL/1985/7.html"),
        Arguments.of(DecisionAuthority.SELF_ASSESSED_CAPABLE, sct, LAW + "ukpga/1991/50/section/2"),
        Arguments.of(DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, sct, LAW + "ukpga/2018/12/section/208"),
        Arguments.of(DecisionAuthority.SELF_ONLINE_CONSENT_AGE, eng, LAW + "eur/2016/679/article/8"),
        Arguments.of(DecisionAuthority.PARENTAL_RESPONSIBILITY, eng, LAW + "ukpga/1989/41/section/3"),
        Arguments.of(DecisionAuthority.PARENTAL_RESPONSIBILITY, sct, LAW + "ukpga/1995/36/section/2"),
        Arguments.of(DecisionAuthority.PARENTAL_RESPONSIBILITY, nir, LAW + "nisi/1995/755/article/6"),
        Arguments.of(DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, wal, LAW + "ukpga/1989/41/section/33"),
        Arguments.of(DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, sct, LAW + "asp/2007/4/section/80"),
        Arguments.of(DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, nir, LAW + "nisi/1995/755/article/52"),
        Arguments.of(DecisionAuthority.COURT, eng, LAW + "ukpga/1989/41/section/8"),
        Arguments.of(DecisionAuthority.COURT, sct, LAW + "ukpga/1995/36/section/11"),
        Arguments.of(DecisionAuthority.COURT, nir, LAW + "nisi/1995/755/article/8"),
        Arguments.of(DecisionAuthority.LEGAL_REPRESENTATIVE, sct, LAW + "uksi/2004/1031/schedule/1"));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @MethodSource("laws")
  void eachAuthorityRestsOnTheLawOfItsNation(DecisionAuthority authority, Jurisdiction nation, String uri) {
    assertThat(LegalBasis.uri(authority, nation)).isEqualTo(uri);
  }

  @Test
  void aRequestRestsOnTheConditionsForConsent() {
    for (Jurisdiction nation : Jurisdiction.values()) {
      assertThat(LegalBasis.uri(null, nation)).isEqualTo(LAW + "eur/2016/679/article/7");
    }
  }

  @Test
  void everyAuthorityInEveryNationHasAnHttpsLaw() {
    for (DecisionAuthority authority : DecisionAuthority.values()) {
      for (Jurisdiction nation : Jurisdiction.values()) {
        assertThat(LegalBasis.uri(authority, nation)).matches("https://www\\.(legislation\\.gov\\.uk|bailii\\.org)/\\S+");
      }
    }
  }
}
