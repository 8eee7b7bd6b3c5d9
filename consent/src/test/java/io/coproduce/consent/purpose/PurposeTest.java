package io.coproduce.consent.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PurposeTest {

  static Stream<Arguments> textForms() {
    return Stream.of(
        Arguments.of(Purpose.takingPart(), "TAKING_PART"),
        Arguments.of(Purpose.contact(), "CONTACT"),
        Arguments.of(Purpose.photography(), "PHOTOGRAPHY"),
        Arguments.of(Purpose.video(), "VIDEO"),
        Arguments.of(Purpose.audioRecording(), "AUDIO_RECORDING"),
        Arguments.of(Purpose.quotation(QuoteAttribution.ANONYMOUS), "QUOTATION:ANONYMOUS"),
        Arguments.of(Purpose.quotation(QuoteAttribution.FIRST_NAME), "QUOTATION:FIRST_NAME"),
        Arguments.of(Purpose.quotation(QuoteAttribution.CHOSEN_NAME), "QUOTATION:CHOSEN_NAME"),
        Arguments.of(Purpose.publicCredit(), "PUBLIC_CREDIT"),
        Arguments.of(Purpose.publication(), "PUBLICATION"),
        Arguments.of(Purpose.sharingWith(OrganisationId.parse("icb-north")), "SHARING:icb-north"),
        Arguments.of(Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE), "RESEARCH:CLINICAL_TRIAL_OF_MEDICINE"),
        Arguments.of(Purpose.research(ResearchKind.OTHER_RESEARCH), "RESEARCH:OTHER_RESEARCH"),
        Arguments.of(Purpose.payment(), "PAYMENT"),
        Arguments.of(Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE), "ONLINE_SERVICE:INFORMATION_SOCIETY_SERVICE"),
        Arguments.of(Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE), "ONLINE_SERVICE:PREVENTIVE_OR_COUNSELLING_SERVICE"),
        Arguments.of(Purpose.organisationDefined("residential-trip"), "ORGANISATION_DEFINED:residential-trip"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("textForms")
  void writesAndReadsItsTextForm(Purpose purpose, String text) {
    assertThat(purpose.toString()).isEqualTo(text);
    assertThat(Purpose.parse(text)).isEqualTo(purpose);
  }

  @Test
  void coversTheTwelvePurposesOfTheBriefPlusOrganisationDefined() {
    assertThat(PurposeKind.values()).hasSize(13);
    assertThat(PurposeKind.ORGANISATION_DEFINED.isPersonalDataDecision()).isFalse();
  }

  static Stream<Arguments> invalidTexts() {
    return Stream.of(
        Arguments.of("PHOTOS", "purpose", "must start with one of"),
        Arguments.of("photography", "purpose", "must start with one of"),
        Arguments.of("", "purpose", "must start with one of"),
        Arguments.of("PHOTOGRAPHY:x", "purpose.qualifier", "PHOTOGRAPHY takes no qualifier"),
        Arguments.of("QUOTATION", "purpose.qualifier", "QUOTATION needs a qualifier"),
        Arguments.of("QUOTATION:NICKNAME", "purpose.qualifier", "must be one of ANONYMOUS, FIRST_NAME, CHOSEN_NAME"),
        Arguments.of("RESEARCH:ctimp", "purpose.qualifier", "must be one of CLINICAL_TRIAL_OF_MEDICINE, OTHER_RESEARCH"),
        Arguments.of("ONLINE_SERVICE:APP", "purpose.qualifier", "must be one of INFORMATION_SOCIETY_SERVICE"),
        Arguments.of("SHARING:", "purpose.qualifier", "must be 1 to 64 characters"),
        Arguments.of("SHARING:has space", "purpose.qualifier", "must be 1 to 64 characters"),
        Arguments.of("ORGANISATION_DEFINED:a:b", "purpose.qualifier", "must be 1 to 64 characters"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("invalidTexts")
  void rejectsInvalidTextNamingTheFieldAndRule(String text, String field, String rule) {
    assertThatThrownBy(() -> Purpose.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.rule()).contains(rule);
        });
  }

  @Test
  void rejectsNullTextAsInvalidInput() {
    assertThatThrownBy(() -> Purpose.parse(null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("must not be null"));
  }

  @Test
  void acceptsAColonInNoQualifierButTheFirstSplitsKindFromQualifier() {
    // Documented: everything after the first colon is the qualifier, so "SHARING:a" names partner a.
    assertThat(Purpose.parse("SHARING:a").partner()).contains(OrganisationId.parse("a"));
  }

  @Test
  void exposesTypedQualifiers() {
    assertThat(Purpose.research(ResearchKind.OTHER_RESEARCH).researchKind()).contains(ResearchKind.OTHER_RESEARCH);
    assertThat(Purpose.photography().researchKind()).isEmpty();
    assertThat(Purpose.quotation(QuoteAttribution.CHOSEN_NAME).quoteAttribution()).contains(QuoteAttribution.CHOSEN_NAME);
    assertThat(Purpose.photography().quoteAttribution()).isEmpty();
    assertThat(Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE).onlineServiceKind())
        .contains(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE);
    assertThat(Purpose.photography().onlineServiceKind()).isEmpty();
    assertThat(Purpose.photography().partner()).isEmpty();
    assertThat(Purpose.photography().qualifierText()).isEmpty();
    assertThat(Purpose.organisationDefined("x1").qualifierText()).contains("x1");
  }

  @Test
  void knowsClinicalTrialsAndInformationSocietyServices() {
    assertThat(Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE).isClinicalTrialOfMedicine()).isTrue();
    assertThat(Purpose.research(ResearchKind.OTHER_RESEARCH).isClinicalTrialOfMedicine()).isFalse();
    assertThat(Purpose.photography().isClinicalTrialOfMedicine()).isFalse();
    assertThat(Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE).isInformationSocietyService()).isTrue();
    assertThat(Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE).isInformationSocietyService()).isFalse();
    assertThat(Purpose.payment().isInformationSocietyService()).isFalse();
  }

  @Test
  void describesItselfForExplanations() {
    assertThat(Purpose.photography().describe()).isEqualTo("being photographed");
    assertThat(Purpose.quotation(QuoteAttribution.FIRST_NAME).describe()).isEqualTo("being quoted (FIRST_NAME)");
  }

  @Test
  void ordersByKindThenQualifier() {
    TreeSet<Purpose> set = new TreeSet<>(List.of(
        Purpose.sharingWith(OrganisationId.parse("b")), Purpose.takingPart(),
        Purpose.sharingWith(OrganisationId.parse("a")), Purpose.photography()));
    assertThat(set).containsExactly(Purpose.takingPart(), Purpose.photography(),
        Purpose.sharingWith(OrganisationId.parse("a")), Purpose.sharingWith(OrganisationId.parse("b")));
    assertThat(Purpose.photography().compareTo(Purpose.photography())).isZero();
  }

  @Test
  void marksPersonalDataDecisions() {
    assertThat(PurposeKind.PHOTOGRAPHY.isPersonalDataDecision()).isTrue();
    assertThat(PurposeKind.TAKING_PART.isPersonalDataDecision()).isFalse();
    assertThat(PurposeKind.RESEARCH.isPersonalDataDecision()).isFalse();
    assertThat(PurposeKind.QUOTATION.isQualified()).isTrue();
    assertThat(PurposeKind.VIDEO.isQualified()).isFalse();
  }

  @Test
  void equalityFollowsKindAndQualifier() {
    new EqualsTester()
        .addEqualityGroup(Purpose.photography(), Purpose.parse("PHOTOGRAPHY"), Purpose.of(PurposeKind.PHOTOGRAPHY))
        .addEqualityGroup(Purpose.quotation(QuoteAttribution.ANONYMOUS))
        .addEqualityGroup(Purpose.quotation(QuoteAttribution.FIRST_NAME))
        .testEquals();
  }

  @Test
  void withholdsAnInvalidPartnerOrCodeWhichMayBeAName() {
    assertThatThrownBy(() -> Purpose.parse("SHARING:Jane Smith"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.offendingValue()).isEmpty();
          assertThat(e.getMessage()).doesNotContain("Jane");
        });
  }
}
