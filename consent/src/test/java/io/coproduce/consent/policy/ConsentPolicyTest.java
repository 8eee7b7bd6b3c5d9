package io.coproduce.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every row of DESIGN section 4 "Who may decide", for each UK nation: the route, the authority
 * of the young person's own decision, whether assent is sought, the rules applied and the
 * source each names.
 */
class ConsentPolicyTest {

  private static final ConsentPolicy DEFAULTS = ConsentPolicy.defaults();
  private static final Purpose TAKING_PART = Purpose.takingPart();
  private static final Purpose PHOTOS = Purpose.photography();
  private static final Purpose ISS = Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE);
  private static final Purpose COUNSELLING = Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE);
  private static final Purpose CTIMP = Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE);
  private static final Purpose RESEARCH = Purpose.research(ResearchKind.OTHER_RESEARCH);
  private static final Purpose PAYMENT = Purpose.payment();

  static Stream<Arguments> rules() {
    Jurisdiction eng = Jurisdiction.ENGLAND;
    Jurisdiction wal = Jurisdiction.WALES;
    Jurisdiction sct = Jurisdiction.SCOTLAND;
    Jurisdiction nir = Jurisdiction.NORTHERN_IRELAND;
    return Stream.of(
        // nation, age, purpose, route, own authority, assent sought, first rule, its source contains
        row(eng, 3, TAKING_PART, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, false, "consent.gillick", "Gillick v West Norfolk"),
        row(eng, 5, TAKING_PART, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "Gillick v West Norfolk"),
        row(eng, 12, PHOTOS, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "[1986] AC 112"),
        row(eng, 15, RESEARCH, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "Gillick"),
        row(eng, 15, CTIMP, DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, true, "consent.ctimp-under-16", "Medicines for Human Use (Clinical Trials) Regulations 2004"),
        row(eng, 12, ISS, DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, true, "consent.online-under-consent-age", "UK GDPR Art 8"),
        row(eng, 13, ISS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ONLINE_CONSENT_AGE, false, "consent.online-consent-age", "Data Protection Act 2018 s.9"),
        row(eng, 12, COUNSELLING, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "Gillick"),
        row(eng, 16, TAKING_PART, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Mental Capacity Act 2005 s.1(2)"),
        row(eng, 16, CTIMP, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Family Law Reform Act 1969 s.8"),
        row(eng, 17, ISS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Mental Capacity Act 2005"),
        row(eng, 18, PHOTOS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT, false, "consent.adult", "Family Law Reform Act 1969 s.1"),
        row(eng, 25, PAYMENT, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT, false, "consent.adult", "Family Law Reform Act 1969 s.1"),
        row(wal, 14, TAKING_PART, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "Gillick"),
        row(wal, 16, PHOTOS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Mental Capacity Act 2005"),
        row(nir, 14, PHOTOS, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.gillick", "Gillick"),
        row(nir, 16, PHOTOS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Mental Capacity Act (Northern Ireland) 2016"),
        row(nir, 18, PHOTOS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT, false, "consent.adult", "Age of Majority Act (Northern Ireland) 1969"),
        row(nir, 15, CTIMP, DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, true, "consent.ctimp-under-16", "Clinical Trials"),
        row(sct, 11, PHOTOS, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.scotland-capable-under-16", "Age of Legal Capacity (Scotland) Act 1991 s.2(4)"),
        row(sct, 12, PHOTOS, DecisionRoute.YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE, DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, true, "consent.scotland-12-data", "Data Protection Act 2018 s.208"),
        row(sct, 15, Purpose.quotation(QuoteAttribution.FIRST_NAME), DecisionRoute.YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE, DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, true, "consent.scotland-12-data", "s.208"),
        row(sct, 12, TAKING_PART, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.scotland-capable-under-16", "s.2(4)"),
        row(sct, 14, RESEARCH, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE, true, "consent.scotland-capable-under-16", "s.2(4)"),
        row(sct, 12, ISS, DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, true, "consent.online-under-consent-age", "UK GDPR Art 8"),
        row(sct, 13, ISS, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ONLINE_CONSENT_AGE, false, "consent.online-consent-age", "UK GDPR Art 8"),
        row(sct, 12, COUNSELLING, DecisionRoute.YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE, DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, true, "consent.scotland-12-data", "s.208"),
        row(sct, 15, CTIMP, DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, true, "consent.ctimp-under-16", "Clinical Trials"),
        row(sct, 16, TAKING_PART, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_AGED_16_OR_OVER, false, "consent.presumed-capable-16", "Age of Legal Capacity (Scotland) Act 1991 s.1(1)(b)"),
        row(sct, 18, TAKING_PART, DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT, false, "consent.adult", "Age of Legal Capacity (Scotland) Act 1991"));
  }

  private static Arguments row(Jurisdiction nation, int age, Purpose purpose, DecisionRoute route,
      DecisionAuthority own, boolean assent, String rule, String source) {
    return Arguments.of(nation, age, purpose, route, own, assent, rule, source);
  }

  @ParameterizedTest(name = "{0} age {1} {2}: {3}")
  @MethodSource("rules")
  void decidesWhoDecidesPerNationAgeAndPurpose(Jurisdiction nation, int age, Purpose purpose,
      DecisionRoute route, DecisionAuthority own, boolean assent, String rule, String source) {
    WhoDecides who = DEFAULTS.whoDecides(nation, age, purpose);

    assertThat(who.route()).isEqualTo(route);
    assertThat(who.selfAuthority()).isEqualTo(own);
    assertThat(who.assentSought()).isEqualTo(assent);
    assertThat(who.dissentBlocks()).isTrue();
    assertThat(who.parentalCoConsent()).isFalse();
    Reason first = who.reasons().get(0);
    assertThat(first.rule()).isEqualTo(rule);
    assertThat(first.source().citation()).contains(source);
    assertThat(first.source().kind()).isEqualTo(RuleSource.Kind.LAW);
    assertThat(who.reasons()).extracting(Reason::explanation).noneMatch(e -> e.contains(Integer.toString(age) + " years"));
  }

  @Test
  void surrogatesAreParentsLocalAuthorityAndCourtAndForATrialALegalRepresentative() {
    assertThat(DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 10, TAKING_PART).surrogates())
        .containsExactly(DecisionAuthority.PARENTAL_RESPONSIBILITY, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER,
            DecisionAuthority.COURT);
    assertThat(DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 10, CTIMP).surrogates())
        .contains(DecisionAuthority.LEGAL_REPRESENTATIVE);
    assertThat(DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 17, TAKING_PART).surrogates()).isEmpty();
  }

  @Test
  void assentNotSoughtUnderFiveButDissentStillBlocks() {
    WhoDecides who = DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 4, TAKING_PART);
    assertThat(who.assentSought()).isFalse();
    assertThat(who.reasons()).extracting(Reason::rule).contains("consent.assent-not-sought", "consent.dissent-blocks");
  }

  @Test
  void oneHolderSufficesByDefaultCitingChildrenAct() {
    WhoDecides who = DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 9, PHOTOS);
    Reason holder = who.reasons().stream().filter(r -> r.rule().equals("consent.one-holder")).findFirst().orElseThrow();
    assertThat(holder.source().citation()).contains("Children Act 1989 s.2(7)");
  }

  @Test
  void onlineConsentAgeCanBeRaisedTo16WithItsSource() {
    RuleSource regs = RuleSource.law("The Online Consent Age Regulations 2027 (made under the Children's Wellbeing and Schools Act 2026)");
    ConsentPolicy policy = ConsentPolicy.builder().onlineConsentAge(16, regs).build();

    WhoDecides at15 = policy.whoDecides(Jurisdiction.ENGLAND, 15, ISS);
    assertThat(at15.route()).isEqualTo(DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER);
    assertThat(at15.reasons().get(0).source()).isEqualTo(regs);
    assertThat(at15.reasons().get(0).explanation()).startsWith("Under 16");
    assertThat(policy.whoDecides(Jurisdiction.ENGLAND, 16, ISS).route()).isEqualTo(DecisionRoute.YOUNG_PERSON);
    assertThat(policy.onlineConsentAge()).isEqualTo(16);
  }

  @Test
  void onlineConsentAgeOf13KeepsTheLawAsItsSourceWhateverIsPassed() {
    ConsentPolicy policy = ConsentPolicy.builder()
        .onlineConsentAge(13, RuleSource.organisationPolicy("ours")).build();
    assertThat(policy.whoDecides(Jurisdiction.WALES, 13, ISS).reasons().get(0).source().citation())
        .contains("UK GDPR Art 8");
  }

  static Stream<Arguments> laxerSettings() {
    return Stream.of(
        Arguments.of("onlineConsentAge", (Runnable) () -> ConsentPolicy.builder().onlineConsentAge(12, RuleSource.organisationPolicy("x")), "must be 13 to 16", "UK GDPR Art 8"),
        Arguments.of("onlineConsentAge", (Runnable) () -> ConsentPolicy.builder().onlineConsentAge(17, RuleSource.organisationPolicy("x")), "must be 13 to 16", "Children's Wellbeing and Schools Act 2026"),
        Arguments.of("assentFromAge", (Runnable) () -> ConsentPolicy.builder().assentFromAge(6), "must be 0 to 5", "UN Convention on the Rights of the Child Art 12"),
        Arguments.of("assentFromAge", (Runnable) () -> ConsentPolicy.builder().assentFromAge(-1), "must be 0 to 5", "Art 12"),
        Arguments.of("parentalCoConsentUnder", (Runnable) () -> ConsentPolicy.builder().parentalCoConsentUnder(19), "must be 0 to 18", "Children Act 1989 s.105(1)"),
        Arguments.of("parentalCoConsentUnder", (Runnable) () -> ConsentPolicy.builder().parentalCoConsentUnder(-1), "must be 0 to 18", "s.105(1)"),
        Arguments.of("dissentBlocks", (Runnable) () -> ConsentPolicy.builder().dissentBlocks(false), "must be true: a child's dissent is never overridden for participation", "Art 12"),
        Arguments.of("capacityAssessmentsValidFor", (Runnable) () -> ConsentPolicy.builder().capacityAssessmentsValidFor(Duration.ZERO), "must be positive", "Gillick"),
        Arguments.of("capacityAssessmentsValidFor", (Runnable) () -> ConsentPolicy.builder().capacityAssessmentsValidFor(Duration.ofDays(-1)), "must be positive", "Gillick"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("laxerSettings")
  void refusesALaxerSettingNamingTheRuleAndItsSource(String setting, Runnable attempt, String rule, String source) {
    assertThatThrownBy(attempt::run)
        .isInstanceOfSatisfying(PolicyRefusedException.class, e -> {
          assertThat(e.setting()).isEqualTo(setting);
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.source()).contains(source);
        });
  }

  @Test
  void acceptsEveryStricterSetting() {
    ConsentPolicy policy = ConsentPolicy.builder()
        .onlineConsentAge(14, RuleSource.organisationPolicy("Our online policy"))
        .assentFromAge(3)
        .parentalCoConsentUnder(18)
        .requireEveryParentalResponsibilityHolder(true)
        .capacityAssessmentsValidFor(Duration.ofDays(180))
        .dissentBlocks(true)
        .build();
    assertThat(policy.onlineConsentAge()).isEqualTo(14);
    assertThat(policy.assentFromAge()).isEqualTo(3);
    assertThat(policy.parentalCoConsentUnder()).isEqualTo(18);
    assertThat(policy.requiresEveryParentalResponsibilityHolder()).isTrue();
    assertThat(policy.capacityAssessmentValidity()).contains(Duration.ofDays(180));
    assertThat(policy.whoDecides(Jurisdiction.ENGLAND, 3, TAKING_PART).assentSought()).isTrue();
    assertThat(policy.whoDecides(Jurisdiction.ENGLAND, 9, TAKING_PART).reasons())
        .extracting(Reason::rule).contains("consent.every-holder");
  }

  @Test
  void organisationCoConsentAddsAParentBesideA16YearOld() {
    ConsentPolicy policy = ConsentPolicy.builder().parentalCoConsentUnder(18)
        .organisationPolicy(RuleSource.organisationPolicy("Residential trips policy 2026")).build();

    WhoDecides who = policy.whoDecides(Jurisdiction.ENGLAND, 16, TAKING_PART);
    assertThat(who.route()).isEqualTo(DecisionRoute.YOUNG_PERSON);
    assertThat(who.parentalCoConsent()).isTrue();
    assertThat(who.parentalInvolvement()).isEqualTo(ParentalInvolvement.ALONGSIDE_YOUNG_PERSON);
    assertThat(who.surrogates()).contains(DecisionAuthority.PARENTAL_RESPONSIBILITY);
    assertThat(who.reasons()).anySatisfy(r -> {
      assertThat(r.rule()).isEqualTo("consent.organisation-co-consent");
      assertThat(r.source().citation()).isEqualTo("Residential trips policy 2026");
    });
    assertThat(policy.whoDecides(Jurisdiction.ENGLAND, 18, TAKING_PART).parentalCoConsent()).isFalse();
  }

  @Test
  void organisationCoConsentStopsAt16InScotlandWhereParentalResponsibilityEnds() {
    ConsentPolicy policy = ConsentPolicy.builder().parentalCoConsentUnder(18).build();
    assertThat(policy.whoDecides(Jurisdiction.SCOTLAND, 16, TAKING_PART).parentalCoConsent()).isFalse();
    assertThat(policy.whoDecides(Jurisdiction.SCOTLAND, 15, TAKING_PART).parentalCoConsent()).isTrue();
  }

  @Test
  void uncertainAgeAcrossAThresholdTakesTheYoungerReadingAndSaysSo() {
    Person person = Person.youngPerson(PersonId.parse("yp-range"),
        BirthInformation.ofAgeRange(15, 16, LocalDate.of(2026, 6, 1)), Jurisdiction.ENGLAND);

    WhoDecides who = DEFAULTS.whoDecides(person, TAKING_PART, LocalDate.of(2026, 6, 1));

    assertThat(who.route()).isEqualTo(DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE);
    Reason last = who.reasons().get(who.reasons().size() - 1);
    assertThat(last.rule()).isEqualTo("consent.age-uncertain");
    assertThat(last.explanation()).contains("yp-range").contains("younger reading");
    assertThat(last.source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
  }

  @Test
  void uncertainAgeThatCrossesNoThresholdAddsNothing() {
    Person person = Person.youngPerson(PersonId.parse("yp-range"),
        BirthInformation.ofAgeRange(18, 20, LocalDate.of(2026, 6, 1)), Jurisdiction.ENGLAND);
    assertThat(DEFAULTS.whoDecides(person, TAKING_PART, LocalDate.of(2026, 6, 1)))
        .isSameAs(DEFAULTS.whoDecides(Jurisdiction.ENGLAND, 18, TAKING_PART));
  }

  @Test
  void exactAgeOnTheDateIsUsed() {
    Person person = Person.youngPerson(PersonId.parse("yp-bday"),
        BirthInformation.ofDate(LocalDate.of(2010, 6, 2)), Jurisdiction.ENGLAND);
    assertThat(DEFAULTS.whoDecides(person, TAKING_PART, LocalDate.of(2026, 6, 1)).route())
        .isEqualTo(DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE);
    assertThat(DEFAULTS.whoDecides(person, TAKING_PART, LocalDate.of(2026, 6, 2)).route())
        .isEqualTo(DecisionRoute.YOUNG_PERSON);
  }

  static Stream<Arguments> reconsentAges() {
    return Stream.of(
        Arguments.of(Jurisdiction.ENGLAND, TAKING_PART, List.of(16)),
        Arguments.of(Jurisdiction.ENGLAND, CTIMP, List.of(16)),
        Arguments.of(Jurisdiction.ENGLAND, ISS, List.of(13)),
        Arguments.of(Jurisdiction.SCOTLAND, PHOTOS, List.of(12)),
        Arguments.of(Jurisdiction.SCOTLAND, TAKING_PART, List.of(16)),
        Arguments.of(Jurisdiction.SCOTLAND, ISS, List.of(13)),
        Arguments.of(Jurisdiction.NORTHERN_IRELAND, PHOTOS, List.of(16)));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("reconsentAges")
  void listsTheAgesAtWhichTheDecisionBecomesTheYoungPersons(Jurisdiction nation, Purpose purpose, List<Integer> ages) {
    assertThat(DEFAULTS.reconsentAges(nation, purpose)).isEqualTo(ages);
  }

  @Test
  void raisedOnlineAgeMovesTheTransition() {
    ConsentPolicy policy = ConsentPolicy.builder().onlineConsentAge(15, RuleSource.organisationPolicy("x")).build();
    assertThat(policy.reconsentAges(Jurisdiction.ENGLAND, ISS)).containsExactly(15);
  }

  @Test
  void refusesAnAgeOutsideTheRangeWithoutShowingIt() {
    assertThatThrownBy(() -> DEFAULTS.whoDecides(Jurisdiction.ENGLAND, -1, TAKING_PART))
        .hasMessage("ageYears: must be 0 to 130");
  }

  @Test
  void readsTimesInLondonByDefault() {
    assertThat(DEFAULTS.zone().getId()).isEqualTo("Europe/London");
    assertThat(DEFAULTS.toString()).contains("onlineConsentAge=13");
  }
}
