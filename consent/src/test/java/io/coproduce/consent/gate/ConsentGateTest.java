package io.coproduce.consent.gate;

import static io.coproduce.consent.gate.FindingKind.ASSENT;
import static io.coproduce.consent.gate.FindingKind.ASSESSED_NOT_CAPABLE;
import static io.coproduce.consent.gate.FindingKind.ASSESSMENT_STALE;
import static io.coproduce.consent.gate.FindingKind.DECIDER_WITHOUT_AUTHORITY;
import static io.coproduce.consent.gate.FindingKind.DEFERRED;
import static io.coproduce.consent.gate.FindingKind.DISSENTED;
import static io.coproduce.consent.gate.FindingKind.EXPIRED;
import static io.coproduce.consent.gate.FindingKind.HOLDERS_DISAGREE;
import static io.coproduce.consent.gate.FindingKind.INVALIDATED;
import static io.coproduce.consent.gate.FindingKind.LOCAL_AUTHORITY_PREVAILS;
import static io.coproduce.consent.gate.FindingKind.NEEDS_ASSENT;
import static io.coproduce.consent.gate.FindingKind.NEEDS_CAPACITY_ASSESSMENT;
import static io.coproduce.consent.gate.FindingKind.NEEDS_OWN_CONSENT;
import static io.coproduce.consent.gate.FindingKind.NEEDS_SURROGATE_CONSENT;
import static io.coproduce.consent.gate.FindingKind.NOT_YET_VALID;
import static io.coproduce.consent.gate.FindingKind.OVERRIDES_PARENTAL_REFUSAL;
import static io.coproduce.consent.gate.FindingKind.OWN_CONSENT;
import static io.coproduce.consent.gate.FindingKind.OWN_DECISION_NOT_COUNTED;
import static io.coproduce.consent.gate.FindingKind.RECONSENT_AFTER_AGE_TRANSITION;
import static io.coproduce.consent.gate.FindingKind.RECONSENT_AFTER_MATERIAL_CHANGE;
import static io.coproduce.consent.gate.FindingKind.REFUSED_BY_SURROGATE;
import static io.coproduce.consent.gate.FindingKind.REFUSED_BY_YOUNG_PERSON;
import static io.coproduce.consent.gate.FindingKind.REVOKED;
import static io.coproduce.consent.gate.FindingKind.SURROGATE_CONSENT;
import static io.coproduce.consent.gate.FindingKind.WITHDRAWN;
import static io.coproduce.consent.gate.GateWorld.NOW;
import static io.coproduce.consent.gate.GateWorld.daysAgo;
import static io.coproduce.consent.event.DecisionAuthority.LEGAL_REPRESENTATIVE;
import static io.coproduce.consent.event.DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER;
import static io.coproduce.consent.event.DecisionAuthority.PARENTAL_RESPONSIBILITY;
import static io.coproduce.consent.event.DecisionAuthority.SELF_ADULT;
import static io.coproduce.consent.event.DecisionAuthority.SELF_AGED_16_OR_OVER;
import static io.coproduce.consent.event.DecisionAuthority.SELF_ONLINE_CONSENT_AGE;
import static io.coproduce.consent.event.DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.rule.Reason;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The consent gate on worked scenarios covering DESIGN section 4 "Who may decide" and "Checking
 * consent": each row says whether the purpose is allowed and exactly which findings explain it.
 */
class ConsentGateTest {

  private static final Purpose PHOTOS = Purpose.photography();
  private static final Purpose ISS = Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE);
  private static final Purpose CTIMP = Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE);

  /** One worked scenario: sets up the world and returns the decision to check. */
  @FunctionalInterface
  interface Scenario {
    PurposeDecision run(GateWorld w);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("a parent consents and a 14-year-old assents", true, w -> {
          Person c = w.child("yp-1", 14);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(9), PHOTOS);
          return w.check(c, PHOTOS);
        }, SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a parent consents but the 14-year-old's assent is missing", false, w -> {
          Person c = w.child("yp-1", 14);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, SURROGATE_CONSENT, NEEDS_ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a child's dissent blocks whatever the parent decided", false, w -> {
          Person c = w.child("yp-1", 14);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.dissented(c, daysAgo(2), PHOTOS);
          return w.check(c, PHOTOS);
        }, DISSENTED, SURROGATE_CONSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a capable 14-year-old's own consent stands over a parent's refusal", true, w -> {
          Person c = w.child("yp-1", 14);
          PersonId mum = w.mother(c);
          CapacityAssessment a = w.assess(c, daysAgo(20), true, PHOTOS);
          w.refused(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(15), PHOTOS);
          w.givenOnAssessment(c, a, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT, OVERRIDES_PARENTAL_REFUSAL),
        row("a failed assessment never overrides a parent's consent", true, w -> {
          Person c = w.child("yp-1", 14);
          w.assess(c, daysAgo(20), false, PHOTOS);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, ASSESSED_NOT_CAPABLE, SURROGATE_CONSENT, ASSENT),
        row("nothing recorded for a 14-year-old", false, w -> w.check(w.child("yp-1", 14), PHOTOS),
            NEEDS_SURROGATE_CONSENT, NEEDS_ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a capable 14-year-old who has not decided needs to decide", false, w -> {
          Person c = w.child("yp-1", 14);
          w.assess(c, daysAgo(20), true, PHOTOS);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, NEEDS_OWN_CONSENT),
        row("at 16 a parent's consent given at 15 must be re-confirmed", false, w -> {
          Person c = w.child("yp-1", 16);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
          return w.check(c, PHOTOS);
        }, RECONSENT_AFTER_AGE_TRANSITION),
        row("a 16-year-old's own consent stands over a parent's refusal", true, w -> {
          Person c = w.child("yp-1", 16);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(5), PHOTOS);
          w.refused(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(4), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("a 17-year-old's refusal is not overridden by a parent", false, w -> {
          Person c = w.child("yp-1", 17);
          w.refused(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(5), PHOTOS);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(4), PHOTOS);
          return w.check(c, PHOTOS);
        }, REFUSED_BY_YOUNG_PERSON, NEEDS_OWN_CONSENT),
        row("a withdrawal takes effect at once", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.withdrawn(c, SELF_AGED_16_OR_OVER, daysAgo(2), PHOTOS);
          return w.check(c, PHOTOS);
        }, WITHDRAWN, NEEDS_OWN_CONSENT),
        row("new consent after a withdrawal stands", true, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.withdrawn(c, SELF_AGED_16_OR_OVER, daysAgo(2), PHOTOS);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(1), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("a parent's consent past its end has expired", false, w -> {
          Person c = w.child("yp-1", 14);
          w.append(w.grant(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(30),
              Validity.between(daysAgo(30), daysAgo(1)), PHOTOS).build());
          w.assented(c, daysAgo(29), PHOTOS);
          return w.check(c, PHOTOS);
        }, EXPIRED, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("consent that applies only from tomorrow is not yet valid", false, w -> {
          Person c = w.child("yp-1", 17);
          w.append(w.grant(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(3), Validity.from(daysAgo(-1)), PHOTOS).build());
          return w.check(c, PHOTOS);
        }, NOT_YET_VALID, NEEDS_OWN_CONSENT),
        row("a recorded expiry ends earlier consent", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.expired(c, daysAgo(3), PHOTOS);
          return w.check(c, PHOTOS);
        }, EXPIRED, NEEDS_OWN_CONSENT),
        row("an invalidation ends earlier consent", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.invalidated(c, daysAgo(3), InvalidationGround.AUTHORITY_DECISION, PHOTOS);
          return w.check(c, PHOTOS);
        }, INVALIDATED, NEEDS_OWN_CONSENT),
        row("consent given after an invalidation stands", true, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.invalidated(c, daysAgo(3), InvalidationGround.INFORMATION_CHANGED, PHOTOS);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(2), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("a new major version of the information sheet needs consent again", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.publish(MaterialVersion.of(2, 0), daysAgo(5));
          return w.check(c, PHOTOS);
        }, RECONSENT_AFTER_MATERIAL_CHANGE, NEEDS_OWN_CONSENT),
        row("a minor correction of the sheet leaves consent standing", true, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.publish(MaterialVersion.of(1, 1), daysAgo(5));
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("a new major version published after the instant changes nothing yet", true, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
          w.publish(MaterialVersion.of(2, 0), daysAgo(-5));
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("consent by someone without parental responsibility does not count", false, w -> {
          Person c = w.child("yp-1", 14);
          w.given(c, PersonId.parse("adult-unrelated"), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, DECIDER_WITHOUT_AUTHORITY, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("two parents disagree", false, w -> {
          Person c = w.child("yp-1", 14);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.refused(c, w.father(c), PARENTAL_RESPONSIBILITY, daysAgo(9), PHOTOS);
          w.assented(c, daysAgo(9), PHOTOS);
          return w.check(c, PHOTOS);
        }, HOLDERS_DISAGREE, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a parent revokes the consent they gave", false, w -> {
          Person c = w.child("yp-1", 14);
          PersonId mum = w.mother(c);
          w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          w.revoked(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(3), PHOTOS);
          return w.check(c, PHOTOS);
        }, REVOKED, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a parent refuses", false, w -> {
          Person c = w.child("yp-1", 10);
          w.refused(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, REFUSED_BY_SURROGATE, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a parent defers the decision", false, w -> {
          Person c = w.child("yp-1", 10);
          w.deferred(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, DEFERRED, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a 17-year-old defers the decision", false, w -> {
          Person c = w.child("yp-1", 17);
          w.deferred(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(1), PHOTOS);
          return w.check(c, PHOTOS);
        }, DEFERRED),
        row("the local authority's consent under a care order prevails over a parent's refusal", true, w -> {
          Person c = w.child("yp-1", 13);
          OrganisationId la = w.council(c, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER);
          w.refused(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(11), PHOTOS);
          w.given(c, la, LOCAL_AUTHORITY_CARE_ORDER, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, SURROGATE_CONSENT, LOCAL_AUTHORITY_PREVAILS, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("the local authority's refusal prevails over a parent's consent", false, w -> {
          Person c = w.child("yp-1", 13);
          OrganisationId la = w.council(c, ResponsibilityBasis.LOCAL_AUTHORITY_INTERIM_CARE_ORDER);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(11), PHOTOS);
          w.refused(c, la, LOCAL_AUTHORITY_CARE_ORDER, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, REFUSED_BY_SURROGATE, LOCAL_AUTHORITY_PREVAILS, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a council accommodating a child under s.20 has no authority", false, w -> {
          Person c = w.child("yp-1", 13);
          OrganisationId la = w.council(c, ResponsibilityBasis.LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20);
          w.given(c, la, LOCAL_AUTHORITY_CARE_ORDER, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, DECIDER_WITHOUT_AUTHORITY, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a parent recorded as the local authority does not count", false, w -> {
          Person c = w.child("yp-1", 13);
          w.council(c, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER);
          PersonId mum = w.mother(c);
          w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(12), PHOTOS);
          w.refused(c, OrganisationId.parse("la-northshire"), LOCAL_AUTHORITY_CARE_ORDER, daysAgo(11), PHOTOS);
          w.given(c, OrganisationId.parse("la-elsewhere"), LOCAL_AUTHORITY_CARE_ORDER, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, DECIDER_WITHOUT_AUTHORITY, REFUSED_BY_SURROGATE, LOCAL_AUTHORITY_PREVAILS, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a capable 15-year-old still cannot consent to a clinical trial", false, w -> {
          Person c = w.child("yp-1", 15);
          CapacityAssessment a = w.assess(c, daysAgo(20), true, CTIMP);
          w.givenOnAssessment(c, a, daysAgo(10), CTIMP);
          return w.check(c, CTIMP);
        }, OWN_DECISION_NOT_COUNTED, NEEDS_SURROGATE_CONSENT, NEEDS_ASSENT),
        row("a legal representative consents to a clinical trial, with assent", true, w -> {
          Person c = w.child("yp-1", 15);
          w.given(c, PersonId.parse("rep-1"), LEGAL_REPRESENTATIVE, daysAgo(10), CTIMP);
          w.assented(c, daysAgo(10), CTIMP);
          return w.check(c, CTIMP);
        }, SURROGATE_CONSENT, ASSENT),
        row("a legal representative is no authority outside a clinical trial", false, w -> {
          Person c = w.child("yp-1", 15);
          w.given(c, PersonId.parse("rep-1"), LEGAL_REPRESENTATIVE, daysAgo(10), PHOTOS);
          w.assented(c, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, DECIDER_WITHOUT_AUTHORITY, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT),
        row("a 13-year-old consents to an online service themself", true, w -> {
          Person c = w.child("yp-1", 13);
          w.given(c, c.id(), SELF_ONLINE_CONSENT_AGE, daysAgo(3), ISS);
          return w.check(c, ISS);
        }, OWN_CONSENT),
        row("a 12-year-old's own consent to an online service does not count", false, w -> {
          Person c = w.child("yp-1", 12);
          w.given(c, c.id(), SELF_ONLINE_CONSENT_AGE, daysAgo(3), ISS);
          return w.check(c, ISS);
        }, OWN_DECISION_NOT_COUNTED, NEEDS_SURROGATE_CONSENT, NEEDS_ASSENT),
        row("at 13 a parent's consent to an online service must be re-confirmed", false, w -> {
          Person c = w.child("yp-1", 13);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(100), ISS);
          return w.check(c, ISS);
        }, RECONSENT_AFTER_AGE_TRANSITION),
        row("Scotland: a 13-year-old decides about photographs (s.208)", true, w -> {
          Person c = w.child("yp-1", 13, Jurisdiction.SCOTLAND);
          w.given(c, c.id(), SELF_SCOTLAND_12_OR_OVER_DATA, daysAgo(3), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("Scotland: an assessment that rebuts the presumption returns the decision to a parent", false, w -> {
          Person c = w.child("yp-1", 13, Jurisdiction.SCOTLAND);
          w.given(c, c.id(), SELF_SCOTLAND_12_OR_OVER_DATA, daysAgo(10), PHOTOS);
          w.assess(c, daysAgo(5), false, PHOTOS);
          return w.check(c, PHOTOS);
        }, ASSESSED_NOT_CAPABLE, OWN_DECISION_NOT_COUNTED, NEEDS_SURROGATE_CONSENT, NEEDS_ASSENT),
        row("Scotland: at 12 a parent's consent to photographs must be re-confirmed", false, w -> {
          Person c = w.child("yp-1", 12, Jurisdiction.SCOTLAND);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
          return w.check(c, PHOTOS);
        }, RECONSENT_AFTER_AGE_TRANSITION),
        row("under 5: a parent's consent suffices without assent", true, w -> {
          Person c = w.child("yp-1", 3);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          return w.check(c, PHOTOS);
        }, SURROGATE_CONSENT),
        row("under 5: a child's objection still blocks", false, w -> {
          Person c = w.child("yp-1", 3);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
          w.dissented(c, daysAgo(1), PHOTOS);
          return w.check(c, PHOTOS);
        }, DISSENTED, SURROGATE_CONSENT),
        row("an adult's own consent", true, w -> {
          Person c = w.child("yp-1", 20);
          w.given(c, c.id(), SELF_ADULT, daysAgo(1), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("a 20-year-old with only a parent's consent from age 15", false, w -> {
          Person c = w.child("yp-1", 20);
          w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(365 * 5), PHOTOS);
          return w.check(c, PHOTOS);
        }, RECONSENT_AFTER_AGE_TRANSITION),
        row("consent recorded after the instant is not seen", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(-1), PHOTOS);
          return w.check(c, PHOTOS);
        }, NEEDS_OWN_CONSENT),
        row("a young person's own consent from before 16 without an assessment does not count at 17", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(500), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_DECISION_NOT_COUNTED, NEEDS_OWN_CONSENT),
        row("a capable 15-year-old's own consent still stands at 16", true, w -> {
          Person c = w.child("yp-1", 16);
          CapacityAssessment a = w.assess(c, daysAgo(200), true, PHOTOS);
          w.givenOnAssessment(c, a, daysAgo(100), PHOTOS);
          return w.check(c, PHOTOS);
        }, OWN_CONSENT),
        row("consent for another purpose does not count", false, w -> {
          Person c = w.child("yp-1", 17);
          w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(1), Purpose.video());
          return w.check(c, PHOTOS);
        }, NEEDS_OWN_CONSENT));
  }

  private static Arguments row(String name, boolean allowed, Scenario scenario, FindingKind... kinds) {
    return Arguments.of(name, allowed, scenario, List.of(kinds));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void decidesEachWorkedScenario(String name, boolean allowed, Scenario scenario, List<FindingKind> kinds) {
    PurposeDecision decision = scenario.run(new GateWorld());

    assertThat(decision.allowed()).as(name).isEqualTo(allowed);
    assertThat(decision.findings()).extracting(Finding::kind).as(name).containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(decision.reasons()).as(name).allSatisfy(r -> assertThat(r.source().citation()).isNotBlank());
    assertThat(decision.gaps()).allMatch(Finding::isGap);
  }

  @Test
  void reconsentAfterABirthdayNamesTheAgeAndTheConsentButNotTheDate() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-7", 16);
    PersonId mum = w.mother(c);
    var given = w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);

    Finding f = w.check(c, PHOTOS).findings().get(0);

    assertThat(f.threshold()).hasValue(16);
    assertThat(f.about()).contains(mum);
    assertThat(f.restsOn()).contains(given.id());
    Reason reason = f.reason();
    assertThat(reason.rule()).isEqualTo("consent.gate.reconsent-after-birthday");
    assertThat(reason.explanation()).isEqualTo("since their 16th birthday yp-7 decides about being photographed"
        + " for themself: the consent mum-yp-7 gave (event " + given.id() + ") must be re-confirmed by yp-7");
    assertThat(reason.explanation()).doesNotContain(c.birth().toString());
    assertThat(reason.source().citation()).contains("Mental Capacity Act 2005 s.1(2)");
  }

  @Test
  void withdrawalNamesWhenAndWhatHappensToCollectedMaterial() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-8", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
    var withdrawal = w.withdrawn(c, SELF_AGED_16_OR_OVER, daysAgo(2), PHOTOS);

    Finding f = w.check(c, PHOTOS).findings().get(0);

    assertThat(f.kind()).isEqualTo(WITHDRAWN);
    assertThat(f.when()).contains(withdrawal.recordedAt());
    assertThat(f.detail()).isEqualTo("REMOVE_FROM_UNPUBLISHED");
    assertThat(f.reason().explanation()).contains("withdrew consent to being photographed")
        .contains(withdrawal.recordedAt().toString());
    assertThat(f.reason().source().citation()).contains("UK GDPR Art 7(3)");
  }

  @Test
  void materialChangeNamesTheSheetAndTheNewVersion() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-9", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
    w.publish(MaterialVersion.of(2, 0), daysAgo(5));

    Finding f = w.check(c, PHOTOS).findings().get(0);

    assertThat(f.kind()).isEqualTo(RECONSENT_AFTER_MATERIAL_CHANGE);
    assertThat(f.detail()).isEqualTo("sheet-main version 1.0, replaced by version 2.0");
    assertThat(f.when()).contains(daysAgo(5));
  }

  @Test
  void aParentsConsentNamesTheirBasis() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 9);
    PersonId mum = w.mother(c);
    w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
    w.assented(c, daysAgo(10), PHOTOS);

    Finding f = w.check(c, PHOTOS).findings().get(0);

    assertThat(f.kind()).isEqualTo(SURROGATE_CONSENT);
    assertThat(f.detail()).isEqualTo("parental responsibility as BIRTH_MOTHER");
    assertThat(f.reason().explanation()).startsWith("mum-yp-1's consent to being photographed for yp-1");
  }

  @Test
  void everyHolderPolicyNamesTheHolderWhoHasNotConsented() {
    GateWorld w = new GateWorld();
    w.policy = ConsentPolicy.builder().requireEveryParentalResponsibilityHolder(true).build();
    Person c = w.child("yp-1", 9);
    w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
    PersonId dad = w.father(c);
    w.assented(c, daysAgo(10), PHOTOS);

    PurposeDecision d = w.check(c, PHOTOS);

    assertThat(d.allowed()).isFalse();
    assertThat(d.findings()).extracting(Finding::kind)
        .containsExactlyInAnyOrder(SURROGATE_CONSENT, NEEDS_SURROGATE_CONSENT, ASSENT, NEEDS_CAPACITY_ASSESSMENT);
    Finding missing = d.findings().stream().filter(f -> f.kind() == NEEDS_SURROGATE_CONSENT).findFirst().orElseThrow();
    assertThat(missing.about()).contains(dad);

    w.given(c, dad, PARENTAL_RESPONSIBILITY, daysAgo(9), PHOTOS);
    assertThat(w.check(c, PHOTOS).allowed()).isTrue();
  }

  @Test
  void everyHolderPolicyWithNoRecordedHolderNeedsOne() {
    GateWorld w = new GateWorld();
    w.policy = ConsentPolicy.builder().requireEveryParentalResponsibilityHolder(true).build();
    Person c = w.child("yp-1", 9);
    PurposeDecision d = w.check(c, PHOTOS);
    assertThat(d.findings()).filteredOn(f -> f.kind() == NEEDS_SURROGATE_CONSENT)
        .singleElement().satisfies(f -> assertThat(f.detail()).isEqualTo("no holder of parental responsibility is recorded"));
  }

  @Test
  void organisationCoConsentNeedsAParentBesideA16YearOld() {
    GateWorld w = new GateWorld();
    w.policy = ConsentPolicy.builder().parentalCoConsentUnder(18).build();
    Person c = w.child("yp-1", 16);
    PersonId mum = w.mother(c);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(3), PHOTOS);

    assertThat(w.check(c, PHOTOS).findings()).extracting(Finding::kind)
        .containsExactlyInAnyOrder(OWN_CONSENT, NEEDS_SURROGATE_CONSENT);

    w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(2), PHOTOS);
    PurposeDecision d = w.check(c, PHOTOS);
    assertThat(d.allowed()).isTrue();
    assertThat(d.findings()).extracting(Finding::kind).containsExactlyInAnyOrder(OWN_CONSENT, SURROGATE_CONSENT);
  }

  @Test
  void staleAssessmentNoLongerLetsTheYoungPersonDecide() {
    GateWorld w = new GateWorld();
    w.policy = ConsentPolicy.builder().capacityAssessmentsValidFor(Duration.ofDays(180)).build();
    Person c = w.child("yp-1", 14);
    CapacityAssessment a = w.assess(c, daysAgo(200), true, PHOTOS);
    w.givenOnAssessment(c, a, daysAgo(190), PHOTOS);

    PurposeDecision d = w.check(c, PHOTOS);

    assertThat(d.allowed()).isFalse();
    assertThat(d.findings()).extracting(Finding::kind).containsExactlyInAnyOrder(ASSESSMENT_STALE,
        OWN_DECISION_NOT_COUNTED, NEEDS_SURROGATE_CONSENT, NEEDS_ASSENT, NEEDS_CAPACITY_ASSESSMENT);
    assertThat(w.check(c, PHOTOS, daysAgo(100)).allowed()).isTrue();
  }

  @Test
  void raisedOnlineConsentAgeLeavesA14YearOldsOwnConsentUncounted() {
    GateWorld w = new GateWorld();
    w.policy = ConsentPolicy.builder()
        .onlineConsentAge(16, io.coproduce.core.rule.RuleSource.law("Online consent age regulations")).build();
    Person c = w.child("yp-1", 14);
    w.given(c, c.id(), SELF_ONLINE_CONSENT_AGE, daysAgo(3), ISS);
    PersonId mum = w.mother(c);
    w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(2), ISS);
    w.assented(c, daysAgo(2), ISS);

    PurposeDecision d = w.check(c, ISS);

    assertThat(d.allowed()).isTrue();
    assertThat(d.findings()).extracting(Finding::kind)
        .containsExactlyInAnyOrder(OWN_DECISION_NOT_COUNTED, SURROGATE_CONSENT, ASSENT);
  }

  @Test
  void checksEveryPurposeInTheOrderAsked() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(1), PHOTOS, Purpose.takingPart());

    ConsentCheck check = w.gate().check(c, List.of(Purpose.video(), Purpose.takingPart(), PHOTOS), NOW);

    assertThat(check.decisions()).extracting(PurposeDecision::purpose)
        .containsExactly(Purpose.video(), Purpose.takingPart(), PHOTOS);
    assertThat(check.allowed()).isFalse();
    assertThat(check.blocked()).containsExactly(Purpose.video());
    assertThat(check.decision(PHOTOS).allowed()).isTrue();
    assertThat(check.subject()).isEqualTo(c.id());
    assertThat(check.at()).isEqualTo(NOW);
    assertThatThrownBy(() -> check.decision(Purpose.payment())).isInstanceOf(UnknownReferenceException.class);
  }

  @Test
  void checksAWholeGroup() {
    GateWorld w = new GateWorld();
    Person a = w.child("yp-a", 17);
    Person b = w.child("yp-b", 17);
    w.given(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(1), PHOTOS);

    GroupConsentCheck group = w.gate().checkAll(List.of(a, b), List.of(PHOTOS), NOW);

    assertThat(group.allowed()).isFalse();
    assertThat(group.blocked()).extracting(ConsentCheck::subject).containsExactly(b.id());
    assertThat(group.of(a.id()).allowed()).isTrue();
    assertThat(group.at()).isEqualTo(NOW);
    assertThatThrownBy(() -> group.of(PersonId.parse("yp-z"))).isInstanceOf(UnknownReferenceException.class);
  }

  @Test
  void refusesBadQuestionsNamingTheField() {
    GateWorld w = new GateWorld();
    Person a = w.child("yp-a", 17);
    ConsentGate gate = w.gate();
    assertThatThrownBy(() -> gate.check(a, List.of(), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("purposes"));
    assertThatThrownBy(() -> gate.check(a, List.of(PHOTOS, PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("same purpose twice"));
    assertThatThrownBy(() -> gate.checkAll(List.of(a, a), List.of(PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("people"));
  }

  @Test
  void listsTheReconsentsAnAgeTransitionMakesDue() {
    GateWorld w = new GateWorld();
    Person turning16 = Person.youngPerson(PersonId.parse("yp-soon"),
        io.coproduce.core.age.BirthInformation.ofDate(GateWorld.TODAY.minusYears(16).plusDays(20)), Jurisdiction.ENGLAND);
    Person older = w.child("yp-older", 17);
    PersonId mum = w.mother(turning16);
    var consent = w.given(turning16, mum, PARENTAL_RESPONSIBILITY, daysAgo(30), PHOTOS);
    w.given(older, older.id(), SELF_AGED_16_OR_OVER, daysAgo(30), PHOTOS);

    List<ReconsentDue> due = w.gate().reconsentDue(List.of(turning16, older), GateWorld.TODAY, GateWorld.TODAY.plusDays(30));

    assertThat(due).singleElement().satisfies(d -> {
      assertThat(d.subject()).isEqualTo(turning16.id());
      assertThat(d.purpose()).isEqualTo(PHOTOS);
      assertThat(d.age()).isEqualTo(16);
      assertThat(d.from()).isEqualTo(GateWorld.TODAY.plusDays(20));
      assertThat(d.consents()).containsExactly(consent.id());
    });
    assertThat(w.gate().reconsentDue(List.of(turning16), GateWorld.TODAY, GateWorld.TODAY.plusDays(19))).isEmpty();
    assertThatThrownBy(() -> w.gate().reconsentDue(List.of(), GateWorld.TODAY, GateWorld.TODAY.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void listsTheConsentsANewMajorVersionAffects() {
    GateWorld w = new GateWorld();
    Person a = w.child("yp-a", 17);
    Person b = w.child("yp-b", 17);
    var onOld = w.given(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
    var refused = w.refused(b, b.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);

    List<io.coproduce.consent.event.ConsentEventId> affected = w.gate().affectedBy(Publication.of(GateWorld.SHEET, MaterialVersion.of(2, 0), daysAgo(1)));
    List<io.coproduce.consent.event.ConsentEventId> minor = w.gate().affectedBy(Publication.of(GateWorld.SHEET, MaterialVersion.of(1, 3), daysAgo(1)));

    assertThat(affected).containsExactly(onOld.id());
    assertThat(affected).doesNotContain(refused.id());
    assertThat(minor).isEmpty();
  }

  @Test
  void withersKeepEverythingElse() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 9);
    PersonId mum = PersonId.parse("mum-late");
    w.given(c, mum, PARENTAL_RESPONSIBILITY, daysAgo(10), PHOTOS);
    w.assented(c, daysAgo(10), PHOTOS);
    ConsentGate before = w.gate();
    assertThat(before.check(c, List.of(PHOTOS), NOW).allowed()).isFalse();

    ConsentGate after = before.withResponsibility(w.responsibility.with(
        io.coproduce.core.responsibility.ResponsibilityClaim.of(mum, c.id(), ResponsibilityBasis.BIRTH_MOTHER,
            c.birth().latestBirthDate())));
    assertThat(after.check(c, List.of(PHOTOS), NOW).allowed()).isTrue();
    assertThat(after.policy()).isSameAs(before.policy());
    assertThat(after.withMaterials(io.coproduce.consent.material.MaterialCatalogue.of(List.of(
        Publication.of(GateWorld.SHEET, MaterialVersion.of(3, 0), daysAgo(1))))).check(c, List.of(PHOTOS), NOW).allowed())
        .isFalse();
  }

  @Test
  void ordinalsForBirthdays() {
    assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 16, 21, 22, 23, 111).stream().map(Finding::ordinal))
        .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "16th", "21st", "22nd", "23rd", "111th");
  }

  @Test
  void agesAreReadOnTheLondonDate() {
    GateWorld w = new GateWorld();
    // Turns 16 on 2 June 2026: 23:30 UTC on 1 June is already 2 June in London (BST).
    Person c = Person.youngPerson(PersonId.parse("yp-midnight"),
        io.coproduce.core.age.BirthInformation.ofDate(LocalDate.of(2010, 6, 2)), Jurisdiction.ENGLAND);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, java.time.Instant.parse("2026-06-01T23:10:00Z"), PHOTOS);
    assertThat(w.check(c, PHOTOS, java.time.Instant.parse("2026-06-01T23:30:00Z")).allowed()).isTrue();
  }

  @Test
  void theCacheSizeMustNotBeNegative() {
    GateWorld w = new GateWorld();
    assertThatThrownBy(() -> w.gate().withCacheSize(-1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cacheSize"));
    assertThat(ConsentGate.DEFAULT_CACHE_SIZE).isEqualTo(100_000);
  }

  @Test
  void aRememberedDecisionIsReusedUntilTheRecordsOrTheDayChange() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
    ConsentGate gate = w.gate();

    PurposeDecision first = gate.check(c, List.of(PHOTOS), NOW).decision(PHOTOS);
    assertThat(gate.check(c, List.of(PHOTOS), NOW.plusSeconds(60)).decision(PHOTOS)).isSameAs(first);

    w.withdrawn(c, SELF_AGED_16_OR_OVER, NOW.plusSeconds(90), PHOTOS);
    PurposeDecision afterWithdrawal = gate.check(c, List.of(PHOTOS), NOW.plusSeconds(120)).decision(PHOTOS);
    assertThat(afterWithdrawal.allowed()).isFalse();
    assertThat(gate.check(c, List.of(PHOTOS), NOW.plusSeconds(30)).decision(PHOTOS)).isEqualTo(first);
    assertThat(gate.check(c, List.of(PHOTOS), NOW.plus(Duration.ofDays(1))).decision(PHOTOS)).isEqualTo(afterWithdrawal);
  }

  @Test
  void aSmallCacheForgetsAndStillAnswersTheSame() {
    GateWorld w = new GateWorld();
    ConsentGate small = w.gate().withCacheSize(2);
    ConsentGate none = w.gate().withCacheSize(0);
    List<Person> people = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Person c = w.child("yp-" + i, 10 + i);
      w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(5), PHOTOS);
      people.add(c);
    }
    for (int round = 0; round < 3; round++) {
      assertThat(small.checkAll(people, List.of(PHOTOS, Purpose.video()), NOW))
          .isEqualTo(none.checkAll(people, List.of(PHOTOS, Purpose.video()), NOW));
    }
  }

  @Test
  void aDifferentBirthForTheSameIdIsNotAnsweredFromMemory() {
    GateWorld w = new GateWorld();
    Person young = w.child("yp-1", 15);
    Person older = w.child("yp-1", 17);
    w.given(older, older.id(), SELF_AGED_16_OR_OVER, daysAgo(1), PHOTOS);
    ConsentGate gate = w.gate();
    assertThat(gate.check(older, List.of(PHOTOS), NOW).allowed()).isTrue();
    assertThat(gate.check(young, List.of(PHOTOS), NOW).allowed()).isFalse();
  }
  @Test
  void preparedDecisionsAnswerTheDaysChecksOfThoseObjectsFromMemory() {
    GateWorld w = new GateWorld();
    List<Person> people = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Person c = w.child("yp-" + i, 8 + i % 10);
      w.given(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(3), PHOTOS);
      people.add(c);
    }
    ConsentGate gate = w.gate();
    java.time.Instant midnight = GateWorld.TODAY.atStartOfDay(gate.policy().zone()).toInstant();
    assertThat(gate.prepare(people, List.of(PHOTOS, Purpose.video()), midnight)).isEqualTo(40);

    GroupConsentCheck first = gate.checkAll(people, List.of(PHOTOS, Purpose.video()), NOW);
    GroupConsentCheck again = gate.checkAll(people, List.of(PHOTOS, Purpose.video()), NOW.plusSeconds(1));
    assertThat(first.checks()).isEqualTo(w.gate().withCacheSize(0)
        .checkAll(people, List.of(PHOTOS, Purpose.video()), NOW).checks());
    for (int i = 0; i < people.size(); i++) {
      // A decision evaluated at the check would be a new object; the prepared ones are handed out again.
      for (int k = 0; k < 2; k++) {
        assertThat(first.checks().get(i).decisions().get(k)).isSameAs(again.checks().get(i).decisions().get(k));
      }
    }
  }

  @Test
  void aPreparedGateStillEvaluatesWhatChangedSincePreparing() {
    GateWorld w = new GateWorld();
    Person c = w.child("yp-1", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(10), PHOTOS);
    ConsentGate gate = w.gate();
    gate.prepare(List.of(c), List.of(PHOTOS), daysAgo(0).minusSeconds(3_600));
    w.withdrawn(c, SELF_AGED_16_OR_OVER, NOW.minusSeconds(60), PHOTOS);
    assertThat(gate.checkAll(List.of(c), List.of(PHOTOS), NOW).allowed()).isFalse();
    // Another object for the same young person is looked up by id and answered the same.
    Person same = w.child("yp-1", 17);
    assertThat(gate.checkAll(List.of(same), List.of(PHOTOS), NOW).allowed()).isFalse();
    assertThat(gate.checkAll(List.of(same), List.of(PHOTOS), NOW.minusSeconds(120)).allowed()).isTrue();
  }

  @Test
  void prepareValidatesEverythingBeforeRememberingAnything() {
    GateWorld w = new GateWorld();
    Person a = w.child("yp-a", 15);
    Person b = w.child("yp-b", 12);
    ConsentGate gate = w.gate();
    assertThatThrownBy(() -> gate.prepare(List.of(a, b, w.child("yp-a", 15)), List.of(PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("people"));
    assertThatThrownBy(() -> gate.prepare(List.of(a, b), List.of(PHOTOS), daysAgo(365 * 13)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    assertThatThrownBy(() -> gate.prepare(List.of(a), List.of(), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("purposes"));
    assertThatThrownBy(() -> gate.withCacheSize(0).prepare(List.of(a), List.of(PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cacheSize"));
    assertThatThrownBy(() -> gate.prepare(java.util.Arrays.asList(a, null), List.of(PHOTOS), NOW))
        .isInstanceOf(NullPointerException.class);
    // Nothing was remembered by the refused calls: the first person prepared is the only one.
    assertThat(gate.prepare(List.of(a), List.of(PHOTOS), NOW)).isEqualTo(1);
  }

  @Test
  void aGroupOfPreparedObjectsStillRefusesARepeatedPerson() {
    GateWorld w = new GateWorld();
    Person a = w.child("yp-a", 15);
    Person twin = w.child("yp-a", 15);
    ConsentGate gate = w.gate();
    gate.prepare(List.of(a), List.of(PHOTOS), NOW);
    gate.checkAll(List.of(twin), List.of(PHOTOS), NOW);
    assertThatThrownBy(() -> gate.checkAll(List.of(a, twin), List.of(PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("people"));
    assertThatThrownBy(() -> gate.checkAll(java.util.Arrays.asList(a, a), List.of(PHOTOS), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("people"));
    assertThatThrownBy(() -> gate.checkAll(java.util.Arrays.asList(a, null), List.of(PHOTOS), NOW))
        .isInstanceOf(NullPointerException.class);
  }
}
