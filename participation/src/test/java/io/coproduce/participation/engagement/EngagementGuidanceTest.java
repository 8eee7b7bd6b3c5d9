package io.coproduce.participation.engagement;

import static io.coproduce.participation.SessionWorld.child;
import static io.coproduce.participation.SessionWorld.childAged;
import static io.coproduce.participation.SessionWorld.children;
import static io.coproduce.participation.SessionWorld.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.SessionWorld;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.VettingCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementGuidanceTest {

  private static final EngagementGuidance G = EngagementGuidance.defaults();

  private static SessionPlan plan(List<Person> people, SessionMethod method, int minutes, List<AdultAttendee> adults) {
    return SessionWorld.plan(SessionFormat.IN_PERSON, method, Duration.ofMinutes(minutes)).youngPeople(people)
        .adults(adults).build();
  }

  private static AdultAttendee parent() {
    return AdultAttendee.of(SessionWorld.adultPerson("mum"), AdultRole.PARENT_OR_CARER, VettingCheck.none());
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @ParameterizedTest(name = "age {0}, {1}: method suits {2}")
  @CsvSource({
      "3, CREATIVE, true", "3, WORKSHOP, false", "3, SURVEY, false",
      "7, CREATIVE, true", "7, FOCUS_GROUP, true", "7, PEER_RESEARCH, false", "7, RESIDENTIAL, false",
      "11, PEER_RESEARCH, true", "11, RESIDENTIAL, true", "11, STEERING_MEETING, false",
      "14, STEERING_MEETING, true", "16, RESIDENTIAL, true", "20, INTERVIEW, true"})
  void theMethodMustSuitTheYoungestBand(int age, SessionMethod method, boolean suits) {
    List<Finding> f = G.check(plan(List.of(child("c", age)), method, 30, List.of(parent())));

    assertThat(rules(f).contains(EngagementGuidance.METHOD_RULE)).isEqualTo(!suits);
  }

  @ParameterizedTest(name = "age {0} for {1} min: too long {2}")
  @CsvSource({"4, 45, false", "4, 46, true", "8, 60, false", "8, 61, true", "12, 90, false", "12, 91, true",
      "15, 120, false", "15, 121, true", "17, 180, false", "17, 181, true", "22, 240, false", "22, 241, true",
      "40, 241, true"})
  void theSessionMustNotRunLongerThanTheYoungestBandSuits(int age, int minutes, boolean tooLong) {
    List<Finding> f = G.check(plan(List.of(child("c", age)), SessionMethod.CREATIVE, minutes, List.of(parent())));

    assertThat(rules(f).contains(EngagementGuidance.LENGTH_RULE)).isEqualTo(tooLong);
  }

  @Test
  void aResidentialIsNotHeldToASessionLength() {
    List<Finding> f = G.check(plan(List.of(child("c", 15)), SessionMethod.RESIDENTIAL, 48 * 60, List.of()));

    assertThat(rules(f)).doesNotContain(EngagementGuidance.LENGTH_RULE);
  }

  @Test
  void theYoungestPersonGovernsAndIsNamed() {
    List<Person> group = new ArrayList<>(children("teen", 5, 15));
    group.add(child("little", 8));

    List<Finding> f = G.check(plan(group, SessionMethod.PEER_RESEARCH, 100, List.of()));

    assertThat(f).filteredOn(x -> x.rule().equals(EngagementGuidance.METHOD_RULE)).singleElement().satisfies(x -> {
      assertThat(x.about()).containsExactly(PersonId.parse("little"));
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.reason().explanation()).contains("6-9", "youngest person present governs");
    });
    assertThat(EngagementGuidance.youngestBand(plan(group, SessionMethod.CREATIVE, 30, List.of())))
        .isEqualTo(AgeBand.AGE_6_TO_9);
  }

  @Test
  void anAgeRangeCountsAtItsYoungest() {
    SessionPlan p = plan(List.of(childAged("r", 4, 12)), SessionMethod.CREATIVE, 30, List.of());

    assertThat(EngagementGuidance.youngestBand(p)).isEqualTo(AgeBand.AGE_0_TO_5);
  }

  @Test
  void babiesAndYoungChildrenTakePartThroughAParentOrCarer() {
    List<Finding> without = G.check(plan(List.of(child("baby", 1)), SessionMethod.CREATIVE, 30, List.of(staff("a"))));

    assertThat(without).filteredOn(x -> x.rule().equals(EngagementGuidance.PARENT_RULE)).singleElement()
        .satisfies(x -> {
          assertThat(x.severity()).isEqualTo(Severity.BLOCKER);
          assertThat(x.reason().source().citation()).contains("ICO", "parents and carers");
        });
    assertThat(rules(G.check(plan(List.of(child("baby", 1)), SessionMethod.CREATIVE, 30, List.of(parent())))))
        .doesNotContain(EngagementGuidance.PARENT_RULE);
  }

  @Test
  void forYoungChildrenInvitingAParentIsAdviceOnly() {
    List<Finding> f = G.check(plan(List.of(child("c", 7)), SessionMethod.CREATIVE, 30, List.of()));

    assertThat(f).filteredOn(x -> x.rule().equals(EngagementGuidance.PARENT_RULE)).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ADVICE));
    assertThat(rules(G.check(plan(List.of(child("c", 10)), SessionMethod.CREATIVE, 30, List.of()))))
        .doesNotContain(EngagementGuidance.PARENT_RULE);
  }

  private static InformationMaterial sheet(String text) {
    return InformationMaterial.of(MaterialId.parse("sheet"), MaterialVersion.of(2, 1), "en", ReadingLevel.of(text));
  }

  @Test
  void materialsAreCheckedAgainstTheYoungestReader() {
    InformationMaterial hard = sheet("Participation necessitates comprehensive consideration of confidentiality"
        + " arrangements, safeguarding responsibilities, and institutional accountability mechanisms.");
    InformationMaterial easy = sheet("We will meet on Monday. We will play and talk. You can stop at any time.");
    InformationMaterial picture = InformationMaterial.nonText(MaterialId.parse("pics"), MaterialVersion.of(1, 0), "en");
    SessionPlan p = SessionWorld.plan(SessionFormat.IN_PERSON, SessionMethod.CREATIVE, Duration.ofMinutes(30))
        .youngPeople(List.of(child("c", 10))).materials(List.of(hard, easy, picture)).build();

    List<Finding> f = G.check(p);

    assertThat(f).filteredOn(x -> x.rule().equals(EngagementGuidance.MATERIALS_RULE)).singleElement().satisfies(x -> {
      assertThat(x.reason().explanation()).startsWith("material sheet 2.1: ");
      assertThat(x.reason().source().citation()).contains("Flesch");
      assertThat(x.about()).containsExactly(PersonId.parse("c"));
    });
  }

  @Test
  void aPlanThatFollowsTheGuidanceHasNoFindings() {
    assertThat(G.check(plan(children("c", 3, 14), SessionMethod.WORKSHOP, 90, List.of()))).isEmpty();
  }

  @Test
  void shipsGuidanceForEveryBandWithASource() {
    for (AgeBand band : AgeBand.values()) {
      BandGuidance g = G.forBand(band);
      assertThat(g.band()).isEqualTo(band);
      assertThat(g.source().citation()).contains("ICO");
    }
    assertThat(G.forBand(AgeBand.AGE_0_TO_5).source().kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(G.forBand(AgeBand.AGE_13_TO_15).source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
  }

  @Test
  void anOrganisationMayMakeABandStricter() {
    BandGuidance stricter = BandGuidance.of(AgeBand.AGE_13_TO_15, EnumSet.of(SessionMethod.WORKSHOP),
        Duration.ofMinutes(60), ParentInvolvement.RECOMMENDED, RuleSource.organisationPolicy("Our guide"));
    EngagementGuidance g = G.with(stricter);

    assertThat(g.forBand(AgeBand.AGE_13_TO_15)).isEqualTo(stricter);
    assertThat(g.forBand(AgeBand.AGE_16_TO_17)).isEqualTo(G.forBand(AgeBand.AGE_16_TO_17));
    assertThat(g).isNotEqualTo(G).isEqualTo(G.with(stricter)).hasSameHashCodeAs(G.with(stricter));
    assertThat(rules(g.check(plan(List.of(child("c", 14)), SessionMethod.WORKSHOP, 61, List.of()))))
        .containsExactly(EngagementGuidance.LENGTH_RULE, EngagementGuidance.PARENT_RULE);
    assertThat(g.toString()).startsWith("EngagementGuidance[");
  }

  @Test
  void refusesGuidanceLaxerThanTheDefaults() {
    BandGuidance longer = BandGuidance.of(AgeBand.AGE_6_TO_9, EnumSet.of(SessionMethod.CREATIVE),
        Duration.ofMinutes(61), ParentInvolvement.RECOMMENDED, RuleSource.organisationPolicy("x"));
    BandGuidance moreMethods = BandGuidance.of(AgeBand.AGE_0_TO_5, EnumSet.of(SessionMethod.CREATIVE, SessionMethod.SURVEY),
        Duration.ofMinutes(30), ParentInvolvement.REQUIRED, RuleSource.organisationPolicy("x"));
    BandGuidance noParents = BandGuidance.of(AgeBand.AGE_0_TO_5, EnumSet.of(SessionMethod.CREATIVE),
        Duration.ofMinutes(30), ParentInvolvement.RECOMMENDED, RuleSource.organisationPolicy("x"));

    for (BandGuidance lax : List.of(longer, moreMethods, noParents)) {
      PolicyRefusedException e = catchThrowableOfType(PolicyRefusedException.class, () -> G.with(lax));
      assertThat(e.setting()).isEqualTo("engagement." + lax.band().label());
      assertThat(e.source()).contains("ICO");
    }
  }
}
