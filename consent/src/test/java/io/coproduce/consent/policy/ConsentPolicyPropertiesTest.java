package io.coproduce.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.rule.RuleSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ConsentPolicyPropertiesTest {

  static final List<Purpose> PURPOSES = List.of(
      Purpose.takingPart(), Purpose.contact(), Purpose.photography(), Purpose.video(),
      Purpose.audioRecording(), Purpose.quotation(QuoteAttribution.ANONYMOUS), Purpose.publicCredit(),
      Purpose.publication(), Purpose.sharingWith(io.coproduce.core.id.OrganisationId.parse("ccg-1")),
      Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE), Purpose.research(ResearchKind.OTHER_RESEARCH),
      Purpose.payment(), Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE),
      Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE),
      Purpose.organisationDefined("residential"));

  static Gen<Purpose> purposes() {
    return SourceDSL.integers().between(0, PURPOSES.size() - 1).map(PURPOSES::get);
  }

  static Gen<Jurisdiction> nations() {
    return SourceDSL.arbitrary().enumValues(Jurisdiction.class);
  }

  static Gen<ConsentPolicy> policies() {
    return SourceDSL.integers().between(13, 16)
        .zip(SourceDSL.integers().between(0, 5), SourceDSL.integers().between(0, 18),
            (online, assent, co) -> new int[] {online, assent, co})
        .zip(SourceDSL.booleans().all(), (a, every) -> ConsentPolicy.builder()
            .onlineConsentAge(a[0], RuleSource.organisationPolicy("generated"))
            .assentFromAge(a[1]).parentalCoConsentUnder(a[2])
            .requireEveryParentalResponsibilityHolder(every).build());
  }

  @Test
  void anOlderPersonNeverNeedsMoreParentalInvolvement() {
    qt().withFixedSeed(20261201L)
        .forAll(policies(), nations(), purposes(), SourceDSL.integers().between(0, 29))
        .checkAssert((policy, nation, purpose, age) -> {
          WhoDecides younger = policy.whoDecides(nation, age, purpose);
          WhoDecides older = policy.whoDecides(nation, age + 1, purpose);
          assertThat(older.parentalInvolvement()).isLessThanOrEqualTo(younger.parentalInvolvement());
        });
  }

  @Test
  void everyAnswerNamesItsRulesAndIsCoherent() {
    qt().withFixedSeed(20261201L)
        .forAll(policies(), nations(), purposes(), SourceDSL.integers().between(0, 40))
        .checkAssert((policy, nation, purpose, age) -> {
          WhoDecides who = policy.whoDecides(nation, age, purpose);
          assertThat(who.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.source().citation()).isNotBlank());
          assertThat(who.dissentBlocks()).isTrue();
          if (age >= 18) {
            assertThat(who.parentalInvolvement()).isEqualTo(ParentalInvolvement.NONE);
          }
          if (age < 16 && purpose.isClinicalTrialOfMedicine()) {
            assertThat(who.parentalInvolvement()).isEqualTo(ParentalInvolvement.INSTEAD_OF_YOUNG_PERSON);
          }
          if (who.assentSought()) {
            assertThat(age).isGreaterThanOrEqualTo(policy.assentFromAge()).isLessThan(16);
          }
        });
  }

  @Test
  void reconsentAgesAreWhereSomeoneElsesConsentStopsSufficing() {
    qt().withFixedSeed(20261201L)
        .forAll(policies(), nations(), purposes())
        .checkAssert((policy, nation, purpose) -> {
          for (int age : policy.reconsentAges(nation, purpose)) {
            assertThat(ConsentPolicy.surrogateSuffices(policy.whoDecides(nation, age - 1, purpose))).isTrue();
            assertThat(ConsentPolicy.surrogateSuffices(policy.whoDecides(nation, age, purpose))).isFalse();
          }
        });
  }
}
